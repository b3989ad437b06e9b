"""The event index (upcoming then past, split around now; filters with counts; bad values)
and the event page (dates in the event's zone, place, audiences, organisers, who came)."""

import datetime

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from network.models import EventIndexPage, EventPage
from tests.network.events_helpers import (
    audiences,
    event_at,
    listed_titles,
    local_now,
    network_tree,
    soup,
)
from tests.network.factories import (
    EventPageFactory,
    PartnerIndexPageFactory,
    PartnerPageFactory,
    SchoolIndexPageFactory,
    SchoolPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def interface_in_source_language(settings):
    settings.LOCALE_PATHS = []


@pytest.fixture
def tree(home):
    return network_tree(home)


@pytest.fixture
def terms(locales):
    return audiences(locales["pl"])


@pytest.fixture
def events(tree, terms):
    now = local_now()
    index = tree["events"]
    day = datetime.timedelta(days=1)
    return {
        "soon": event_at(index, now + 2 * day, title="Soon", event_type="workshop", audiences=[terms["test-pupils"]]),
        "later": event_at(index, now + 40 * day, title="Later", event_type="training", audiences=[terms["test-teachers"]]),
        # Started an hour ago, ends in an hour: still listed with the upcoming ones.
        "now": event_at(index, now - datetime.timedelta(hours=1), title="Under way", event_type="exhibition"),
        "yesterday": event_at(index, now - day, title="Yesterday", event_type="workshop", audiences=[terms["test-pupils"]]),
        "long ago": event_at(index, now - 90 * day, title="Long ago", event_type="training"),
    }


def test_page_tree():
    assert EventIndexPage.parent_page_types == ["network.NetworkPage"]
    assert EventPage.parent_page_types == ["network.EventIndexPage"]


def test_upcoming_first_soonest_first_then_past_most_recent_first(client, tree, events):
    response = client.get(tree["events"].url)
    assert response.status_code == 200
    assert listed_titles(response) == ["Under way", "Soon", "Later", "Yesterday", "Long ago"]
    page = soup(response)
    assert page.select_one("#upcoming-events") and page.select_one("#past-events")
    past = page.select_one("ul[aria-labelledby=past-events]")
    assert [a.get_text(strip=True) for a in past.select(".card__title a")] == ["Yesterday", "Long ago"]


def test_the_split_is_made_at_request_time(client, tree, events):
    """An event moves to the past list once it has ended, without any publication."""
    first = tree["events"].listing(_query(""))
    assert "upcoming" in first.records[events["soon"].pk]["when"]
    in_a_week = events["soon"].ends_at + datetime.timedelta(minutes=1)
    later = tree["events"].listing(_query(""), now=in_a_week)
    assert "past" in later.records[events["soon"].pk]["when"]
    assert later.keys.index(events["soon"].pk) > later.keys.index(events["later"].pk)


def test_a_card_shown_as_upcoming_is_shown_as_past_once_the_event_has_ended(client, tree, events, monkeypatch, settings):
    """The cards are kept in the cache, one for each state, so a page rendered after the end
    never shows the upcoming card (whole pages are kept for a short time: not here)."""
    settings.PAGE_CACHE_SECONDS = 0

    def past_titles():
        past = soup(client.get(tree["events"].url)).select_one("ul[aria-labelledby=past-events]")
        return [card.select_one(".card__title a").get_text(strip=True) for card in past.select(".event-card--past")]

    assert "Soon" not in past_titles()
    after_it = events["soon"].ends_at + datetime.timedelta(minutes=1)
    monkeypatch.setattr("django.utils.timezone.now", lambda: after_it)
    assert past_titles()[0] == "Soon"


def _query(text):
    return QueryDict(text)


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("?type=workshop", ["Soon", "Yesterday"]),
        ("?audience=test-pupils", ["Soon", "Yesterday"]),
        ("?audience=test-teachers&type=training", ["Later"]),
        ("?when=past", ["Yesterday", "Long ago"]),
        ("?when=upcoming&type=workshop", ["Soon"]),
    ],
)
def test_filters(client, tree, events, query, titles):
    assert listed_titles(client.get(tree["events"].url + query)) == titles


def test_month_filter_and_counts(client, tree, events):
    month = events["later"].start_date.strftime("%Y-%m")
    response = client.get(tree["events"].url + f"?month={month}")
    assert "Later" in listed_titles(response)
    assert "Long ago" not in listed_titles(response)
    page = soup(response)
    option = page.select_one(f"select[name=month] option[value='{month}']")
    assert option is not None and option.has_attr("selected")
    # Counts say what each type would give within the chosen month.
    types = {o["value"]: o.get_text(" ", strip=True) for o in page.select("select[name=type] option") if o.get("value")}
    assert "training" in types


def test_a_month_without_events_says_so(client, tree, events):
    response = client.get(tree["events"].url + "?month=2099-01")
    assert response.status_code == 200
    assert listed_titles(response) == []
    assert "No event matches" in response.content.decode()


@pytest.mark.parametrize("query", ["?month=2024-13", "?month=٢٠٢٤-٠٣", "?month=<script>alert(1)</script>", "?type=<script>", "?audience=nobody", "?page=999", "?page=abc", "?when=tomorrow"])
def test_bad_values_give_a_message_never_an_error(client, tree, events, query):
    response = client.get(tree["events"].url + query)
    assert response.status_code == 200
    text = response.content.decode()
    assert "<script>alert(1)" not in text and "value=\"<script>" not in text
    assert soup(response).select(".notice--error")
    assert len(listed_titles(response)) == 5


def test_bad_month_message_is_in_the_visitors_language(client, tree, events, settings):
    settings.LOCALE_PATHS = [settings.BASE_DIR / "locale"]
    response = client.get(tree["events"].url + "?month=2024-13")
    message = soup(response).select_one(".notice--error").get_text()
    assert "2024-13" in message
    assert "is not a month" not in message  # said in Polish on the Polish page


def test_pagination_is_bounded(client, tree):
    start = local_now() + datetime.timedelta(days=3)
    for number in range(25):
        event_at(tree["events"], start + datetime.timedelta(days=number), title=f"Bulk {number:02d}")
    first = client.get(tree["events"].url)
    assert len(listed_titles(first)) == 20
    second = client.get(tree["events"].url + "?page=2")
    assert listed_titles(second) == [f"Bulk {number:02d}" for number in range(20, 25)]


def test_event_page_shows_dates_in_the_events_zone(client, tree):
    event = EventPageFactory(
        parent=tree["events"],
        start_date=datetime.date(2027, 3, 14),
        start_time=datetime.time(10, 0),
        end_time=datetime.time(14, 0),
        time_zone="Europe/Bucharest",
    )
    text = soup(client.get(event.url)).select_one(".event-when").get_text()
    assert "2027" in text and "10:00–14:00" in text
    assert "Romanian time, EET" in text
    summer = EventPageFactory(
        parent=tree["events"],
        start_date=datetime.date(2027, 7, 1),
        end_date=datetime.date(2027, 7, 3),
        start_time=datetime.time(9, 0),
        end_time=datetime.time(17, 30),
    )
    text = soup(client.get(summer.url)).select_one(".event-when").get_text()
    assert "09:00 –" in text and ", 17:30" in text and "EEST" in text
    # 09:00 in Bucharest in summer is 06:00 UTC.
    assert summer.starts_at == datetime.datetime(2027, 7, 1, 6, 0, tzinfo=datetime.UTC)


def test_event_page_place_audiences_organisers_and_calendar_link(client, home, tree, terms):
    schools = SchoolIndexPageFactory(parent=tree["network"])
    school = SchoolPageFactory(parent=schools, title="Test high school")
    partners = PartnerIndexPageFactory(parent=tree["network"])
    partner = PartnerPageFactory(parent=partners, title="Test theatre")
    event = event_at(
        tree["events"],
        local_now() + datetime.timedelta(days=5),
        space=tree["space"],
        school=school,
        venue="",
        online_url="https://meet.example.org/room",
        audiences=[terms["test-teachers"]],
        organisers=[partner],
        capacity=25,
        registration_url="https://forms.example.org/register",
        free_entry=True,
    )
    page = soup(client.get(event.url))
    where = page.select_one(".event-where")
    hrefs = [a["href"] for a in where.select("a")]
    assert tree["space"].url in hrefs and school.url in hrefs and "https://meet.example.org/room" in hrefs
    text = page.get_text(" ")
    assert "Test teachers" in text and "25" in text and "Free entry" in text
    assert page.select_one("a[href='https://forms.example.org/register']")
    assert page.select_one(f"a[href='{partner.url}']").get_text() == "Test theatre"
    assert page.select_one(f"a[href='{event.url}ics/']")


def test_past_event_shows_who_came(client, tree):
    event = event_at(tree["events"], local_now() - datetime.timedelta(days=10), pupils=120, teachers=9)
    page = soup(client.get(event.url))
    reach = page.select_one(".event-reach").get_text(" ")
    assert "120" in reach and "9" in reach
    assert page.select_one(".event-ended")
    upcoming = event_at(tree["events"], local_now() + datetime.timedelta(days=10), pupils=5)
    assert not soup(client.get(upcoming.url)).select_one(".event-reach")


def test_draft_and_private_events_are_not_listed(client, tree, events):
    events["soon"].unpublish()
    assert "Soon" not in listed_titles(client.get(tree["events"].url))


def _queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context)


def test_query_counts_do_not_grow_with_events(client, settings, tree, terms, django_assert_max_num_queries):
    settings.PAGE_CACHE_SECONDS = 0
    now = local_now()
    audience_list = list(terms.values())

    def add(start, stop):
        for number in range(start, stop):
            event_at(
                tree["events"],
                now + datetime.timedelta(days=number - stop // 2, hours=number % 7),
                title=f"Bulk event {number:03d}",
                event_type=("workshop", "training", "exhibition")[number % 3],
                space=tree["space"] if number % 2 else None,
                audiences=audience_list[: 1 + number % 2],
            )

    add(0, 20)
    urls = {
        "index": tree["events"].url,
        "filtered": tree["events"].url + "?type=workshop&audience=test-pupils&when=upcoming",
        "page 2": tree["events"].url + "?page=2",
        "space": tree["space"].url,
    }
    small = {name: _queries(client, url) for name, url in urls.items()}
    add(20, 400)
    for name, url in urls.items():
        client.get(url)
        with django_assert_max_num_queries(small[name], info=name):
            client.get(url)


def test_times_and_zone_are_named_in_romanian(client, homes, settings):
    settings.LOCALE_PATHS = [settings.BASE_DIR / "locale"]
    tree = network_tree(homes["ro"])
    event = EventPageFactory(
        parent=tree["events"], start_date=datetime.date(2027, 3, 14), start_time=datetime.time(10), end_time=datetime.time(14)
    )
    text = soup(client.get(event.url)).select_one(".event-when").get_text()
    assert text.lower() == "14 martie 2027, 10:00–14:00 (ora româniei, eet)"


def test_anonymous_visitors_get_pages_at_most_the_page_cache_lifetime_old(client, settings, tree, events):
    """The upcoming/past split is as fresh as the whole-page cache (docs/events-and-spaces.md)."""
    settings.PAGE_CACHE_SECONDS = 300
    response = client.get(tree["events"].url)
    assert "s-maxage=300" in response["Cache-Control"] and "max-age=0" in response["Cache-Control"]
