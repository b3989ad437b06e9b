"""Fixtures for the core's tests: the shared pages of a site, made with the factories."""

import pytest

from tests.kluby.factories import (
    ContactPageFactory,
    FooterContentFactory,
    NewsArticlePageFactory,
    NewsIndexPageFactory,
    StandardPageFactory,
    translation,
)

TITLES = {
    "about": {"pl": "O programie", "ro": "Despre program", "en": "About the programme"},
    "contact": {"pl": "Kontakt", "ro": "Contact", "en": "Contact"},
    "news": {"pl": "Aktualności", "ro": "Noutăți", "en": "News"},
    "article": {"pl": "Nowy klub w Ełku", "ro": "Un club nou în Ełk", "en": "A new club in Ełk"},
}
SLUGS = {"about": {"pl": "o-programie", "ro": "despre", "en": "about"}, "contact": {"pl": "kontakt", "ro": "contact", "en": "contact"}}


def in_every_language(factory_class, homes_or_parents, key, **fields):
    """A page under the Polish parent and its translations under the others: {code: page}."""
    pages = {}
    for code, parent in homes_or_parents.items():
        values = {"title": TITLES[key][code], **fields}
        if key in SLUGS:
            values["slug"] = SLUGS[key][code]
        pages[code] = (
            factory_class(parent=parent, **values) if not pages else translation(factory_class, pages["pl"], parent, **values)
        )
    return pages


@pytest.fixture
def site_pages(homes):
    """What every language of the site has: an about page, the contact form, the news with
    an article, and a footer. {"standard"|"contact"|"news"|"articles": {code: page}}."""
    for home in homes.values():
        FooterContentFactory(locale=home.locale)
    news = in_every_language(NewsIndexPageFactory, homes, "news")
    return {
        "standard": in_every_language(StandardPageFactory, homes, "about", show_in_menus=True),
        "contact": in_every_language(ContactPageFactory, homes, "contact", show_in_menus=True),
        "news": news,
        "articles": in_every_language(NewsArticlePageFactory, news, "article"),
    }
