"""The club index: each filter alone and combined, with counts; closed clubs; bad values."""

from urllib.parse import parse_qsl, urlsplit

import pytest
from bs4 import BeautifulSoup

from tests.clubs.factories import ClubPageFactory

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def listed(response):
    """Titles of the clubs in the list, in order."""
    return [title.get_text(strip=True) for title in soup(response).select(".club-list .card__title")]


def removal_links(response):
    """{text of a filter in use: the query it links to (the same filters without it)}."""
    return {
        link.get_text(" ", strip=True).removeprefix("Remove filter ").rstrip(" ×"): parse_qsl(urlsplit(link["href"]).query)
        for link in soup(response).select(".active-filters a")
    }


def get(client, index, query=""):
    response = client.get(index.url + query)
    assert response.status_code == 200
    return response


def option_label(response, kind, value):
    """The visible label of a filter choice: a <select> option or a checkbox."""
    form = soup(response).select_one("form.filter-form")
    if kind == "select":
        choice = form.find("option", value=value)
    else:
        box = form.find("input", type="checkbox", value=value)
        choice = form.find("label", attrs={"for": box["id"]}) if box else None
    assert choice is not None, f"no choice {value}"
    return choice.get_text(strip=True)


def test_default_list_leaves_closed_clubs_out_and_says_so(client, club_index, clubs):
    response = get(client, club_index)
    assert listed(response) == ["Alpha club", "Bravo club", "Charlie club", "Echo club"]
    page = soup(response)
    assert page.select_one("#club-results-heading").get_text(strip=True) == "4 clubs"
    hidden = page.select_one(".listing-hidden")
    assert "1 closed club is not listed." in hidden.get_text()
    assert parse_qsl(urlsplit(hidden.a["href"]).query) == [("status", "closed")]


def test_closed_clubs_are_listed_when_asked_for_and_marked(client, club_index, clubs):
    response = get(client, club_index, "?status=closed")
    assert listed(response) == ["Delta club"]
    assert soup(response).select_one(".club-badge--closed").get_text(strip=True) == "Closed"


def test_closed_club_stays_reachable_and_says_it_closed(client, clubs):
    response = client.get(clubs["delta"].url)
    assert response.status_code == 200
    assert "This club has closed." in response.content.decode()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?region=test-north", ["Alpha club", "Bravo club"]),
        ("?region=test-south", ["Charlie club", "Echo club"]),
        ("?model=makerspace", ["Alpha club", "Charlie club"]),
        ("?audience=teens-13-17", ["Alpha club", "Bravo club"]),
        ("?audience=seniors", ["Charlie club"]),
        ("?edition=pilot-2018", ["Alpha club"]),
        ("?edition=edition-2021", ["Echo club"]),
        ("?status=paused", ["Charlie club"]),
        ("?status=active&status=planned", ["Alpha club", "Bravo club", "Echo club"]),
        ("?equipment=test-robot", ["Charlie club", "Echo club"]),
    ],
)
def test_each_filter_alone(client, club_index, clubs, query, expected):
    assert listed(get(client, club_index, query)) == expected


def test_equipment_filter_needs_every_chosen_item(client, club_index, clubs):
    assert listed(get(client, club_index, "?equipment=test-printer")) == ["Alpha club", "Bravo club"]
    both = get(client, club_index, "?equipment=test-printer&equipment=test-laptop")
    assert listed(both) == ["Alpha club"]
    # Delta has both too, but it is closed: listed only when closed clubs are asked for.
    with_closed = get(client, club_index, "?equipment=test-printer&equipment=test-laptop&status=closed")
    assert listed(with_closed) == ["Delta club"]


def test_filters_combine(client, club_index, clubs):
    assert listed(get(client, club_index, "?region=test-south&model=makerspace")) == ["Charlie club"]
    assert listed(get(client, club_index, "?region=test-north&audience=teens-13-17&equipment=test-laptop")) == [
        "Alpha club"
    ]
    assert listed(get(client, club_index, "?region=test-north&model=mobile")) == []


def test_counts_follow_the_other_filters(client, club_index, clubs):
    unfiltered = get(client, club_index)
    assert option_label(unfiltered, "select", "test-north") == "Test North (2)"
    # Delta is closed and so not counted by default.
    assert option_label(unfiltered, "select", "test-south") == "Test South (2)"
    assert option_label(unfiltered, "select", "makerspace") == "Makerspace (2)"

    in_north = get(client, club_index, "?region=test-north")
    assert option_label(in_north, "select", "makerspace") == "Makerspace (1)"
    assert option_label(in_north, "select", "media-lab") == "Media lab (1)"
    # A region's own count ignores the region chosen, so the visitor can switch regions.
    assert option_label(in_north, "select", "test-south") == "Test South (2)"
    # Equipment counts are within the current results: adding an item narrows them.
    assert option_label(in_north, "checkbox", "test-laptop") == "Test laptop (1)"
    assert option_label(in_north, "checkbox", "test-robot") == "Test robot (0)"
    # Status counts include the closed club, so that the visitor sees it exists.
    assert option_label(unfiltered, "checkbox", "closed") == "Closed (1)"


def test_form_keeps_the_choice_and_shares_it_in_the_url(client, club_index, clubs):
    response = get(client, club_index, "?region=test-north&equipment=test-printer")
    form = soup(response).select_one("form.filter-form")
    assert form["method"] == "get"
    assert form.find("option", value="test-north").has_attr("selected")
    assert form.find("input", attrs={"name": "equipment", "value": "test-printer"}).has_attr("checked")
    # Each filter in use can be removed on its own.
    assert removal_links(response) == {
        "Region: Test North": [("equipment", "test-printer")],
        "Equipment (clubs with all of the chosen items): Test printer": [("region", "test-north")],
    }


def test_bad_filter_values_show_a_message_and_are_ignored(client, club_index, clubs):
    response = get(
        client,
        club_index,
        "?region=atlantis&model=%3Cscript%3E&equipment=test-printer&equipment=no-such-thing&page=x&status=",
    )
    messages = [message.get_text() for message in soup(response).select("main .notice--error")]
    assert any("“atlantis” is not a known value for “Region”" in message for message in messages)
    assert any("“<script>”" in message for message in messages)  # shown as text
    assert soup(response).select("main script") == []
    assert "<script>" not in response.content.decode().split("<main", 1)[1].split("</main>")[0]
    # The valid part of the request still applies.
    assert listed(response) == ["Alpha club", "Bravo club"]


@pytest.mark.parametrize(
    "query",
    ["?page=999", "?page=-1", "?region=" + "x" * 5000, "?equipment=%00", "?status=closed&status=closed"],
)
def test_odd_queries_never_fail(client, club_index, clubs, query):
    assert client.get(club_index.url + query).status_code == 200


def test_empty_result_says_what_to_change(client, club_index, clubs):
    empty = soup(get(client, club_index, "?region=test-north&model=mobile")).select_one(".empty-results")
    assert "No club matches all of these filters." in empty.get_text()
    removals = {link.get_text(strip=True): parse_qsl(urlsplit(link["href"]).query) for link in empty.select("li a")}
    assert removals["Remove “Region: Test North”"] == [("model", "mobile")]


def test_pagination_keeps_the_filters(client, club_index, regions):
    for number in range(15):
        ClubPageFactory(parent=club_index, title=f"Club {number:02d}", region=regions["test-north"])
    first = get(client, club_index, "?region=test-north")
    assert len(listed(first)) == 12
    next_link = soup(first).select_one(".pagination a[rel=next]")
    assert parse_qsl(urlsplit(next_link["href"]).query) == [("region", "test-north"), ("page", "2")]
    second = get(client, club_index, "?region=test-north&page=2")
    assert listed(second) == ["Club 12", "Club 13", "Club 14"]


def test_unpublished_clubs_are_not_listed(client, club_index, regions):
    ClubPageFactory(parent=club_index, title="Draft club", region=regions["test-north"], live=False)
    assert "Draft club" not in listed(get(client, club_index))


def test_map_reads_the_geojson_of_the_listed_clubs(client, club_index, clubs):
    page = soup(get(client, club_index, "?region=test-north"))
    url = urlsplit(page.select_one("[data-geojson]")["data-geojson"])
    assert url.path == "/open-data/clubs.geojson"
    query = parse_qsl(url.query)
    assert ("language", "pl") in query and ("region", "test-north") in query
    # The map shows what the list shows: the statuses listed by default, not the closed one.
    assert {value for name, value in query if name == "status"} == {"planned", "active", "paused"}
    assert {script["src"] for script in page.select("script[src]")} >= {"/static/vendor/leaflet/leaflet.js", "/static/js/map.js"}
    # The map has a text alternative: the list.
    assert page.select_one("[data-map]")["aria-describedby"] == "club-list-note"
    assert page.select_one("#club-list-note")


@pytest.mark.demo
def test_demo_index_renders_in_polish_and_english(client, homes):
    from clubs.models import ClubIndexPage

    for code in ("pl", "en"):
        index = ClubIndexPage.objects.get(locale__language_code=code)
        response = client.get(index.url)
        assert response.status_code == 200
        assert len(listed(response)) == 12
    english = client.get(ClubIndexPage.objects.get(locale__language_code="en").url).content.decode()
    assert "Creativity Club in Białystok" in english  # English titles, first in English order
