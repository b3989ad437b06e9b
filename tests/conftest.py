"""Shared fixtures: the demo content is loaded once per test session into the test database;
each test runs in a transaction that is rolled back, so tests see the same content."""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from wagtail.models import Locale

from kluby.models import HomePage


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo_content", stdout=open("/dev/null", "w"))


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: rolled-back data must not live on in it."""
    cache.clear()


@pytest.fixture
def locales(db):
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def homes(db):
    return {home.locale.language_code: home for home in HomePage.objects.select_related("locale")}


@pytest.fixture
def home(homes):
    return homes["pl"]
