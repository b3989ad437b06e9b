"""Routing from the cache (`kluby.routing`) and cached view restrictions (`kluby.queries`):
pages are found with one query, yet every change an editor makes shows at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, PageViewRestriction

from clubs.models import ClubIndexPage
from kluby.models import StandardPage
from resources.models import ResourcePage
from tests.clubs.factories import ClubIndexPageFactory
from tests.resources.factories import ResourceIndexPageFactory, ResourcePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    """Every request below renders its page, so routing is what is tested."""
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture(autouse=True)
def pages(site_pages, homes):
    """A resource three levels below the site's root, and a club index in English."""
    ResourcePageFactory(parent=ResourceIndexPageFactory(parent=homes["pl"]))
    ClubIndexPageFactory(parent=homes["en"])


def deep_page():
    return ResourcePage.objects.live().filter(locale__language_code="pl").order_by("path").first()


def queries_for(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    return response, [query["sql"] for query in captured]


def test_a_page_is_found_with_one_query_once_its_route_is_known(client):
    page = deep_page()
    _first, cold = queries_for(client, page.url)
    response, warm = queries_for(client, page.url)
    assert response.status_code == 200
    assert not any("wagtailcore_site" in sql for sql in warm)
    assert not any("wagtailcore_pageviewrestriction" in sql for sql in warm)
    assert len(warm) < len(cold)
    # The page itself is still read from the database, fresh.
    assert any('"resources_resourcepage"' in sql and str(page.pk) in sql for sql in warm)


def test_unpublishing_a_page_takes_it_off_its_address_at_once(client):
    page = deep_page()
    assert client.get(page.url).status_code == 200
    page.unpublish()
    assert client.get(page.url).status_code == 404


def test_a_new_slug_moves_the_page_and_frees_the_old_address(client):
    page = deep_page()
    old_url = page.url
    assert client.get(old_url).status_code == 200
    page.slug = "nowy-adres"
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.url != old_url
    assert client.get(page.url).status_code == 200
    assert client.get(old_url).status_code == 404


def test_a_page_made_private_is_private_at_once(client):
    page = deep_page()
    assert client.get(page.url).status_code == 200
    PageViewRestriction.objects.create(page=page.get_parent(), restriction_type=PageViewRestriction.LOGIN)
    response = client.get(page.url)
    assert response.status_code == 302 and "login" in response["Location"]


def test_each_language_finds_its_own_page(client):
    pl = StandardPage.objects.live().filter(locale__language_code="pl").first()
    en = pl.get_translation(Locale.objects.get(language_code="en"))
    for _ in range(2):  # the second time from the cache
        assert pl.title in client.get(pl.url).content.decode()
        assert en.title in client.get(en.url).content.decode()
    assert pl.slug != en.slug
    # The Polish slug under /en/ never shows the Polish page.
    response = client.get("/en/" + pl.url.removeprefix("/pl/"))
    assert response.status_code == 404 or response["Location"] == en.url


def test_routable_sub_pages_and_unknown_paths_still_answer(client):
    index = ClubIndexPage.objects.live().get(locale__language_code="en")
    for _ in range(2):
        assert client.get(index.url).status_code == 200
        assert "<h1" in client.get(index.url + "equipment/").content.decode()
        assert client.get(index.url + "no-such-page/").status_code == 404
        assert client.get(deep_page().url + "no-such-page/").status_code == 404


def test_wagtail_still_reads_the_site_and_route_that_routing_sets_on_the_request(rf):
    """`kluby.routing` hands its cached answers to Wagtail through the request attributes
    that `Site.find_for_request` and `Page.route_for_request` document; if Wagtail stops
    reading them, every page would be routed twice."""
    from wagtail.models import Page, Site

    request = rf.get("/pl/anything/")
    site = Site.objects.get(is_default_site=True)
    request._wagtail_site = site
    sentinel = (deep_page(), [], {})
    request._wagtail_route_for_request = sentinel
    assert Site.find_for_request(request) is site
    assert Page.route_for_request(request, "/pl/anything/") is sentinel
