"""Every listing's filter form, fed hostile values: never a 5xx, never markup reflected,
whatever the app. The fields are read from each listing's own form, so a new filter is
covered the day it appears."""

import pytest
from bs4 import BeautifulSoup
from django.utils.http import urlencode
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clubs.models import ClubIndexPage
from resources.models import ExampleIndexPage, ResourceIndexPage
from tests.all_factories import PAGE_FACTORIES, page_of_type

from .test_bad_input import assert_safe, hostile_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def listing_forms(client, homes):
    """(url, field names) of each page type's page that has a filter form, one of every type
    made in the English tree."""
    found = {}
    for model in PAGE_FACTORIES:
        page = page_of_type(model, homes["en"])
        names = set()
        for form in BeautifulSoup(client.get(page.url).content, "html.parser").find_all("form", method="get"):
            if "/search/" not in form.get("action", ""):  # the site-wide search box is tested elsewhere
                names |= {field["name"] for field in form.find_all(["input", "select", "textarea"]) if field.get("name")}
        if names:
            found[model] = (page.url, sorted(names))
    assert {ClubIndexPage, ResourceIndexPage, ExampleIndexPage} <= set(found)
    return list(found.values())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_listing_filters_survive_hostile_values(client, listing_forms, data):
    for url, names in listing_forms:
        values = {
            name: data.draw(st.lists(hostile_text, min_size=1, max_size=3), label=f"{url} {name}")
            for name in [*names, "page"]
        }
        assert_safe(client.get(f"{url}?{urlencode(values, doseq=True)}"))
