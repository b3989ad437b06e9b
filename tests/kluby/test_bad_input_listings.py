"""Every listing's filter form, fed hostile values: never a 5xx, never markup reflected,
whatever the app. The fields are read from each listing's own form, so a new filter is
covered the day it appears."""

import re

import pytest
from django.utils.http import urlencode
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Page

from .test_bad_input import assert_safe, hostile_text

pytestmark = pytest.mark.django_db

GET_FORM = re.compile(r'<form([^>]*)method="get"([^>]*)>(.*?)</form>', re.S)
FIELD_NAME = re.compile(r'<(?:input|select|textarea)[^>]*\bname="([^"]+)"')


@pytest.fixture
def listing_forms(client):
    """(url, field names) of one page per page type that has a filter form."""
    found = {}
    for page in Page.objects.live().public().filter(locale__language_code="en", depth__gt=2).specific():
        if type(page) in found:
            continue
        names = set()
        for before, after, body in GET_FORM.findall(client.get(page.url).content.decode()):
            if "/search/" not in before + after:  # the site-wide search box is tested elsewhere
                names |= set(FIELD_NAME.findall(body))
        if names:
            found[type(page)] = (page.url, sorted(names))
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
