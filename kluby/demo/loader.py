"""Demo content of the portal's frame: home pages, standard pages, news, contact, footer and
settings, read from kluby/demo/data and kluby/demo/pages (see docs/demo-content.md)."""

from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from wagtail.models import Page, Site

from kluby.demo.markdown import rich_text
from kluby.demo.sources import (
    LANGUAGE_CODES,
    Date,
    Flag,
    ListOf,
    Number,
    Ref,
    Section,
    Struct,
    Text,
    Translated,
)
from kluby.demo.toolkit import (
    body_blocks,
    ensure_images,
    ensure_locales,
    ensure_page,
    ensure_snippets,
    read_content,
    references_indexed_at_end,
)
from kluby.models import (
    ContactFormField,
    ContactPage,
    FooterContent,
    HomePage,
    HomePageArea,
    NewsArticlePage,
    NewsIndexPage,
    SiteSettings,
    StandardPage,
)
from kluby.taxonomy import AgeGroup

# The page types the benchmarks copy to grow the listings (see kluby/demo/scale.py).
SCALED_PAGE_TYPES = [NewsArticlePage]

PAGE_TEXT = {"title": Text(), "slug": Text(), "lead?": Text(required=False)}

RECORDS = {
    "images": {"title": Text(), "description": Text()},
    "footer": {"text": Translated(), "funding_note?": Translated()},
    "settings": {
        "site_name": Text(),
        "contact_email": Text(),
        "postal_address": Text(),
        "postal_address_is_sample?": Flag(),
        "contact_page": Ref("page:contact"),
        "accessibility_page": Ref("page:pages"),
        "privacy_page": Ref("page:pages"),
    },
    "home_areas": {"title": Translated(), "text": Translated(), "index": Text(), "fallback": Ref("page:pages")},
    "age_groups": {
        "name": Translated(),
        "min_age?": Number(required=False),
        "max_age?": Number(required=False),
        "intergenerational?": Flag(),
    },
}

FORM_FIELD = Struct(
    {"label": Text(), "field_type": Text(), "required": Flag(), "choices?": Text(), "help_text?": Text()}
)

SECTIONS = {
    "home": Section(text=PAGE_TEXT, facts={"hero_image": Ref("images"), "listing_image": Ref("images")}),
    "pages": Section(
        text=PAGE_TEXT,
        facts={
            "position": Number(),
            "sample?": Flag(),
            "listing_image?": Ref("images"),
            "show_in_menus?": Flag(),
        },
    ),
    "news": Section(
        text={**PAGE_TEXT, "tags?": ListOf(Text())},
        facts={
            "position": Number(),
            "date": Date(),
            "sample?": Flag(),
            "image?": Ref("images"),
            "listing_image?": Ref("images"),
        },
        index_text=PAGE_TEXT,
        index_facts={"show_in_menus?": Flag()},
    ),
    "contact": Section(
        text={"title": Text(), "slug": Text(), "thank_you": Text(), "form_fields": ListOf(FORM_FIELD)},
        facts={"subject": Text(), "show_in_menus?": Flag()},
    ),
}


class KlubyLoader:
    def __init__(self, content, locales, images, created):
        self.content, self.locales, self.images, self.created = content, locales, images, created

    def resolve(self, kind, key, where):
        if kind == "image" and key in self.images:
            return self.images[key].pk
        raise where.error(f"there is no {kind} '{key}' in this app's demo content")

    def ensure(self, parent, page, model, fill):
        return ensure_page(parent, page, model, fill, self.locales, created=self.created)

    def body(self, page, version, model):
        return body_blocks(version, self.resolve, model.body.field.stream_block, page.facts.get("sample", False))

    def rich(self, version, text_name=None):
        if text_name is None:
            return rich_text(version.body, version.path, version.body_line)
        return rich_text(version.fields[text_name], version.path, version.lines.get(text_name, 1))

    def image(self, page, name):
        key = page.facts.get(name)
        return self.images[key] if key else None

    # pages

    def load_home(self):
        page = self.content.pages["home"]["home"]
        root = Page.get_first_root_node()

        def fill(home, version):
            home.title, home.lead, home.intro = version.fields["title"], version.fields["lead"], self.rich(version)
            home.hero_image, home.listing_image = self.image(page, "hero_image"), self.image(page, "listing_image")

        homes = self.ensure(root, page, HomePage, fill)
        self.set_up_site(homes[page.source.language], self.content.records["settings"]["site"]["site_name"])
        return homes

    def set_up_site(self, home, site_name):
        # The site answers at the admin's base URL, so that canonical and sitemap URLs are right.
        base_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        hostname = base_url.hostname or "localhost"
        port = base_url.port or (443 if base_url.scheme == "https" else 80)
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(hostname=hostname, port=port, root_page=home, is_default_site=True, site_name=site_name)
        elif site.root_page_id != home.pk:
            placeholder = site.root_page
            site.root_page = home
            site.site_name = site_name
            site.hostname, site.port = hostname, port
            site.save()
            # The blank page Wagtail installs is no use to anyone once the portal's home exists.
            if placeholder.specific_class is Page and not placeholder.get_children().exists():
                placeholder.delete()

    def load_standard_pages(self, homes):
        pages = {}
        for key, page in self.content.pages["pages"].items():

            def fill(standard, version, page=page):
                standard.title, standard.lead = version.fields["title"], version.fields.get("lead", "")
                standard.body = self.body(page, version, StandardPage)
                standard.listing_image = self.image(page, "listing_image")
                standard.show_in_menus = page.facts.get("show_in_menus", False)

            pages[key] = self.ensure(homes[page.source.language], page, StandardPage, fill)
        return pages

    def load_news(self, homes):
        index_page = self.content.indexes["news"]

        def fill_index(index, version):
            index.title, index.lead = version.fields["title"], version.fields.get("lead", "")
            index.show_in_menus = index_page.facts.get("show_in_menus", False)

        indexes = self.ensure(homes[index_page.source.language], index_page, NewsIndexPage, fill_index)
        for page in self.content.pages["news"].values():

            def fill(article, version, page=page):
                article.title, article.lead = version.fields["title"], version.fields.get("lead", "")
                article.body = self.body(page, version, NewsArticlePage)
                article.date = page.facts["date"]
                article.image, article.listing_image = self.image(page, "image"), self.image(page, "listing_image")
                article.tags.set(version.fields.get("tags", []))

            self.ensure(indexes[page.source.language], page, NewsArticlePage, fill)

    def load_contact(self, homes):
        page = self.content.pages["contact"]["contact"]

        def fill(contact, version):
            contact.title, contact.intro = version.fields["title"], self.rich(version)
            contact.thank_you_text = self.rich(version, "thank_you")
            contact.subject = page.facts["subject"]
            contact.show_in_menus = page.facts.get("show_in_menus", False)
            contact.form_fields = [
                ContactFormField(
                    sort_order=position,
                    label=field["label"],
                    field_type=field["field_type"],
                    required=field["required"],
                    choices=field.get("choices", ""),
                    help_text=field.get("help_text", ""),
                )
                for position, field in enumerate(version.fields["form_fields"])
            ]

        return self.ensure(homes[page.source.language], page, ContactPage, fill)

    def load_footer_and_settings(self, standard_pages, contact_pages):
        footer = self.content.records["footer"]["footer"]
        for code in LANGUAGE_CODES:
            if not FooterContent.objects.filter(locale=self.locales[code]).exists():
                self.created.append(
                    FooterContent.objects.create(
                        locale=self.locales[code],
                        text=rich_text(footer["text"][code], footer.where.path, footer.where.line),
                        funding_note=footer.get("funding_note", {}).get(code, ""),
                    )
                )
        values = self.content.records["settings"]["site"]
        site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        if not site_settings.contact_email:
            site_settings.contact_email = values["contact_email"]
            site_settings.postal_address = values["postal_address"]
            site_settings.postal_address_is_sample = values.get("postal_address_is_sample", False)
            site_settings.contact_page = contact_pages["pl"]
            site_settings.accessibility_page = standard_pages[values["accessibility_page"]]["pl"]
            site_settings.privacy_page = standard_pages[values["privacy_page"]]["pl"]
            site_settings.save()


def read():
    return read_content("kluby", RECORDS, SECTIONS, body_refs={"image": "images"})


def load(stdout=None):
    content = read()
    images = ensure_images(content.records["images"])
    with references_indexed_at_end() as created:
        loader = KlubyLoader(content, ensure_locales(), images, created)
        homes = loader.load_home()
        standard_pages = loader.load_standard_pages(homes)
        loader.load_news(homes)
        contact_pages = loader.load_contact(homes)
        loader.load_footer_and_settings(standard_pages, contact_pages)
        load_age_groups(content, loader.locales, created)


def load_age_groups(content, locales, created):
    for position, (key, group) in enumerate(content.records["age_groups"].items()):
        values = {
            "min_age": group.get("min_age"),
            "max_age": group.get("max_age"),
            "intergenerational": group.get("intergenerational", False),
            "sort_order": position,
        }
        ensure_snippets(
            AgeGroup, locales, key, {code: {"name": name, **values} for code, name in group["name"].items()}, created
        )


def area_target(home, area, content):
    try:
        model = apps.get_model(area["index"])
    except LookupError:
        model = None
    if model is not None:
        target = model.objects.descendant_of(home).live().first()
        if target is not None:
            return target
    page = content.pages["pages"][area["fallback"]]
    version = page.versions.get(home.locale.language_code)
    if version is None:
        return None
    return Page.objects.child_of(home).filter(slug=version.fields["slug"]).first()


def load_home_areas(stdout=None):
    """Runs after every app's loader, so that each area links to its app's index."""
    content = read()
    areas = content.records["home_areas"]
    for home in HomePage.objects.select_related("locale"):
        if home.areas.exists():
            continue
        code = home.locale.language_code
        for position, area in enumerate(areas.values()):
            target = area_target(home, area, content)
            if target is None:
                continue
            HomePageArea.objects.create(
                page=home, sort_order=position, title=area["title"][code], text=area["text"][code], link_page=target
            )
        home.save_revision().publish()
