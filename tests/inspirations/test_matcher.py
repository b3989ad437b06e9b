"""The equipment matcher: required against optional equipment, activities missing exactly
one item, unknown slugs, an empty selection, choosing a club (a closed one too)."""

import pytest

from .conftest import soup

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
