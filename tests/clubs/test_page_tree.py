"""Where club pages may live, what is searchable and what the API shows."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.search import index
from wagtail.test.utils import WagtailPageTestCase

from clubs.models import ClubIndexPage, ClubPage
from kluby.models import HomePage, StandardPage
from tests.clubs.factories import (
    ClubIndexPageFactory,
    ClubPageFactory,
    EquipmentItemFactory,
    RegionFactory,
)
from tests.kluby.factories import site_tree


def a_club(home, **fields):
    """A club with a laptop, in a club index under `home`."""
    laptop = EquipmentItemFactory(locale=home.locale, slug="laptop", name="Laptop")
    return ClubPageFactory(parent=ClubIndexPageFactory(parent=home), equipment=[(laptop, 3)], **fields)


class ClubPageTreeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.club = a_club(site_tree()["pl"])

    def test_club_index_lives_under_the_home_page(self):
        self.assertCanCreateAt(HomePage, ClubIndexPage)
        self.assertCanNotCreateAt(StandardPage, ClubIndexPage)
        self.assertAllowedSubpageTypes(ClubIndexPage, {ClubPage})

    def test_club_pages_live_under_the_club_index_only(self):
        self.assertAllowedParentPageTypes(ClubPage, {ClubIndexPage})
        self.assertCanNotCreateAt(HomePage, ClubPage)
        self.assertAllowedSubpageTypes(ClubPage, {})

    def test_club_pages_and_routes_render(self):
        # assertPageIsRoutable does not know about the language prefix, so render instead.
        club = self.club
        index = club.get_parent().specific
        self.assertPageIsRenderable(club)
        self.assertPageIsRenderable(index, query_data={"region": "nowhere", "status": "closed"})
        self.assertPageIsRenderable(index, "equipment/")
        self.assertPageIsRenderable(index, "equipment/laptop/")
        self.assertPageIsRenderable(index, "equipment/not-an-item/", accept_404=True)

    def test_editors_can_open_a_club_and_the_index_in_the_admin(self):
        # Creating a club through the admin is tests/test_admin_create_pages.py; here the
        # edit forms of an existing club and its index open.
        club = self.club
        editor = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
        self.client.force_login(editor)
        for page in (club, club.get_parent()):
            response = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
            self.assertEqual(response.status_code, 200)
            self.assertContains(response, page.title)


@pytest.mark.parametrize("model", [ClubIndexPage, ClubPage])
def test_page_types_declare_search_and_api_fields(model):
    assert model.search_fields and model.api_fields
    names = {field.field_name for field in model.search_fields}
    assert "title" in names


def test_club_search_covers_town_library_and_region():
    names = {
        field.field_name
        for field in ClubPage.search_fields
        if isinstance(field, (index.SearchField, index.RelatedFields))
    }
    assert {"town", "library", "region"} <= names
    api = {field.name for field in ClubPage.api_fields}
    assert {"latitude", "longitude", "equipment", "status", "organisational_model"} <= api
    assert "contact_email" not in api


@pytest.mark.django_db
def test_api_shows_a_club_without_its_email(client, homes, locales):
    lesser_poland = RegionFactory(locale=locales["en"], slug="malopolskie", name="Lesser Poland")
    printer = EquipmentItemFactory(locale=locales["en"], slug="3d-printer-fdm", name="FDM 3D printer")
    club = ClubPageFactory(
        parent=ClubIndexPageFactory(parent=homes["en"]),
        town="Oświęcim",
        region=lesser_poland,
        equipment=[(printer, 2)],
        contact_email="coordinator@example.org",
    )
    response = client.get(f"/api/v2/pages/{club.pk}/")
    assert response.status_code == 200
    data = json.loads(response.content)
    assert data["town"] == "Oświęcim"
    assert data["region_name"] == "Lesser Poland"
    assert any(entry["item_name"] == "FDM 3D printer" for entry in data["equipment"])
    assert club.contact_email not in response.content.decode()


@pytest.mark.django_db
def test_closed_clubs_are_found_by_site_search(client, homes):
    closed = a_club(homes["en"], status="closed", town="Obrazów")
    response = client.get("/en/search/", {"q": closed.town})
    assert closed.title in response.content.decode()
