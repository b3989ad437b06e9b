"""Shared fixtures: the demo content is loaded once per test session into the test database;
each test runs in a transaction that is rolled back, so tests see the same content."""

import os
import sys
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.management import call_command
from wagtail.models import Locale

from kluby.models import HomePage
from kluby.queries import forget_cached_structures

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from demo_server import free_port, prepare_site  # noqa: E402


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo_content", stdout=open("/dev/null", "w"))


@pytest.fixture(scope="session")
def prepared_demo_site(tmp_path_factory):
    """A copy of the demo site, migrated and loaded into a new SQLite file with the
    production settings, ready to be served (tests/browser, the two-worker check):
    (its folder, the port its addresses use)."""
    if os.environ.get("KLUBY_BROWSER_TESTS") == "0":
        pytest.skip("checks against a served demo site turned off with KLUBY_BROWSER_TESTS=0")
    var_dir = tmp_path_factory.mktemp("demo-site")
    port = free_port()
    prepare_site(var_dir, port)
    return var_dir, port


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with empty caches: rolled-back data must not live on in them."""
    cache.clear()
    forget_cached_structures()


@pytest.fixture
def locales(db):
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def homes(db):
    return {home.locale.language_code: home for home in HomePage.objects.select_related("locale")}


@pytest.fixture
def home(homes):
    return homes["pl"]
