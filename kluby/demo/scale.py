"""Scale the demo content up for benchmarks: each listed page is copied `scale - 1` times
under the same parent, so listings, search and the API work on thousands of pages."""

from wagtail.models import Page

# Page types that fill the portal's listings; copies of them are what grows a real site.
SCALED_PAGE_TYPES = [
    "kluby.NewsArticlePage",
    "resources.ResourcePage",
    "resources.ExamplePage",
    "clubs.ClubPage",
]


def scale_demo_content(scale, stdout=None):
    from django.apps import apps

    if scale <= 1:
        return 0
    created = 0
    for label in SCALED_PAGE_TYPES:
        try:
            model = apps.get_model(label)
        except LookupError:
            continue
        originals = list(model.objects.live().exclude(slug__contains="-copy-"))
        for page in originals:
            parent = page.get_parent()
            existing = set(
                Page.objects.child_of(parent).filter(slug__startswith=f"{page.slug}-copy-").values_list("slug", flat=True)
            )
            for number in range(2, scale + 1):
                slug = f"{page.slug}-copy-{number}"
                if slug in existing:
                    continue
                page.copy(
                    to=parent,
                    update_attrs={"slug": slug, "title": f"{page.title} ({number})"},
                    copy_revisions=False,
                    keep_live=True,
                    log_action=None,
                )
                created += 1
        if stdout:
            stdout.write(f"  {label}: {len(originals)} pages copied up to x{scale}")
    return created
