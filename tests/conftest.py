"""Shared fixtures. A test builds the pages and records it needs with the factories
(tests/factories.py, tests/<app>/factories.py) on the migrated, empty database, inside a
transaction that is rolled back.

Tests marked `demo` check the demo content itself. It is loaded into the test database once,
when the first of them runs, and they run after all the others, so no other test can see it
or come to depend on it."""

import io
import os
import sys
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.management import call_command

from kluby.models import HomePage
from kluby.queries import forget_cached_structures
from tests.factories import LANGUAGE_CODES, locale
from tests.kluby.factories import site_tree

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from demo_server import free_port, prepare_site  # noqa: E402


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    demo = [item for item in items if item.get_closest_marker("demo")]
    for item in demo:
        # First of its fixtures, so that the content is loaded before the test's transaction.
        item.fixturenames.insert(0, "demo_content")
    # Grouped by module, so that a module's own fixtures (the sitemap walk) are made once.
    demo.sort(key=lambda item: str(item.path))
    items[:] = [item for item in items if not item.get_closest_marker("demo")] + demo


@pytest.fixture(scope="session")
def demo_content(django_db_setup, django_db_blocker):
    """The whole demo content, loaded for the rest of the session (the tests marked `demo`)."""
    with django_db_blocker.unblock():
        call_command("load_demo_content", stdout=io.StringIO())


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
    return {code: locale(code) for code in LANGUAGE_CODES}


@pytest.fixture
def homes(request, locales):
    """The home page of each language: the demo's in tests marked `demo`, else a site tree of
    their own (tests/kluby/factories.py)."""
    if request.node.get_closest_marker("demo"):
        return {home.locale.language_code: home for home in HomePage.objects.select_related("locale")}
    return site_tree()


@pytest.fixture
def home(homes):
    return homes["pl"]
