"""Space pages: kind, capacity, area, access, equipment linked to the catalogue, photos,
upcoming events in the space, and the way to the request form."""

import datetime

import pytest
from wagtail.models import PageViewRestriction

from network.models import SpaceGalleryImage, SpacePage
from tests.clubs.factories import ClubIndexPageFactory, EquipmentItemFactory
from tests.factories import ImageFactory
from tests.network.events_helpers import event_at, local_now, network_tree, soup
from tests.network.factories import SpacePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def interface_in_source_language(settings):
    settings.LOCALE_PATHS = []


@pytest.fixture
def tree(home):
    return network_tree(home)


def test_space_page_lives_under_the_qub():
    assert SpacePage.parent_page_types == ["network.QubPage"]


def test_space_facts_and_accessibility(client, tree):
    space = SpacePageFactory(
        parent=tree["qub"],
        title="Exhibition hall",
        kind="exhibition",
        capacity=80,
        area_m2=120,
        step_free=True,
        accessibility="<p>A hearing loop at the desk.</p>",
    )
    page = soup(client.get(space.url))
    text = page.get_text(" ")
    assert "Exhibition space" in text and "80 people" in text and "120 m²" in text
    assert "A hearing loop at the desk." in text
    facts = {dt.get_text(strip=True): dd.get_text(strip=True) for dt, dd in zip(page.select(".event-facts dt"), page.select(".event-facts dd"), strict=True)}
    assert facts["Step-free access"] == "Yes, without steps"
    assert page.select_one(f"a[href='/pl/space-request/{space.pk}/']")


def test_equipment_links_to_the_catalogue_in_the_same_language(client, home, tree, locales):
    clubs = ClubIndexPageFactory(parent=home, slug="test-clubs")
    printer = EquipmentItemFactory(locale=locales["pl"], slug="test-printer", name="Test printer")
    space = SpacePageFactory(parent=tree["qub"], equipment=[(printer, 2)])
    page = soup(client.get(space.url))
    link = page.select_one(f"a[href='{clubs.url}equipment/test-printer/']")
    assert link is not None and link.get_text() == "Test printer"
    assert client.get(clubs.url + "equipment/test-printer/").status_code == 200


def test_equipment_without_a_catalogue_is_listed_without_links(client, tree, locales):
    printer = EquipmentItemFactory(locale=locales["pl"], slug="test-printer", name="Test printer")
    space = SpacePageFactory(parent=tree["qub"], equipment=[(printer, 1)])
    page = soup(client.get(space.url))
    assert "Test printer" in page.get_text() and not page.select("#club-equipment ~ table a")


def test_gallery(client, tree):
    space = tree["space"]
    image = ImageFactory(description="Children at a workbench")
    SpaceGalleryImage.objects.create(page=space, image=image, caption="The workshop")
    page = soup(client.get(space.url))
    assert page.select_one("#club-gallery")
    assert "The workshop" in page.get_text()


def test_upcoming_events_in_the_space(client, tree):
    now = local_now()
    event_at(tree["events"], now + datetime.timedelta(days=3), title="Coming workshop", space=tree["space"])
    event_at(tree["events"], now - datetime.timedelta(days=3), title="Past workshop", space=tree["space"])
    event_at(tree["events"], now + datetime.timedelta(days=3), title="Elsewhere", venue="A library")
    text = soup(client.get(tree["space"].url)).select_one("#space-events").parent.get_text(" ")
    assert "Coming workshop" in text
    assert "Past workshop" not in text and "Elsewhere" not in text


def test_private_space_page_shows_nothing_without_the_password(client, tree):
    PageViewRestriction.objects.create(page=tree["space"], restriction_type=PageViewRestriction.PASSWORD, password="secret")
    response = client.get(tree["space"].url)
    assert not soup(response).select(".event-facts")
