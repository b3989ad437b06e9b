"""Whole-page cache: anonymous visitors are served from it, editors never are, and a
publication shows at once."""

import pytest
from django.contrib.auth import get_user_model

from kluby.models import StandardPage

pytestmark = pytest.mark.django_db


def standard_page():
    return StandardPage.objects.live().filter(locale__language_code="en").first()


def test_second_anonymous_view_comes_from_the_cache(client):
    page = standard_page()
    first = client.get(page.url)
    second = client.get(page.url)
    assert "X-Page-Cache" not in first
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content


def test_publishing_shows_the_new_version_at_once(client):
    page = standard_page()
    client.get(page.url)
    page.title = "Accessibility, revised"
    page.save_revision().publish()
    response = client.get(page.url)
    assert "X-Page-Cache" not in response
    assert "Accessibility, revised" in response.content.decode()


def test_signed_in_editors_never_get_cached_pages(client):
    page = standard_page()
    client.get(page.url)
    client.get(page.url)
    editor = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(editor)
    response = client.get(page.url)
    assert "X-Page-Cache" not in response


def test_search_results_and_forms_are_not_shared_between_visitors(client):
    from kluby.models import ContactPage

    contact = ContactPage.objects.live().first()
    client.get(contact.url)
    # The form carries a per-visitor CSRF token, so it is never cached.
    assert "X-Page-Cache" not in client.get(contact.url)
