"""Fixtures for resources tests: a fresh resource index, and resources made with the factories
(tests/resources/factories.py) from real block names."""

import itertools

import pytest

from resources.models import Audience, ResourceCategory
from tests.resources.factories import (
    AudienceFactory,
    ResourceCategoryFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
)

_numbers = itertools.count(1)
TAXONOMY_FACTORIES = {ResourceCategory: ResourceCategoryFactory, Audience: AudienceFactory}


def paragraph(words):
    return {"type": "paragraph", "value": "<p>" + " ".join(["word"] * words) + "</p>"}


@pytest.fixture
def taxonomy(locales):
    """The category or audience `slug` in the language `code`, made on first use."""

    def get(model, slug, code="pl"):
        return TAXONOMY_FACTORIES[model](slug=slug, locale=locales[code])

    return get


@pytest.fixture
def resource_index(homes):
    """An index in the English tree, so that the interface strings are the msgids."""
    return ResourceIndexPageFactory(parent=homes["en"], title="Test index", slug=f"test-index-{next(_numbers)}")


@pytest.fixture
def make_resource(taxonomy):
    """A resource under `index`, its category and audiences named by slug."""

    def make(index, title=None, category="concepts", resource_type="article", audiences=(), tags=(), words=50, **fields):
        code = index.locale.language_code
        return ResourcePageFactory(
            parent=index,
            **({"title": title} if title else {}),
            category=taxonomy(ResourceCategory, category, code),
            resource_type=resource_type,
            audiences=[taxonomy(Audience, slug, code) for slug in audiences],
            tags=list(tags),
            words=words,
            **fields,
        )

    return make


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    """Each request renders the page: query counts and fresh test pages need it."""
    settings.PAGE_CACHE_SECONDS = 0
