"""Health check, API, sitemap and robots.txt."""

from unittest import mock
from xml.etree import ElementTree

import pytest
from django.db import DatabaseError
from wagtail.models import Page

from tests.clubs.factories import (
    ClubIndexPageFactory,
    EquipmentCategoryFactory,
    EquipmentItemFactory,
)
from tests.factories import ImageFactory, translated
from tests.kluby.factories import translation

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_pages")]

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def test_health_check_is_up_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "up"}


def test_health_check_is_down_when_the_database_does_not_answer(client):
    with mock.patch("kluby.views.connection.cursor", side_effect=DatabaseError("gone")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "down"


def test_api_lists_the_pages_in_every_language(client, homes):
    response = client.get("/api/v2/pages/?limit=100")
    assert response.status_code == 200
    assert response.json()["meta"]["total_count"] == Page.objects.live().public().filter(depth__gt=1).count()
    items = client.get("/api/v2/pages/?type=kluby.HomePage").json()["items"]
    assert {item["title"] for item in items} == {home.title for home in homes.values()}
    assert {item["meta"]["locale"] for item in items} == {"pl", "ro", "en"}


def test_api_filters_by_locale_and_type(client):
    response = client.get("/api/v2/pages/?type=kluby.StandardPage&locale=en&fields=lead,body")
    assert response.status_code == 200
    items = response.json()["items"]
    assert items and all(item["meta"]["locale"] == "en" for item in items)
    assert all("body" in item and "lead" in item for item in items)


def test_api_hides_drafts_and_private_pages(client, home):
    from wagtail.models import PageViewRestriction

    from kluby.models import StandardPage

    draft = StandardPage(title="Szkic niepubliczny", slug="szkic", live=False)
    home.add_child(instance=draft)
    private = StandardPage(title="Strona prywatna", slug="prywatna")
    home.add_child(instance=private)
    private.save_revision().publish()
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    titles = {item["title"] for item in client.get("/api/v2/pages/?limit=100").json()["items"]}
    assert "Szkic niepubliczny" not in titles
    assert "Strona prywatna" not in titles


def test_api_lists_images_with_credit(client):
    ImageFactory.create_batch(2, credit="Kluby", licence="CC0")
    response = client.get("/api/v2/images/?fields=credit,licence,description")
    assert response.status_code == 200
    items = response.json()["items"]
    assert len(items) == 2 and all(item["licence"] == "CC0" and item["credit"] == "Kluby" for item in items)


def sitemap_entries(client, kind="pages"):
    """Every <url> of the sections of one kind ("pages", "equipment") listed in the index."""
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    sections = [loc.text for loc in ElementTree.fromstring(index.content).iter(f"{{{SITEMAP_NS['s']}}}loc")]
    assert {section.split("/sitemap-")[1].split(".xml")[0] for section in sections} == {"pages", "equipment", "views"}
    entries = []
    for section in sections:
        if f"/sitemap-{kind}.xml" not in section:
            continue
        response = client.get(section.removeprefix("http://testserver"))
        assert response.status_code == 200
        entries += ElementTree.fromstring(response.content).findall("s:url", SITEMAP_NS)
    return entries


def test_sitemap_lists_every_public_page_in_every_language_with_alternates(client):
    entries = sitemap_entries(client)
    locations = [url.findtext("s:loc", namespaces=SITEMAP_NS) for url in entries]
    public_pages = Page.objects.live().public().filter(depth__gt=1)
    assert len(locations) == len(set(locations)) == public_pages.count()
    assert set(locations) == {page.get_full_url() for page in public_pages}
    for page in public_pages[:5]:
        assert f"http://testserver{page.url}" in locations
    alternates = {link.get("hreflang"): link.get("href") for link in entries[0].findall("x:link", SITEMAP_NS)}
    home = Page.objects.get(url_path=Page.objects.live().filter(depth=2).first().url_path)
    translations = {t.locale.language_code: t.get_full_url() for t in home.get_translations(inclusive=True)}
    assert alternates == {**translations, "x-default": translations["pl"]}


def test_a_large_sitemap_is_split_into_sections(client, monkeypatch):
    from kluby.sitemaps import MultilingualSitemap

    monkeypatch.setattr(MultilingualSitemap, "limit", 50)
    entries = sitemap_entries(client)
    index = ElementTree.fromstring(client.get("/sitemap.xml").content)
    count = Page.objects.live().public().filter(depth__gt=1).count()
    page_sections = [loc.text for loc in index.iter(f"{{{SITEMAP_NS['s']}}}loc") if "sitemap-pages" in loc.text]
    assert len(page_sections) == -(-count // 50)
    assert len(entries) == count


def test_the_sitemap_lists_the_equipment_catalogue_and_every_item_with_alternates(client, homes):
    from clubs.models import ClubIndexPage, EquipmentItem

    polish_index = ClubIndexPageFactory(parent=homes["pl"])
    translation(ClubIndexPageFactory, polish_index, homes["en"])
    category = translated(EquipmentCategoryFactory, slug="kit")
    translated(EquipmentItemFactory, slug="printer", category=category)
    translated(EquipmentItemFactory, ("pl",), slug="pen", category=category)

    entries = sitemap_entries(client, "equipment")
    locations = [url.findtext("s:loc", namespaces=SITEMAP_NS) for url in entries]
    indexes = ClubIndexPage.objects.live().public()
    items = EquipmentItem.objects.filter(locale__in=[index.locale_id for index in indexes])
    assert len(locations) == len(set(locations)) == indexes.count() + items.count()
    for location in locations[:3] + locations[-3:]:
        assert client.get(location.removeprefix("http://testserver")).status_code == 200
    item = items.first()
    translations = EquipmentItem.objects.filter(translation_key=item.translation_key, locale__in=[i.locale_id for i in indexes])
    entry = next(url for url in entries if url.findtext("s:loc", namespaces=SITEMAP_NS).endswith(f"/equipment/{item.slug}/"))
    assert {link.get("hreflang") for link in entry.findall("x:link", SITEMAP_NS)} == (
        {t.locale.language_code for t in translations} | {"x-default"}
    )


def test_robots_txt_points_to_the_sitemap_and_keeps_out_the_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body
