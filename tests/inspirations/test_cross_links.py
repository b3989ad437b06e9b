"""Cross-links: a club page lists the activities it can run, an equipment item's page the
activities that need it, an activity's page the clubs that have everything it needs
(nearest first to a chosen region or town)."""

import pytest

from .conftest import soup

pytestmark = pytest.mark.django_db


def test_a_club_page_lists_the_activities_it_can_run(client, index, activities, clubs):
    page = soup(client.get(clubs["far"].url))
    section = page.select_one(".club-inspirations")
    names = {link.get_text(strip=True) for link in section.select("li a")}
    # Activities of every index of the club's language (the demo's too).
    assert {"Key ring", "Sound map", "Family game night", "Seniors print"} <= names
    assert "Drawing robot" not in names
    matcher_link = section.select("p a")[-1]["href"]
    assert matcher_link.endswith(f"matcher/?club={clubs['far'].pk}")


def test_an_equipment_page_lists_the_activities_that_need_it(client, index, activities, club_index, items):
    page = soup(client.get(club_index.url + "equipment/test-laptop/"))
    section = page.find("h2", id="equipment-inspirations").parent
    lines = [item.get_text(" ", strip=True) for item in section.select("li")]
    assert [line.split(" (")[0] for line in lines] == ["Key ring", "Drawing robot", "Family game night"]
    assert lines[-1].endswith("optional")
    assert section.select_one("a[href$='?equipment=test-laptop']") is not None


def ready_clubs(page):
    return [item.a.get_text(strip=True) for item in page.select(".clubs-ready__list li")]


def test_an_activity_lists_the_open_clubs_that_have_everything(client, activities, clubs):
    page = soup(client.get(activities["robots"].url))
    assert ready_clubs(page) == ["Near club"]  # the closed club is left out
    page = soup(client.get(activities["keyring"].url))
    assert ready_clubs(page) == ["Far club", "Near club"]


def test_nearest_first_to_a_region_or_town(client, activities, clubs):
    page = soup(client.get(activities["keyring"].url, {"region": "test-north"}))
    assert ready_clubs(page) == ["Near club", "Far club"]
    assert "km" in page.select_one(".clubs-ready__list li").get_text()
    page = soup(client.get(activities["keyring"].url, {"town": "Farville"}))
    assert ready_clubs(page) == ["Far club", "Near club"]


@pytest.mark.parametrize("query", [{"region": "<b>mars</b>"}, {"town": "Atlantis"}, {"town": "\x00"}])
def test_an_unknown_place_gives_a_message(client, activities, clubs, query):
    response = client.get(activities["keyring"].url, query)
    page = soup(response)
    assert "<b>mars</b>" not in response.content.decode()
    if query.get("town") != "\x00":
        assert page.select_one(".clubs-ready .notice--error") is not None
    assert ready_clubs(page) == ["Far club", "Near club"]


def test_an_activity_shows_its_equipment_safety_clubs_and_resources(client, index, items, clubs):
    from inspirations.models import InspirationClubRun

    from .factories import InspirationPageFactory

    items["printer"].safety_notes = "Hot nozzle."
    items["printer"].save()
    activity = InspirationPageFactory(
        parent=index, title="With everything", safety="Mind the cables.", needs=[(items["printer"], False), (items["pen"], True)],
        club_runs=[InspirationClubRun(club=clubs["far"], comment="We ran it twice.")],
    )
    page = soup(client.get(activity.url))
    rows = page.select(".inspiration-table tbody tr")
    assert [row.a.get_text() for row in rows] == ["Test printer", "Test pen"]
    assert rows[0].a["href"] == items["printer"].get_url()
    # Required items are marked in bold, optional ones not.
    assert [row.strong is not None for row in rows] == [True, False]
    safety = page.select_one(".inspiration-safety").get_text(" ", strip=True)
    assert "Mind the cables." in safety and "Test printer: Hot nozzle." in safety
    runs = page.select_one(".club-runs")
    assert runs.a["href"] == clubs["far"].url and "We ran it twice." in runs.get_text()
