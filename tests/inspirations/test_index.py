"""The inspirations index: every facet alone and combined, with counts; text search; the
three orders; bad values on every parameter give a message, never an error."""

import datetime

import pytest
from django.utils import timezone

from .conftest import soup, titles

pytestmark = pytest.mark.django_db


def listing(client, index, query=""):
    return soup(client.get(index.url + query))


def count_of(page_soup, facet, value):
    label = page_soup.find("label", attrs={"for": f"filter-{facet}-{value}"})
    if label is None:  # a single-value facet is a select
        option = page_soup.select_one(f"select[name={facet}] option[value='{value}']")
        return int(option.get_text().rsplit("(", 1)[1].rstrip(")"))
    return int(label.get_text().rsplit("(", 1)[1].rstrip(")"))


def test_the_index_lists_every_activity(client, index, activities):
    page = listing(client, index)
    assert set(titles(page)) == {"Key ring", "Sound map", "Drawing robot", "Family game night", "Seniors print"}
    assert page.select_one("#results-heading").get_text(strip=True) == "5 activities"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?age=children-9-12", {"Key ring", "Drawing robot", "Family game night"}),
        ("?age=families", {"Family game night"}),
        ("?age=seniors", {"Seniors print", "Family game night"}),
        ("?age=preschool-3-6", {"Sound map", "Family game night"}),
        ("?duration=up-to-45", set()),
        ("?duration=45-90", {"Sound map", "Family game night"}),
        ("?duration=90-180", {"Key ring", "Drawing robot"}),
        ("?duration=over-180", {"Seniors print"}),
        ("?difficulty=medium&difficulty=advanced", {"Drawing robot", "Seniors print"}),
        ("?steam=arts", {"Key ring", "Sound map"}),
        ("?steam=arts&steam=engineering", {"Key ring", "Sound map", "Seniors print"}),
        ("?equipment=test-printer", {"Key ring", "Seniors print"}),
        ("?equipment=test-printer&equipment=test-pen", {"Key ring"}),
        ("?equipment=test-laptop", {"Key ring", "Drawing robot", "Family game night"}),
        ("?cost=none", {"Sound map"}),
        ("?q=robot", {"Drawing robot"}),
    ],
)
def test_each_facet_alone(client, index, activities, query, expected):
    assert set(titles(listing(client, index, query))) == expected


def test_facets_combine_and_count_with_the_other_filters_kept(client, index, activities):
    page = listing(client, index, "?age=children-9-12&steam=technology")
    assert set(titles(page)) == {"Key ring", "Drawing robot"}
    # What each choice would give with the other filters kept.
    assert count_of(page, "difficulty", "easy") == 1
    assert count_of(page, "difficulty", "medium") == 1
    assert count_of(page, "cost", "low") == 2
    assert count_of(page, "duration", "90-180") == 2
    assert count_of(page, "duration", "45-90") == 0
    # Within the age filter's own options, counts set the age choice aside.
    assert count_of(page, "age", "seniors") == 0
    assert count_of(page, "steam", "mathematics") == 2
    page = listing(client, index, "?age=children-9-12&steam=technology&difficulty=medium&cost=low&duration=90-180")
    assert titles(page) == ["Drawing robot"]


def test_orders(client, index, activities):
    newest = activities["robots"]
    type(newest).objects.filter(pk=newest.pk).update(first_published_at=timezone.now() + datetime.timedelta(days=2))
    assert titles(listing(client, index))[0] == "Drawing robot"
    assert titles(listing(client, index, "?sort=shortest"))[:2] == ["Sound map", "Family game night"]
    assert titles(listing(client, index, "?sort=easiest"))[-1] == "Seniors print"


def test_the_filters_are_a_form_without_javascript_and_links_are_shareable(client, index, activities):
    page = listing(client, index, "?steam=arts&sort=shortest")
    form = page.find("form", class_="filter-form")
    assert form["method"] == "get" and form["action"] == index.url
    removal = [link["href"] for link in page.select(".active-filters a")]
    assert removal == [index.url + "?sort=shortest"]


@pytest.mark.parametrize(
    "query",
    [
        "?age=<script>alert(1)</script>",
        "?duration=forever",
        "?difficulty=%00hard",
        "?steam=poetry",
        "?equipment=no-such-item",
        "?cost=free",
        "?sort=random",
        "?page=999",
        "?page=-1",
        "?q=" + "x" * 500,
    ],
)
def test_bad_values_give_an_escaped_message_not_an_error(client, index, activities, query):
    response = client.get(index.url + query)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    messages = soup(response).select(".notice--error")
    assert messages, query
