"""Builders for resources tests: a fresh resource index with pages made from real block names."""

import itertools

import pytest

from resources.models import Audience, ResourceCategory, ResourceIndexPage, ResourcePage

_numbers = itertools.count(1)


def paragraph(words):
    return {"type": "paragraph", "value": "<p>" + " ".join(["word"] * words) + "</p>"}


@pytest.fixture
def taxonomy(locales):
    def get(model, slug, code="pl"):
        return model.objects.get(slug=slug, locale=locales[code])

    return get


@pytest.fixture
def resource_index(homes):
    """An index in the English tree, so that the interface strings are the msgids."""
    home = homes["en"]
    index = ResourceIndexPage(title="Test index", slug=f"test-index-{next(_numbers)}", lead="For tests.")
    home.add_child(instance=index)
    return index


@pytest.fixture
def make_resource(taxonomy):
    def make(index, title=None, category="concepts", resource_type="article", audiences=(), tags=(), words=50, **fields):
        code = index.locale.language_code
        page = ResourcePage(
            title=title or f"Resource {next(_numbers)}",
            lead="A lead.",
            body=[paragraph(words)],
            category=taxonomy(ResourceCategory, category, code),
            resource_type=resource_type,
            locale=index.locale,
            **fields,
        )
        page.audiences.set([taxonomy(Audience, slug, code) for slug in audiences])
        page.tags.add(*tags)
        index.add_child(instance=page)
        return page

    return make


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    """Each request renders the page: query counts and fresh test pages need it."""
    settings.PAGE_CACHE_SECONDS = 0
