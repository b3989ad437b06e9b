"""Editors typing in the admin empty no cache: a draft saved through the page editor leaves
every anonymous visitor's cached page a cache hit, and a publication shows at once."""

import pytest

from kluby.freshness import content_version
from kluby.models import StandardPage
from tests.admin_forms import submit_page_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def published_page(home):
    page = StandardPage(title="Godziny otwarcia pracowni", slug="godziny-otwarcia-pracowni")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_a_draft_saved_in_the_editor_leaves_cached_pages_hits_and_publishing_shows_at_once(
    client, admin_client, home, published_page
):
    for url in (published_page.url, home.url):
        assert client.get(url).status_code == 200  # now cached for anonymous visitors
    before = content_version()

    response = submit_page_form(admin_client, published_page, action=None, title="Nowe godziny: szkic")
    assert response.status_code == 302
    published_page.refresh_from_db()
    assert published_page.has_unpublished_changes

    assert content_version() == before
    for url in (published_page.url, home.url):
        response = client.get(url)
        assert response["X-Page-Cache"] == "hit", url
        assert "Nowe godziny: szkic" not in response.content.decode()

    response = submit_page_form(admin_client, published_page, title="Nowe godziny otwarcia")
    assert response.status_code == 302
    response = client.get(published_page.url)
    assert response.get("X-Page-Cache") != "hit"
    assert "Nowe godziny otwarcia" in response.content.decode()
