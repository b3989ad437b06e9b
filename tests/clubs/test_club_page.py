"""Club pages: facts, equipment, nearby clubs, the hidden coordinator address, sample data."""

import pytest
from bs4 import BeautifulSoup
from django.test import override_settings
from django.urls import reverse
from django.utils.translation import override
from wagtail.models import PageViewRestriction

from clubs.choices import OrganisationalModel
from clubs.models import ClubPage, Edition
from kluby.geo import haversine_km
from kluby.taxonomy import AgeGroup
from tests.clubs.factories import ClubPageFactory

from .conftest import coordinator_button, press_coordinator_button

pytestmark = pytest.mark.django_db


def test_haversine_distance_warsaw_krakow():
    assert round(haversine_km(52.2297, 21.0122, 50.0647, 19.9450)) == 252


def test_club_page_shows_its_facts_and_equipment(client, clubs):
    html = client.get(clubs["alpha"].url).content.decode()
    assert "Library of Alpha club" in html
    assert "Test North" in html
    with override("pl"):  # the page's language
        assert str(OrganisationalModel.MAKERSPACE.label) in html
    assert Edition.objects.get(slug="pilot-2018", locale=clubs["alpha"].locale).name in html
    teens, adults = (AgeGroup.objects.get(slug=slug, locale=clubs["alpha"].locale).name for slug in ("teens-13-17", "adults"))
    assert f"{teens}, {adults}" in html
    table = BeautifulSoup(html, "html.parser").find(id="club-equipment").find_next("table")
    rows = [[cell.get_text(strip=True) for cell in row.find_all("td")] for row in table.find_all("tr")]
    assert ["Test printer", "Test kit", "2"] in rows
    assert ["Test laptop", "Test kit", "5"] in rows
    assert table.find("a", string="Test printer") and table.find("a", string="Test laptop")
    assert "Test robot" not in table.get_text()


def test_equipment_links_lead_to_the_item_pages(client, clubs):
    html = client.get(clubs["alpha"].url).content.decode()
    link = BeautifulSoup(html, "html.parser").find("a", string="Test printer")["href"]
    response = client.get(link)
    assert response.status_code == 200
    assert "Alpha club" in response.content.decode()


def test_nearby_clubs_are_ordered_by_distance_and_leave_closed_ones_out(client, club_index, regions):
    north = regions["test-north"]
    here = ClubPageFactory(parent=club_index, title="Here", region=north, latitude=-12.0, longitude=-31.0)
    ClubPageFactory(parent=club_index, title="Far", region=north, latitude=-13.0, longitude=-32.5)
    ClubPageFactory(parent=club_index, title="Near", region=north, latitude=-12.05, longitude=-31.05)
    ClubPageFactory(parent=club_index, title="Middle", region=north, latitude=-12.5, longitude=-31.5)
    ClubPageFactory(parent=club_index, title="Closed nearest", region=north, latitude=-12.01, longitude=-31.0, status="closed")
    assert [club.title for club, _km in here.nearby_clubs()][:3] == ["Near", "Middle", "Far"]

    page = BeautifulSoup(client.get(here.url).content, "html.parser")
    nearby = page.find("ol", class_="nearby-clubs")
    titles = [link.get_text(strip=True) for link in nearby.find_all("a", href=True)]
    assert titles == ["Near", "Middle", "Far"]
    assert "Closed nearest" not in nearby.get_text()
    assert "8 km" in nearby.get_text()  # Here to Near


def test_nearby_clubs_stay_in_the_pages_language(clubs):
    alpha = clubs["alpha"]
    assert all(club.locale_id == alpha.locale_id for club, _km in alpha.nearby_clubs())


def test_contact_email_is_not_in_the_page(client, club_index, regions):
    club = ClubPageFactory(parent=club_index, title="Mail club", region=regions["test-north"], contact_email="coordinator@example.org")
    response = client.get(club.url)
    html = response.content.decode()
    assert "coordinator@example.org" not in html
    assert "coordinator&#64;example.org" not in html
    assert "Show the coordinator" in html
    assert 'method="post"' in html


def test_contact_email_is_shown_after_the_button_is_pressed(client, club_index, regions):
    club = ClubPageFactory(parent=club_index, title="Mail club", region=regions["test-north"], contact_email="coordinator@example.org")
    response = press_coordinator_button(client, club)
    assert response.status_code == 200
    assert 'href="mailto:coordinator@example.org"' in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex"
    # A harvester following links with GET gets nothing.
    assert client.get(reverse("club_contact", args=[club.pk])).status_code == 405


def test_club_page_has_no_form_token_so_visitors_share_the_cached_page(client, club_index, regions):
    club = ClubPageFactory(parent=club_index, title="Mail club", region=regions["test-north"], contact_email="coordinator@example.org")
    with override_settings(PAGE_CACHE_SECONDS=60):
        first = client.get(club.url)
        second = client.get(club.url)
    assert "csrfmiddlewaretoken" not in first.content.decode()
    assert "csrftoken" not in first.cookies
    assert second["X-Page-Cache"] == "hit"


def test_the_address_of_an_unpublished_or_private_club_is_not_revealed(client, club_index, regions):
    club = ClubPageFactory(parent=club_index, title="Private club", region=regions["test-north"], contact_email="hidden@example.org")
    url = reverse("club_contact", args=[club.pk])
    PageViewRestriction.objects.create(page=club, restriction_type=PageViewRestriction.LOGIN)
    assert client.post(url).status_code == 404
    PageViewRestriction.objects.filter(page=club).delete()
    _action, fields = coordinator_button(client.get(club.url).content.decode())
    assert client.post(url, fields).status_code == 200
    club.unpublish()
    assert client.post(url, fields).status_code == 404
    assert client.post(reverse("club_contact", args=[999999])).status_code == 404


@pytest.mark.demo
def test_no_demo_club_page_contains_its_address(client, homes):
    for club in ClubPage.objects.live().filter(locale__language_code="pl")[:5]:
        assert club.contact_email
        assert club.contact_email not in client.get(club.url).content.decode()


def test_sample_clubs_are_marked(client, club_index, regions):
    sample = ClubPageFactory(parent=club_index, region=regions["test-north"], is_sample=True)
    html = client.get(sample.url).content.decode()
    assert "Sample data" in html
    assert "This whole profile is invented" in html


def test_a_real_club_says_which_parts_are_sample_data(client, club_index, regions):
    club = ClubPageFactory(parent=club_index, region=regions["test-north"], sample_note="The equipment list.")
    html = client.get(club.url).content.decode()
    assert "Sample data" in html
    assert "The equipment list." in html
    assert "This whole profile is invented" not in html


@pytest.mark.demo
def test_pilot_clubs_say_which_parts_are_sample_data(client):
    pilot = ClubPage.objects.live().get(slug="creativity-club-oswiecim")
    assert not pilot.is_sample
    html = client.get(pilot.url).content.decode()
    assert "Sample data" in html
    assert "Not taken from public sources (sample or unverified data):" in html
    assert "equipment" in pilot.sample_note and "opening hours" in pilot.sample_note
    assert "This whole profile is invented" not in html
