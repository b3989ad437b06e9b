"""The equipment matcher: required against optional equipment, activities missing exactly
one item, unknown slugs, an empty selection, choosing a club (a closed one too)."""

import pytest

from tests.clubs.factories import ClubPageFactory

from .conftest import soup
from .factories import InspirationPageFactory

pytestmark = pytest.mark.django_db


def matcher(client, index, query=""):
    return soup(client.get(index.url + "matcher/" + query))


# The matcher answers with every activity of the language; the tests read their own.
OURS = {"Key ring", "Sound map", "Drawing robot", "Family game night", "Seniors print"}


def ready(page):
    return {title.get_text(strip=True) for title in page.select(".matcher-ready .card__title")} & OURS


def missing(page):
    lines = {item.a.get_text(strip=True): item.get_text(" ", strip=True) for item in page.select(".matcher-missing li")}
    return {title: line for title, line in lines.items() if title in OURS}


def test_required_equipment_must_all_be_there_and_optional_does_not_count(client, index, activities):
    page = matcher(client, index, "?equipment=test-printer&equipment=test-laptop")
    # Key ring needs the printer and a laptop (a 3D pen is optional); Family night needs
    # nothing required; the sound map needs nothing; Seniors print needs the printer.
    assert ready(page) == {"Key ring", "Family game night", "Sound map", "Seniors print"}
    assert set(missing(page)) == {"Drawing robot"}


def test_exactly_one_missing_item_is_named_with_its_cost_and_catalogue_page(client, index, activities, items, club_index):
    page = matcher(client, index, "?equipment=test-laptop")
    lines = missing(page)
    assert set(lines) == {"Key ring", "Drawing robot", "Seniors print"}
    assert "Missing: Test printer" in lines["Key ring"] and "under PLN 500" in lines["Key ring"]
    assert "Missing: Test robot" in lines["Drawing robot"]
    link = page.select_one(".matcher-missing li a[href$='/equipment/test-printer/']")
    assert link is not None and link["href"] == items["printer"].get_url()


def test_two_missing_items_are_not_suggested(client, index, activities):
    page = matcher(client, index, "?equipment=test-pen")
    assert "Key ring" not in missing(page) and "Key ring" not in ready(page)


def test_unknown_slugs_are_ignored_with_an_escaped_message(client, index, activities):
    response = client.get(index.url + "matcher/?equipment=test-laptop&equipment=<b>laser</b>&equipment=no-such")
    page = soup(response)
    assert "<b>laser</b>" not in response.content.decode()
    message = page.select_one(".notice--error").get_text()
    assert "“<b>laser</b>”" in message and "“no-such”" in message
    assert page.find("input", attrs={"value": "test-laptop"}).has_attr("checked")
    assert "Drawing robot" in missing(page)


def test_an_empty_selection_is_explained(client, index, activities):
    page = matcher(client, index)
    assert page.select_one(".matcher-empty") is not None
    assert ready(page) == {"Sound map", "Family game night"}


def test_a_club_ticks_its_equipment(client, index, activities, clubs):
    page = matcher(client, index, f"?club={clubs['near'].pk}")
    assert ready(page) == {"Key ring", "Drawing robot", "Sound map", "Family game night", "Seniors print"}
    assert page.find("input", attrs={"value": "test-robot"}).has_attr("checked")
    assert "closed" not in page.select_one(".matcher-results").get_text()
    by_slug = matcher(client, index, f"?club={clubs['far'].slug}")
    assert "Drawing robot" in missing(by_slug)


def test_a_closed_club_counts_its_equipment_and_says_it_is_closed(client, index, activities, clubs):
    page = matcher(client, index, f"?club={clubs['closed'].pk}")
    assert "Drawing robot" in ready(page)
    assert "This club has closed" in page.select_one(".matcher-results").get_text()


@pytest.mark.parametrize("club", ["99999999", "no-such-club", "<i>x</i>", "1" * 40])
def test_an_unknown_club_is_ignored_with_a_message(client, index, activities, club):
    response = client.get(index.url + "matcher/", {"club": club})
    page = soup(response)
    assert "<i>x</i>" not in response.content.decode()
    assert "is not a club we know" in page.select_one(".notice--error").get_text()


# Choosing a club by words of its name or town ---------------------------------------------


def offered(page):
    return {link.get_text(strip=True): link["href"] for link in page.select(".matcher-clubs li a")}


def test_the_club_field_is_a_text_field_and_lists_no_clubs(client, index, activities, clubs):
    page = matcher(client, index)
    field = page.find(id="matcher-club")
    assert field.name == "input" and field["name"] == "club" and field.get("value", "") == ""
    assert page.select("select") == [] and page.select("option") == []


def test_a_name_that_matches_one_club_chooses_it(client, index, activities, clubs):
    # Case and diacritics do not matter; the field then shows the club's name.
    page = matcher(client, index, "?club=BARE")
    assert page.select_one(".matcher-clubs") is None
    assert "The equipment of Bare club is ticked (1 item)." in page.select_one(".matcher-results").get_text()
    assert page.find("input", attrs={"value": "test-pen"}).has_attr("checked")
    assert page.find(id="matcher-club")["value"] == "Bare club"


def test_a_name_with_diacritics_is_found_without_them(client, index, activities, clubs, club_index, items):
    ClubPageFactory(parent=club_index, title="Klub w Łodzi", town="Łódź", equipment=[(items["robot"], 1)])
    page = matcher(client, index, "?club=lodz")
    assert page.find("input", attrs={"value": "test-robot"}).has_attr("checked")
    assert page.find(id="matcher-club")["value"] == "Klub w Łodzi"


def test_a_club_s_exact_name_chooses_it_even_when_other_clubs_contain_it(client, index, activities, clubs, club_index):
    ClubPageFactory(parent=club_index, title="Near club annex", town="Elsewhere")
    page = matcher(client, index, "?club=near+club")
    assert page.select_one(".matcher-clubs") is None
    assert "Drawing robot" in ready(page)


def test_a_town_with_several_clubs_offers_them_as_links_that_keep_the_equipment(client, index, activities, clubs):
    page = matcher(client, index, "?club=Nearby&equipment=test-pen")
    assert "2 clubs match “Nearby”: choose yours." in page.select_one(".matcher-clubs").get_text()
    links = offered(page)
    assert set(links) == {"Near club", "Closed club"}
    assert links["Near club"] == f"{index.url}matcher/?club={clubs['near'].pk}&equipment=test-pen"
    lines = {item.a.get_text(strip=True): item.get_text(" ", strip=True) for item in page.select(".matcher-clubs li")}
    assert lines == {"Near club": "Near club (Nearby)", "Closed club": "Closed club (Nearby), closed"}
    # Nothing is chosen until the visitor picks one: only the ticked item counts.
    assert page.find("input", attrs={"value": "test-pen"}).has_attr("checked")
    assert not page.find("input", attrs={"value": "test-robot"}).has_attr("checked")
    assert page.find(id="matcher-club")["value"] == "Nearby"
    chosen = soup(client.get(links["Near club"]))
    assert "The equipment of Near club is ticked" in chosen.select_one(".matcher-results").get_text()


def test_many_matching_clubs_are_offered_ten_at_most(client, index, activities, club_index):
    for number in range(12):
        ClubPageFactory(parent=club_index, title=f"Bigtown club {number:02d}", town="Bigtown")
    page = matcher(client, index, "?club=bigtown")
    text = page.select_one(".matcher-clubs").get_text()
    assert "12 clubs match “bigtown”" in text and "The first 10 are listed" in text
    assert list(offered(page)) == [f"Bigtown club {number:02d}" for number in range(10)]


def test_a_name_that_matches_no_club_says_so_in_the_visitor_s_language(client, index, activities, clubs, settings):
    page = matcher(client, index, "?club=Atlantis")
    assert "“Atlantis” is not a club we know, so it was ignored." in page.select_one(".notice--error").get_text()
    assert page.select_one(".matcher-clubs") is None
    # The index is in the Polish tree: with the real catalogues the message is in Polish.
    settings.LOCALE_PATHS = [settings.BASE_DIR / "locale"]
    polish = matcher(client, index, "?club=Atlantyda").select_one(".notice--error").get_text()
    assert "„Atlantyda” nie jest znanym klubem" in polish


def test_a_club_text_is_escaped_everywhere_it_is_shown(client, index, activities, club_index):
    ClubPageFactory(parent=club_index, title="<b>Bold</b> club", town="Tagtown")
    ClubPageFactory(parent=club_index, title="Plain club", town="Tagtown")
    response = client.get(index.url + "matcher/", {"club": "tagtown <i>"})
    assert "<i>" not in response.content.decode()
    response = client.get(index.url + "matcher/", {"club": "Tagtown"})
    assert "<b>Bold</b>" not in response.content.decode()
    assert "<b>Bold</b> club" in offered(soup(response))


# How many activities a request shows --------------------------------------------------------


@pytest.fixture
def many(index, items, activities):
    """15 more activities that need nothing, and 30 that need only the robot."""
    for number in range(15):
        InspirationPageFactory(parent=index, title=f"Free activity {number:02d}")
    for number in range(30):
        InspirationPageFactory(parent=index, title=f"Robot activity {number:02d}", needs=[(items["robot"], False)])


def test_the_lists_are_capped_and_the_headings_keep_the_totals(client, index, many):
    page = matcher(client, index)
    # Sound map and Family game night need nothing either.
    assert page.select_one("#ready-heading").get_text(strip=True) == "You can run 17 activities"
    assert len(page.select(".matcher-ready .card")) == 12
    assert "Activities 1–12 of 17 are shown." in page.select_one(".matcher-more").get_text()
    # Key ring needs two items; the robot activities and Seniors print one.
    assert page.select_one("#missing-heading").get_text(strip=True) == "31 activities need one item more"
    assert len(page.select(".matcher-missing li")) == 24
    assert "The first 24 are shown." in page.select_one(".matcher-results").get_text()


def test_the_other_activities_one_can_run_are_on_the_next_page(client, index, many):
    first = matcher(client, index, "?equipment=test-pen")
    link = first.select_one(".matcher-more a")
    assert link.get_text(strip=True) == "See more activities you can run"
    assert "page=2" in link["href"] and "equipment=test-pen" in link["href"]
    second = soup(client.get(index.url + "matcher/" + link["href"]))
    cards = {title.get_text(strip=True) for title in second.select(".matcher-ready .card__title")}
    shown_first = {title.get_text(strip=True) for title in first.select(".matcher-ready .card__title")}
    assert len(cards) == 5 and not cards & shown_first
    assert second.select_one(".matcher-more a") is None
    assert "Activities 13–17 of 17 are shown." in second.select_one(".matcher-more").get_text()
    assert second.find("input", attrs={"value": "test-pen"}).has_attr("checked")
    assert second.select_one(".pagination [aria-current=page]").get_text(strip=True) == "Page 2"


def test_a_page_beyond_the_list_shows_the_last_with_a_message(client, index, many):
    page = matcher(client, index, "?page=9")
    assert "There is no page “9”; showing page 2 instead." in page.select_one(".notice--error").get_text()
    assert len(page.select(".matcher-ready .card")) == 5


def test_a_short_list_has_no_paging(client, index, activities):
    page = matcher(client, index, "?equipment=test-laptop")
    assert page.select_one(".matcher-more") is None and page.select_one(".pagination") is None
