"""The equipment catalogue: its public pages and its admin."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.urls import reverse

from clubs.models import ClubIndexPage, EquipmentCategory, EquipmentItem
from tests.clubs.factories import (
    ClubIndexPageFactory,
    EquipmentCategoryFactory,
    EquipmentItemFactory,
)
from tests.kluby.factories import translation

pytestmark = pytest.mark.django_db


@pytest.fixture
def club_indexes(homes):
    """The club index in Polish and in English, at the addresses the demo gives them."""
    polish = ClubIndexPageFactory(parent=homes["pl"], slug="kluby")
    return {"pl": polish, "en": translation(ClubIndexPageFactory, polish, homes["en"], slug="clubs")}


@pytest.fixture
def category(locales):
    polish = EquipmentCategoryFactory(locale=locales["pl"], slug="writing")
    translation_key = polish.translation_key
    EquipmentCategoryFactory(locale=locales["en"], slug="writing", translation_key=translation_key)
    return polish


def test_catalogue_lists_items_by_category_with_club_counts(client, club_index, clubs):
    html = client.get(club_index.url + "equipment/").content.decode()
    section = html.split('id="category-test-kit"', 1)[1]
    assert "Test printer" in section
    # Alpha, Bravo and Delta (closed, but still a club that has one).
    printer = section.split("Test printer", 1)[1].split("</li>", 1)[0]
    assert "3 clubs" in printer
    assert "under PLN 500" in printer


def test_item_page_lists_the_clubs_that_have_it(client, club_index, clubs):
    response = client.get(club_index.url + "equipment/test-robot/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Test robot</h1>" in html
    clubs_section = html.split('id="equipment-clubs"', 1)[1].split("</section>", 1)[0]
    assert "Charlie club" in clubs_section and "Echo club" in clubs_section
    assert "Alpha club" not in clubs_section
    assert 'club-badge--paused">Paused<' in clubs_section
    assert "?equipment=test-robot" in clubs_section
    assert "No resource explains this item yet." in html or "Resources that explain it" in html


def test_unknown_item_is_a_404(client, club_index, clubs):
    assert client.get(club_index.url + "equipment/no-such-item/").status_code == 404


@pytest.mark.demo
def test_demo_item_pages_in_polish_and_english(client):
    for code, phrase in (("pl", "Drukarka 3D FDM"), ("en", "FDM 3D printer")):
        index = ClubIndexPage.objects.get(locale__language_code=code)
        response = client.get(index.url + "equipment/3d-printer-fdm/")
        assert response.status_code == 200
        html = response.content.decode()
        assert phrase in html
        assert "Safety" in html or "Bezpiecze" in html
        # Demo clubs with a printer are listed, in the page's language only.
        assert ("Klub Kreatywności w" in html) == (code == "pl")
        assert ("Creativity Club in" in html) == (code == "en")


def test_item_url_points_at_its_page(client, club_index, catalogue):
    item = catalogue["test-printer"]
    url = item.get_url()
    assert url == club_index.url + "equipment/test-printer/"
    assert client.get(url).status_code == 200


@pytest.mark.demo
def test_demo_catalogue_size():
    for code in ("pl", "en"):
        items = EquipmentItem.objects.filter(locale__language_code=code)
        assert items.count() >= 40
        assert items.values("category").distinct().count() >= 8
    assert EquipmentCategory.objects.filter(locale__language_code="ro").count() >= 8


def test_equipment_is_managed_in_the_admin_with_search_and_filters(client, locales):
    printing, robotics = (EquipmentCategoryFactory(locale=locales["en"], slug=slug) for slug in ("printing", "robotics"))
    EquipmentItemFactory(locale=locales["en"], slug="3d-printer-fdm", name="FDM 3D printer", category=printing)
    EquipmentItemFactory(locale=locales["en"], slug="arduino-kit", name="Arduino starter kit", category=robotics)
    admin = get_user_model().objects.create_superuser("clubs-admin", "admin@example.org", "pw")
    client.force_login(admin)
    url = reverse("wagtailsnippets_clubs_equipmentitem:list")
    response = client.get(url, {"q": "printer"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "FDM 3D printer" in html
    assert "Arduino" not in html
    filtered = client.get(url, {"category": robotics.pk}).content.decode()
    assert "FDM 3D printer" not in filtered
    assert "Arduino starter kit" in filtered


def assert_versions(client, path, versions):
    """The page at `path` is canonical at its own address, names `versions` ({language: path},
    the Polish one first) and the first as x-default, and its switcher leads to the others."""
    response = client.get(path)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    alternates = {link["hreflang"]: link["href"] for link in soup.head.find_all("link", rel="alternate") if link.get("hreflang")}
    full = {code: f"http://testserver{version}" for code, version in versions.items()}
    assert [link["href"] for link in soup.head.find_all("link", rel="canonical")] == [f"http://testserver{path}"]
    assert alternates == {**full, "x-default": next(iter(full.values()))}
    switcher = {link["hreflang"]: link["href"] for link in soup.select(".language-switcher a[hreflang]")}
    assert switcher == {code: version for code, version in versions.items() if version != path}


def test_the_catalogue_names_the_catalogue_in_each_language_not_the_club_index(client, club_indexes):
    assert_versions(client, "/pl/kluby/equipment/", {"pl": "/pl/kluby/equipment/", "en": "/en/clubs/equipment/"})


def test_an_item_page_names_the_item_in_each_language_by_its_own_slug(client, locales, club_indexes, category):
    polish = EquipmentItemFactory(locale=locales["pl"], slug="dlugopis-testowy", name="Długopis testowy", category=category)
    EquipmentItemFactory(
        locale=locales["en"],
        translation_key=polish.translation_key,
        slug="test-pen",
        name="Test pen",
        category=category.get_translation(locales["en"]),
    )
    versions = {"pl": "/pl/kluby/equipment/dlugopis-testowy/", "en": "/en/clubs/equipment/test-pen/"}
    assert_versions(client, versions["pl"], versions)
    assert_versions(client, versions["en"], versions)


def test_an_item_in_one_language_names_only_itself(client, locales, club_indexes, category):
    EquipmentItemFactory(locale=locales["pl"], slug="tylko-po-polsku", name="Tylko po polsku", category=category)
    assert_versions(client, "/pl/kluby/equipment/tylko-po-polsku/", {"pl": "/pl/kluby/equipment/tylko-po-polsku/"})
