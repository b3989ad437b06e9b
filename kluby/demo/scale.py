"""Scale the demo content up for benchmarks: each listed page is copied `scale - 1` times
under the same parent, so listings, search and the API work on thousands of pages.

Which page types fill the listings is each app's to say: its demo loader module's
`SCALED_PAGE_TYPES`."""

from wagtail.models import Page

from kluby.demo.toolkit import portal_demo_loaders


def scaled_page_types():
    return [model for _, module, _ in portal_demo_loaders() for model in getattr(module, "SCALED_PAGE_TYPES", [])]


def scale_demo_content(scale, stdout=None):
    if scale <= 1:
        return 0
    created = 0
    for model in scaled_page_types():
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
            stdout.write(f"  {model._meta.label}: {len(originals)} pages copied up to x{scale}")
    return created
