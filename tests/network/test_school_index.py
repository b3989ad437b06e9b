"""The school index: filters alone and combined with their counts, text search, bad values
answered with a message (never an error), and the map's data following the list."""

import json
from urllib.parse import parse_qsl, urlsplit

import pytest

from tests.network.conftest import soup

pytestmark = pytest.mark.django_db


def listed(page):
    return [link.get_text(strip=True) for link in page.select(".card__title a")]


def counts(page, name):
    """{value: count} of a filter's choices, read from the labels ("Label (N)")."""
    found = {}
    for option in page.select(f"select[name={name}] option"):
        if option.get("value"):
            found[option["value"]] = option.get_text(strip=True)
    for box in page.select(f"input[name={name}]"):
        label = page.find("label", attrs={"for": box["id"]})
        found[box["value"]] = label.get_text(" ", strip=True)
    return found


def test_every_school_is_listed_in_title_order(client, school_index, schools):
    page = soup(client.get(school_index.url))
    assert listed(page) == sorted(schools)
    assert "5 schools" in page.select_one(".results-count").get_text()


@pytest.mark.parametrize(
    "query, expected",
    [
        ("level=high-school", ["Beta high school", "Delta high school"]),
        ("status=joining", ["Gamma primary"]),
        ("theme=test-arts", ["Alpha lower secondary", "Delta high school"]),
        ("county=test-bihor", ["Epsilon vocational"]),
        ("town=Turda", ["Gamma primary"]),
        ("q=beta", ["Beta high school"]),
        ("q=Oradea", ["Epsilon vocational"]),
    ],
)
def test_each_filter_alone(client, school_index, schools, query, expected):
    assert listed(soup(client.get(f"{school_index.url}?{query}"))) == expected


def test_filters_combined_and_their_counts(client, school_index, schools):
    page = soup(client.get(f"{school_index.url}?level=high-school&theme=test-steam"))
    assert listed(page) == ["Beta high school"]
    # A level's count keeps the theme chosen; a theme's count keeps the level chosen.
    levels = counts(page, "level")
    assert "(1)" in levels["high-school"] and "(1)" in levels["lower-secondary"] and "(0)" in levels["primary"]
    themes = counts(page, "theme")
    assert "(1)" in themes["test-steam"] and "(1)" in themes["test-arts"]


def test_several_levels_match_any_of_them(client, school_index, schools):
    page = soup(client.get(f"{school_index.url}?level=primary&level=vocational"))
    assert listed(page) == ["Epsilon vocational", "Gamma primary"]


@pytest.mark.parametrize(
    "query",
    ["level=university", "theme=%3Cscript%3Ealert(1)%3C/script%3E", "county=nowhere", "page=abc", "page=999", "status=x" * 40, "q=" + "a" * 500],
)
def test_bad_values_give_a_message_not_an_error(client, school_index, schools, query):
    response = client.get(f"{school_index.url}?{query}")
    assert response.status_code == 200
    page = soup(response)
    assert page.select(".notice--error"), query
    assert b"<script>alert" not in response.content
    if not query.startswith("q="):  # the rest of the list is still there
        assert listed(page)


def test_no_result_says_so_and_offers_to_remove_filters(client, school_index, schools):
    page = soup(client.get(f"{school_index.url}?level=vocational&theme=test-steam"))
    assert not listed(page)
    assert "No school matches" in page.select_one(".empty-results").get_text()


def test_the_map_shows_the_schools_the_list_shows(client, school_index, schools):
    page = soup(client.get(f"{school_index.url}?level=high-school"))
    url = page.select_one("[data-map]")["data-geojson"]
    assert ("level", "high-school") in parse_qsl(urlsplit(url).query)
    data = json.loads(client.get(url).content)
    assert sorted(feature["properties"]["name"] for feature in data["features"]) == ["Beta high school", "Delta high school"]
