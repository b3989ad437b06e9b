"""Demo content of the portal's frame: home pages, programme pages, news, contact, footer."""

import datetime
from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from wagtail.models import Page, Site

from kluby.demo import content
from kluby.demo.toolkit import (
    LANGUAGE_CODES,
    body_blocks,
    demo_image,
    ensure_child,
    ensure_locales,
    ensure_translation,
    sample_notice,
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

HOME_SLUG = "kluby"
MENU_PAGES = {"about-kluby-kreatywnosci", "about-learning-qub"}
NEWS_SLUGS = {"pl": "aktualnosci", "ro": "stiri", "en": "news"}
NEWS_TITLES = {"pl": "Aktualności", "ro": "Știri", "en": "News"}
NEWS_LEADS = {
    "pl": "Co nowego w klubach kreatywności w bibliotekach i w sieci szkół z Klużu.",
    "ro": "Noutăți din cluburile creative din biblioteci și din Rețeaua Școlilor din Cluj.",
    "en": "What is new in library creativity clubs and in the Cluj Schools Network.",
}
CONTACT_SLUGS = {"pl": "kontakt", "ro": "contact", "en": "contact"}

# Where each home page area leads: the area's own index when its app provides one,
# otherwise the standard page that describes it.
AREA_TARGETS = {
    "resources": ("resources.ResourceIndexPage", "about-kluby-kreatywnosci"),
    "clubs": ("clubs.ClubIndexPage", "about-kluby-kreatywnosci"),
    "inspirations": ("inspirations.InspirationIndexPage", "about-kluby-kreatywnosci"),
    "network": ("network.NetworkIndexPage", "about-learning-qub"),
}


def image_for(key):
    alt = content.IMAGE_CAPTIONS.get(key, {}).get("en", key)
    return demo_image(key, f"Illustration: {key}", alt)


def page_body(entry, code, image=None):
    body = list(entry[code]["body"])
    if entry.get("sample"):
        body.insert(0, sample_notice(code))
    return body_blocks(body)


def load_home(locales):
    root = Page.get_first_root_node()
    home = Page.objects.child_of(root).type(HomePage).filter(locale=locales["pl"]).first()
    if home is None:
        data = content.HOME["pl"]
        home = HomePage(
            title=data["title"],
            slug=HOME_SLUG,
            lead=content.SITE["pl"]["tagline"],
            intro=data["intro"],
            hero_image=image_for("makers"),
            listing_image=image_for("makers"),
            locale=locales["pl"],
        )
        root.add_child(instance=home)
        home.save_revision().publish()
    else:
        home = home.specific

    # The site answers at the admin's base URL, so that canonical and sitemap URLs are right.
    base_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    hostname = base_url.hostname or "localhost"
    port = base_url.port or (443 if base_url.scheme == "https" else 80)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname=hostname, port=port, root_page=home, is_default_site=True, site_name="Kluby"
        )
    elif site.root_page_id != home.pk:
        placeholder = site.root_page
        site.root_page = home
        site.site_name = "Kluby"
        site.hostname, site.port = hostname, port
        site.save()
        # The blank page Wagtail installs is no use to anyone once the portal's home exists.
        if placeholder.specific_class is Page and not placeholder.get_children().exists():
            placeholder.delete()

    homes = {"pl": home}
    for code in ("ro", "en"):
        data = content.HOME[code]
        homes[code] = ensure_translation(
            home,
            locales[code],
            f"{HOME_SLUG}-{code}",
            {"title": data["title"], "lead": content.SITE[code]["tagline"], "intro": data["intro"]},
        )
    return homes


def load_standard_pages(homes, locales):
    pages = {}
    for index, entry in enumerate(content.STANDARD_PAGES):
        image = image_for(list(content.IMAGE_CAPTIONS)[index % len(content.IMAGE_CAPTIONS)])

        def build(entry=entry, image=image):
            return StandardPage(
                title=entry["pl"]["title"],
                lead=entry["pl"]["lead"],
                body=page_body(entry, "pl"),
                listing_image=image,
                show_in_menus=entry["key"] in MENU_PAGES,
            )

        source = ensure_child(homes["pl"], entry["slug"]["pl"], build)
        pages[entry["key"]] = {"pl": source}
        for code in ("ro", "en"):
            pages[entry["key"]][code] = ensure_translation(
                source,
                locales[code],
                entry["slug"][code],
                {"title": entry[code]["title"], "lead": entry[code]["lead"], "body": page_body(entry, code)},
            )
    return pages


def load_news(homes, locales):
    index = ensure_child(
        homes["pl"],
        NEWS_SLUGS["pl"],
        lambda: NewsIndexPage(title=NEWS_TITLES["pl"], lead=NEWS_LEADS["pl"], show_in_menus=True),
    )
    indexes = {"pl": index}
    for code in ("ro", "en"):
        indexes[code] = ensure_translation(
            index, locales[code], NEWS_SLUGS[code], {"title": NEWS_TITLES[code], "lead": NEWS_LEADS[code]}
        )
    for position, entry in enumerate(content.NEWS):
        image = image_for(list(content.IMAGE_CAPTIONS)[(position + 3) % len(content.IMAGE_CAPTIONS)])
        date = datetime.date.fromisoformat(entry["date"])

        def build(entry=entry, image=image, date=date):
            article = NewsArticlePage(
                title=entry["pl"]["title"],
                lead=entry["pl"]["lead"],
                body=page_body(entry, "pl"),
                date=date,
                listing_image=image,
                image=image,
            )
            article.tags.add(*entry["tags"]["pl"])
            return article

        source = ensure_child(index, entry["slug"]["pl"], build)
        for code in ("ro", "en"):
            translation = source.get_translation_or_none(locales[code])
            if translation is not None:
                continue
            translation = ensure_translation(
                source,
                locales[code],
                entry["slug"][code],
                {"title": entry[code]["title"], "lead": entry[code]["lead"], "body": page_body(entry, code)},
            )
            translation.tags.set(entry["tags"][code])
            translation.save_revision().publish()
    return indexes


def contact_fields(code):
    return [
        ContactFormField(
            sort_order=position,
            label=field["label"],
            field_type=field["field_type"],
            required=field["required"],
            choices=field.get("choices", ""),
            help_text=field.get("help_text", ""),
        )
        for position, field in enumerate(content.CONTACT[code]["fields"])
    ]


def load_contact(homes, locales):
    data = content.CONTACT["pl"]

    def build():
        page = ContactPage(
            title=data["title"],
            intro=data["intro"],
            thank_you_text=data["thank_you"],
            subject="Kluby: wiadomość z formularza kontaktowego",
            show_in_menus=True,
        )
        page.form_fields = contact_fields("pl")
        return page

    source = ensure_child(homes["pl"], CONTACT_SLUGS["pl"], build)
    pages = {"pl": source}
    for code in ("ro", "en"):
        data = content.CONTACT[code]
        pages[code] = ensure_translation(
            source,
            locales[code],
            CONTACT_SLUGS[code],
            {
                "title": data["title"],
                "intro": data["intro"],
                "thank_you_text": data["thank_you"],
                "form_fields": contact_fields(code),
            },
        )
    return pages


def load_footer_and_settings(homes, locales, standard_pages, contact_pages):
    for code in LANGUAGE_CODES:
        if not FooterContent.objects.filter(locale=locales[code]).exists():
            FooterContent.objects.create(
                locale=locales[code],
                text=f"<p>{content.SITE[code]['footer_text']}</p>",
                funding_note=content.SITE[code].get("funding_note", ""),
            )
    site = Site.objects.get(is_default_site=True)
    site_settings = SiteSettings.for_site(site)
    if not site_settings.contact_email:
        site_settings.contact_email = "kontakt@example.org"
        site_settings.postal_address = "ul. Przykładowa 1\n00-001 Warszawa (sample data)"
        site_settings.contact_page = contact_pages["pl"]
        site_settings.accessibility_page = standard_pages["accessibility"]["pl"]
        site_settings.privacy_page = standard_pages["privacy"]["pl"]
        site_settings.save()


def load(stdout=None):
    locales = ensure_locales()
    homes = load_home(locales)
    standard_pages = load_standard_pages(homes, locales)
    load_news(homes, locales)
    contact_pages = load_contact(homes, locales)
    load_footer_and_settings(homes, locales, standard_pages, contact_pages)


def area_target(home, key):
    model_label, fallback_key = AREA_TARGETS[key]
    try:
        model = apps.get_model(model_label)
    except LookupError:
        model = None
    if model is not None:
        target = model.objects.descendant_of(home).live().first()
        if target is not None:
            return target
    entry = next(e for e in content.STANDARD_PAGES if e["key"] == fallback_key)
    return Page.objects.child_of(home).filter(slug=entry["slug"][home.locale.language_code]).first()


def load_home_areas(stdout=None):
    """Runs after every app's loader, so that each area links to its app's index."""
    for home in HomePage.objects.select_related("locale"):
        if home.areas.exists():
            continue
        code = home.locale.language_code
        for position, area in enumerate(content.HOME[code]["areas"]):
            target = area_target(home, area["key"])
            if target is None:
                continue
            HomePageArea.objects.create(
                page=home, sort_order=position, title=area["title"], text=area["text"], link_page=target
            )
        home.save_revision().publish()

