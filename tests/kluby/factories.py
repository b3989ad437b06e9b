"""Factories for the core's pages and snippets, and the site tree every test's pages hang from:
the root, a home page per language (translations of one another) and the default site."""

import datetime
from urllib.parse import urlsplit

import factory
import wagtail_factories
from django.conf import settings
from factory.django import DjangoModelFactory
from wagtail.models import Page, Site

from kluby.models import (
    ContactFormField,
    ContactPage,
    FooterContent,
    HomePage,
    NewsArticlePage,
    NewsIndexPage,
    SiteSettings,
    StandardPage,
)
from kluby.taxonomy import AgeGroup
from tests.factories import (
    LANGUAGE_CODES,
    NamedSnippetFactory,
    locale,
)


def paragraph(text):
    """A body block as editors make it: a paragraph of rich text."""
    return ("paragraph", f"<p>{text}</p>")


class PageFactory(wagtail_factories.PageFactory):
    """A live page added under `parent` (required: every page type says where it may live)."""

    title = factory.Sequence(lambda n: f"Test page {n}")
    slug = ""  # made from the title by Wagtail, unique among the page's siblings, as in the admin
    live = True

    class Meta:
        abstract = True


class HomePageFactory(PageFactory):
    parent = factory.LazyFunction(Page.get_first_root_node)
    locale = factory.LazyFunction(locale)
    title = "Kluby"
    slug = factory.LazyAttribute(lambda home: f"home-{home.locale.language_code}")
    intro = "<p>Creative spaces in public libraries.</p>"

    class Meta:
        model = HomePage


class StandardPageFactory(PageFactory):
    lead = factory.LazyAttribute(lambda page: f"The lead of {page.title}.")
    body = factory.LazyAttribute(lambda page: [paragraph(f"The body of {page.title}.")])

    class Meta:
        model = StandardPage


class NewsIndexPageFactory(PageFactory):
    title = "News"

    class Meta:
        model = NewsIndexPage


class TaggedPageFactory(PageFactory):
    """A page with `tags`, given as a list of names."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True  # the hook saves when it has tags to add

    @factory.post_generation
    def tags(page, create, names, **kwargs):
        if names:
            page.tags.add(*names)
            if create:
                page.save()


class NewsArticlePageFactory(TaggedPageFactory):
    date = factory.Sequence(lambda n: datetime.date(2024, 1, 1) + datetime.timedelta(days=n))
    lead = factory.LazyAttribute(lambda page: f"The lead of {page.title}.")
    body = factory.LazyAttribute(lambda page: [paragraph(f"The story of {page.title}.")])

    class Meta:
        model = NewsArticlePage


class ContactPageFactory(PageFactory):
    title = "Contact"
    intro = "<p>Write to us.</p>"
    thank_you_text = "<p>Thank you for your message.</p>"
    subject = "A message from the portal"
    form_fields = factory.LazyFunction(
        lambda: [
            ContactFormField(sort_order=0, label="Name", field_type="singleline", required=True),
            ContactFormField(sort_order=1, label="E-mail", field_type="email", required=True),
            ContactFormField(sort_order=2, label="Topic", field_type="dropdown", choices="Clubs,Resources", required=False),
            ContactFormField(sort_order=3, label="Message", field_type="multiline", required=True),
            ContactFormField(sort_order=4, label="I agree to be written back", field_type="checkbox", required=True),
        ]
    )

    class Meta:
        model = ContactPage


class FooterContentFactory(DjangoModelFactory):
    locale = factory.LazyFunction(locale)
    text = "<p>Kluby: creative spaces in public libraries.</p>"
    funding_note = "Funded for the tests."

    class Meta:
        model = FooterContent


class AgeGroupFactory(NamedSnippetFactory):

    class Meta:
        model = AgeGroup


def translation(factory_class, source, parent, **fields):
    """The version of `source` in `parent`'s language (or `locale`), made with `factory_class`."""
    fields.setdefault("locale", parent.locale)
    return factory_class(parent=parent, translation_key=source.translation_key, **fields)


def site_tree():
    """What every page of a test hangs from: a home page in Polish, Romanian and English,
    linked as translations, and the default site rooted at the Polish one, answering at the
    admin's base URL as the demo site does, with its settings. Returns {code: home page}."""
    homes = {"pl": HomePageFactory(locale=locale("pl"))}
    for code in LANGUAGE_CODES[1:]:
        homes[code] = translation(HomePageFactory, homes["pl"], Page.get_first_root_node(), locale=locale(code))
    site = Site.objects.get(is_default_site=True)
    placeholder = site.root_page  # the blank page Wagtail installs, removed as the demo does
    site.root_page = homes["pl"]
    base_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site.hostname, site.port = base_url.hostname, base_url.port or 80
    site.site_name = "Kluby"
    site.save()
    if placeholder.specific_class is Page:
        placeholder.delete()
    SiteSettings.for_site(site)  # as on a site in use: made on the first visit otherwise
    return homes
