"""What the resource pages keep in the cache (the values each filter offers, reading times)
follows the editors' changes at once."""

import pytest

from resources.models import ResourceCategory

from .test_resource_index import option_count

pytestmark = pytest.mark.django_db


def test_a_new_category_is_offered_as_soon_as_a_resource_uses_it(client, resource_index, make_resource):
    make_resource(resource_index, "Alpha", "concepts")
    assert option_count(client.get(resource_index.url), "category", "activities") is None
    late = make_resource(resource_index, "Bravo", "activities")
    late.save_revision().publish()
    assert option_count(client.get(resource_index.url), "category", "activities") == 1


def test_renaming_a_category_shows_on_the_index_at_once(client, settings, resource_index, make_resource):
    settings.PAGE_CACHE_SECONDS = 300  # also through the whole-page cache
    make_resource(resource_index, "Alpha", "concepts")
    client.get(resource_index.url)
    category = ResourceCategory.objects.get(slug="concepts", locale=resource_index.locale)
    category.name = "Ideas and definitions"
    category.save()
    html = client.get(resource_index.url).content.decode()
    assert "Ideas and definitions" in html


def test_reading_time_is_stored_with_the_page_and_follows_the_body(resource_index, make_resource):
    page = make_resource(resource_index, "Long read", words=450)
    page.refresh_from_db()
    assert page.reading_minutes == 3
    page.body = [{"type": "paragraph", "value": "<p>" + "word " * 1000 + "</p>"}]
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.reading_minutes == 5
    assert page.reading_time == 5


def test_cards_kept_in_the_cache_show_a_new_title_at_once(client, resource_index, make_resource):
    page = make_resource(resource_index, "Alpha")
    assert "Alpha" in client.get(resource_index.url).content.decode()
    assert "Alpha" in client.get(resource_index.url).content.decode()  # the card from the cache
    page.title = "Alpha, revised"
    page.save_revision().publish()
    assert "Alpha, revised" in client.get(resource_index.url).content.decode()


def test_cards_are_cached_per_language(rf, settings, resource_index, make_resource):
    from django.template.loader import render_to_string
    from django.utils import translation

    settings.LOCALE_PATHS = [settings.BASE_DIR / "locale"]  # the real catalogues
    resource = make_resource(resource_index, "Alpha", words=450)
    request = rf.get(resource_index.url)
    rendered = {}
    for language in ("en", "pl", "en"):
        with translation.override(language):
            rendered[language] = render_to_string(
                "resources/includes/resource_card.html", {"resource": resource}, request=request
            )
    assert "3 minutes to read" in rendered["en"]
    assert "3 minutes to read" not in rendered["pl"] and "3 min" in rendered["pl"]
