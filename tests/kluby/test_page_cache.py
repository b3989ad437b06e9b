"""Whole-page cache: anonymous visitors are served from it, editors never are, and a
publication shows at once."""

import pytest
from django.contrib.auth import get_user_model

from kluby.models import StandardPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_pages")]


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


def test_with_redis_url_every_worker_shares_one_cache(monkeypatch):
    import importlib

    import redis
    from django.utils.module_loading import import_string

    import kluby.settings.base as base

    url = "redis://127.0.0.1:6379/15"
    monkeypatch.setenv("SECRET_KEY", "x" * 60)
    monkeypatch.setenv("REDIS_URL", url)
    try:
        configured = importlib.reload(base).CACHES["default"]
    finally:
        monkeypatch.undo()
        importlib.reload(base)
    assert configured == {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    try:
        redis.Redis.from_url(url).ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("no Redis server at 127.0.0.1:6379: only the settings were checked")
    # Two workers, each with its own connection: a page rendered by one is served by both.
    worker_a, worker_b = (import_string(configured["BACKEND"])(url, {"KEY_PREFIX": "kluby-test"}) for _ in range(2))
    worker_a.set("kluby-page-1:/pl/", "<html>rendered once</html>", 60)
    assert worker_b.get("kluby-page-1:/pl/") == "<html>rendered once</html>"
    worker_a.delete("kluby-page-1:/pl/")
