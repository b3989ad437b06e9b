"""Site search: current language only, safe with any input."""

import pytest

pytestmark = pytest.mark.django_db


def test_search_finds_pages_of_the_current_language_only(client):
    html = client.get("/en/search/", {"q": "Qub"}).content.decode()
    assert "Learning Qub" in html
    assert 'href="/en/' in html
    assert 'href="/pl/kluby/' not in html.split('class="search-results"')[-1]


def test_search_without_a_query_shows_the_form(client):
    response = client.get("/pl/search/")
    assert response.status_code == 200
    assert 'name="q"' in response.content.decode()


@pytest.mark.parametrize(
    "query",
    ["\x00", "a" * 10_000, "'; DROP TABLE wagtailcore_page; --", "zażółć gęślą jaźń", "școală în Cluj-Napoca"],
)
def test_search_survives_hostile_or_long_input(client, query):
    response = client.get("/ro/search/", {"q": query, "page": "999"})
    assert response.status_code == 200


def test_search_escapes_the_query_it_shows(client):
    html = client.get("/en/search/", {"q": "<b>bold</b>"}).content.decode()
    assert "<b>bold</b>" not in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html
