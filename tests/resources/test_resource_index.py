"""The resource index: filters alone and combined, counts per value, pagination, bad values."""

import re
from urllib.parse import parse_qsl, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from resources.models import RESOURCES_PER_PAGE

pytestmark = pytest.mark.django_db


@pytest.fixture
def stocked_index(resource_index, make_resource):
    """Five resources whose categories, audiences, types and tags overlap in known ways."""
    make_resource(resource_index, "Alpha makerspace", "concepts", "article", ["librarians"], ["makerspace"])
    make_resource(resource_index, "Bravo printing", "equipping-a-space", "guide", ["librarians", "teachers"], ["3d printing", "makerspace"])
    make_resource(resource_index, "Charlie checklist", "equipping-a-space", "checklist", ["coordinators"], ["safety"])
    make_resource(resource_index, "Delta lesson", "activities", "lesson-plan", ["teachers"], ["3d printing"])
    make_resource(resource_index, "Echo models", "organisational-models", "guide", ["librarians"], [])
    return resource_index


def titles(response):
    page = BeautifulSoup(response.content, "html.parser")
    return [title.get_text(strip=True) for title in page.select(".listing-results .card__title")]


def option_count(response, facet, value):
    """The count shown beside a value of a filter, or None when the value is not offered."""
    select = BeautifulSoup(response.content, "html.parser").select_one(f"select#filter-{facet}")
    option = select.find("option", value=value)
    if option is None:
        return None
    return int(re.search(r"\((\d+)\)$", option.get_text(strip=True)).group(1))


def test_without_filters_every_resource_is_listed_alphabetically(client, stocked_index):
    response = client.get(stocked_index.url)
    assert response.status_code == 200
    assert titles(response) == ["Alpha makerspace", "Bravo printing", "Charlie checklist", "Delta lesson", "Echo models"]
    assert "5 resources" in response.content.decode()


@pytest.mark.parametrize(
    "query, expected",
    [
        ("category=equipping-a-space", ["Bravo printing", "Charlie checklist"]),
        ("audience=teachers", ["Bravo printing", "Delta lesson"]),
        ("type=guide", ["Bravo printing", "Echo models"]),
        ("tag=3d-printing", ["Bravo printing", "Delta lesson"]),
        ("q=checklist", ["Charlie checklist"]),
    ],
)
def test_each_filter_alone_narrows_the_list(client, stocked_index, query, expected):
    assert titles(client.get(f"{stocked_index.url}?{query}")) == expected


def test_filters_combine(client, stocked_index):
    response = client.get(f"{stocked_index.url}?category=equipping-a-space&audience=librarians&tag=makerspace&type=guide")
    assert titles(response) == ["Bravo printing"]
    response = client.get(f"{stocked_index.url}?audience=teachers&type=lesson-plan")
    assert titles(response) == ["Delta lesson"]


def test_each_value_is_counted_against_the_other_active_filters(client, stocked_index):
    response = client.get(f"{stocked_index.url}?audience=librarians")
    # Librarians: Alpha (concepts), Bravo (equipping), Echo (models).
    assert option_count(response, "category", "equipping-a-space") == 1
    assert option_count(response, "category", "concepts") == 1
    assert option_count(response, "category", "activities") == 0
    assert option_count(response, "type", "guide") == 2
    # The audience's own counts ignore the audience filter, so other choices stay visible.
    assert option_count(response, "audience", "teachers") == 2
    assert option_count(response, "audience", "librarians") == 3


def test_tags_without_results_are_not_offered(client, stocked_index):
    response = client.get(f"{stocked_index.url}?category=activities")
    assert option_count(response, "tag", "3d-printing") == 1
    assert option_count(response, "tag", "safety") is None


def test_the_form_keeps_the_chosen_values_and_the_url_is_shareable(client, stocked_index):
    url = f"{stocked_index.url}?category=equipping-a-space&q=printing"
    html = client.get(url).content.decode()
    assert '<option value="equipping-a-space" selected>' in html
    assert 'name="q" value="printing"' in html
    # The same address gives the same result to anyone.
    assert titles(client.get(url)) == ["Bravo printing"]


def test_an_active_filter_can_be_removed_on_its_own(client, stocked_index):
    response = client.get(f"{stocked_index.url}?category=equipping-a-space&type=guide")
    links = {
        link.get_text(" ", strip=True).removeprefix("Remove filter ").rstrip(" ×"): link["href"]
        for link in BeautifulSoup(response.content, "html.parser").select(".active-filters a")
    }
    assert urlsplit(links["Category: Equipping a space"]).path == stocked_index.url
    assert parse_qsl(urlsplit(links["Category: Equipping a space"]).query) == [("type", "guide")]
    assert parse_qsl(urlsplit(links["Type: Guide"]).query) == [("category", "equipping-a-space")]


def test_an_empty_result_says_what_to_change(client, stocked_index):
    response = client.get(f"{stocked_index.url}?category=concepts&type=checklist")
    html = response.content.decode()
    assert titles(response) == []
    assert "No resource matches all of these filters." in html
    assert "Remove “Category: Concepts”" in html
    assert "Remove “Type: Checklist”" in html
    assert "clear all filters" in html


@pytest.mark.parametrize(
    "query, shown_value",
    [
        ("category=no-such-category", "no-such-category"),
        ("audience=%00%00", None),
        ("type=" + "x" * 10_000, "x" * 60 + "…"),
        ("tag=%3Cscript%3Ealert(1)%3C/script%3E", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ],
)
def test_unknown_or_malformed_values_are_ignored_with_a_message(client, stocked_index, query, shown_value):
    response = client.get(f"{stocked_index.url}?{query}")
    html = response.content.decode()
    assert response.status_code == 200
    assert len(titles(response)) == 5
    if shown_value is not None:
        assert f"“{shown_value}” is not a known value for" in html
        assert "so that filter was ignored" in html
    assert "<script>alert" not in html


@pytest.mark.parametrize("text", ["%22", "NEAR(", "a%20AND", "*", "%27%3B--", "%F0%9F%98%80"])
def test_search_syntax_in_the_text_is_taken_literally(client, stocked_index, text):
    response = client.get(f"{stocked_index.url}?q={text}")
    assert response.status_code == 200
    assert "No resource matches all of these filters." in response.content.decode()


def test_the_text_search_needs_every_word(client, stocked_index):
    assert titles(client.get(f"{stocked_index.url}?q=Bravo%20printing")) == ["Bravo printing"]
    assert titles(client.get(f"{stocked_index.url}?q=BRAVO%20OR%20alpha")) == []


def test_nul_bytes_and_very_long_text_do_not_break_the_search(client, stocked_index):
    response = client.get(f"{stocked_index.url}?q=check%00list")
    assert response.status_code == 200
    response = client.get(f"{stocked_index.url}?q=" + "a" * 10_000)
    assert response.status_code == 200
    assert "only its first 200 characters were used" in response.content.decode()


@pytest.fixture
def long_index(resource_index, make_resource):
    for number in range(RESOURCES_PER_PAGE * 2 + 3):
        make_resource(resource_index, f"Item {number:03d}", words=10)
    return resource_index


def test_pagination_splits_the_results(client, long_index):
    first = titles(client.get(long_index.url))
    third = titles(client.get(f"{long_index.url}?page=3"))
    assert len(first) == RESOURCES_PER_PAGE and first[0] == "Item 000"
    assert third == ["Item 024", "Item 025", "Item 026"]
    html = client.get(f"{long_index.url}?page=2&category=concepts").content.decode()
    assert 'href="?page=3&amp;category=concepts"' in html or 'href="?category=concepts&amp;page=3"' in html


@pytest.mark.parametrize(
    "page, expected_first, shown",
    [("0", "Item 000", "0"), ("-1", "Item 000", "-1"), ("abc", "Item 000", "abc"), ("99", "Item 024", "99"), ("%00", "Item 000", None), ("9" * 5000, "Item 000", None)],
)
def test_impossible_page_numbers_fall_back_with_a_message(client, long_index, page, expected_first, shown):
    response = client.get(f"{long_index.url}?page={page}")
    assert response.status_code == 200
    assert titles(response)[0] == expected_first
    html = response.content.decode()
    assert "There is no page" in html
    if shown:
        assert f"There is no page “{shown}”" in html


def count_queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_the_number_of_queries_does_not_grow_with_the_number_of_resources(
    client, resource_index, make_resource, django_assert_max_num_queries
):
    for number in range(10):
        make_resource(resource_index, f"Small {number}", audiences=["librarians"], tags=[f"tag {number}"], words=20)
    url = f"{resource_index.url}?audience=librarians"
    client.get(url)  # renditions are created on the first view
    small = count_queries(client, url)
    assert small <= 15
    for number in range(190):
        make_resource(resource_index, f"Large {number}", audiences=["librarians"], tags=[f"tag {number}"], words=20)
    client.get(url)
    with django_assert_max_num_queries(small):
        client.get(url)
    with django_assert_max_num_queries(small):
        client.get(f"{url}&page=9")


def test_only_values_that_the_index_has_are_offered(client, stocked_index):
    response = client.get(stocked_index.url)
    assert option_count(response, "category", "concepts") == 1
    assert option_count(response, "category", "teaching-and-curriculum") is None
    assert option_count(response, "audience", "parents") is None
    assert option_count(response, "type", "video") is None
    assert option_count(response, "type", "guide") == 2
