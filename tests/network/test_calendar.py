"""Calendar files: one .ics per event and the feed of every published event, parsed back
with icalendar; local times kept right across a summer-time change."""

import datetime
import io
import zoneinfo

import icalendar
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from tests.network.events_helpers import network_tree
from tests.network.factories import EventPageFactory

pytestmark = pytest.mark.django_db

BUCHAREST = zoneinfo.ZoneInfo("Europe/Bucharest")


@pytest.fixture
def tree(home):
    return network_tree(home)


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


def vevents(calendar):
    return {str(event["uid"]): event for event in calendar.walk("VEVENT")}


def test_one_event_file(client, tree):
    event = EventPageFactory(
        parent=tree["events"],
        title="Robotics for teachers",
        lead="Build and program a robot.",
        start_date=datetime.date(2027, 3, 14),
        start_time=datetime.time(10, 0),
        end_time=datetime.time(14, 0),
        space=tree["space"],
        venue="",
    )
    calendar = parse(client.get(event.url + "ics/"))
    assert str(calendar["version"]) == "2.0" and calendar["prodid"]
    (component,) = calendar.walk("VEVENT")
    assert str(component["summary"]) == "Robotics for teachers"
    assert str(component["description"]).startswith("Build and program a robot.")
    assert str(component["location"]) == "Test workshop room"
    assert str(component["url"]) == event.get_full_url()
    assert str(component["uid"]) == f"network-event-{event.pk}@kluby"
    assert component["dtstamp"].dt.tzinfo is not None
    start, end = component.decoded("dtstart"), component.decoded("dtend")
    assert start == datetime.datetime(2027, 3, 14, 10, 0, tzinfo=BUCHAREST)
    assert end - start == datetime.timedelta(hours=4)
    # The zone is named and described, so calendars need no outside knowledge of it.
    assert component["dtstart"].params["TZID"] == "Europe/Bucharest"
    assert [str(zone["tzid"]) for zone in calendar.walk("VTIMEZONE")] == ["Europe/Bucharest"]


def test_times_are_right_across_a_summer_time_change(client, tree):
    # Romania moves its clocks forward on 28 March 2027 (EET, UTC+2 -> EEST, UTC+3).
    winter = EventPageFactory(parent=tree["events"], start_date=datetime.date(2027, 3, 27), start_time=datetime.time(10, 0), end_time=datetime.time(12, 0))
    summer = EventPageFactory(parent=tree["events"], start_date=datetime.date(2027, 3, 29), start_time=datetime.time(10, 0), end_time=datetime.time(12, 0))
    across = EventPageFactory(
        parent=tree["events"],
        start_date=datetime.date(2027, 3, 27),
        end_date=datetime.date(2027, 3, 29),
        start_time=datetime.time(9, 0),
        end_time=datetime.time(17, 0),
    )
    events = vevents(parse(client.get("/open-data/events.ics")))
    in_utc = {pk: events[f"network-event-{pk}@kluby"].decoded("dtstart").astimezone(datetime.UTC) for pk in (winter.pk, summer.pk)}
    assert in_utc[winter.pk] == datetime.datetime(2027, 3, 27, 8, 0, tzinfo=datetime.UTC)
    assert in_utc[summer.pk] == datetime.datetime(2027, 3, 29, 7, 0, tzinfo=datetime.UTC)
    long_one = events[f"network-event-{across.pk}@kluby"]
    # 9:00 EET to 17:00 EEST: 56 hours less the hour the clocks skip.
    assert long_one.decoded("dtend").astimezone(datetime.UTC) - long_one.decoded("dtstart").astimezone(datetime.UTC) == datetime.timedelta(hours=55)
    assert (long_one.decoded("dtend").astimezone(datetime.UTC)) == datetime.datetime(2027, 3, 29, 14, 0, tzinfo=datetime.UTC)
    assert across.ends_at == datetime.datetime(2027, 3, 29, 14, 0, tzinfo=datetime.UTC)


def test_the_feed_holds_every_published_public_event_in_every_language(client, tree, homes):
    live = EventPageFactory(parent=tree["events"], title="Live one")
    draft = EventPageFactory(parent=tree["events"], title="Draft one", live=False)
    ro_tree = network_tree(homes["ro"])
    romanian = EventPageFactory(parent=ro_tree["events"], title="Atelier")
    events = vevents(parse(client.get("/open-data/events.ics")))
    assert f"network-event-{live.pk}@kluby" in events
    assert f"network-event-{romanian.pk}@kluby" in events
    assert f"network-event-{draft.pk}@kluby" not in events
    assert events[f"network-event-{romanian.pk}@kluby"]["summary"].params["LANGUAGE"] == "ro"
    only_ro = vevents(parse(client.get("/open-data/events.ics?language=ro")))
    assert list(only_ro) == [f"network-event-{romanian.pk}@kluby"]
    # An unknown language is ignored rather than refused.
    assert len(vevents(parse(client.get("/open-data/events.ics?language=xx")))) == 2


def test_private_events_stay_out_of_the_feed(client, tree):
    private = EventPageFactory(parent=tree["events"], title="Private one")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret")
    events = vevents(parse(client.get("/open-data/events.ics")))
    assert f"network-event-{private.pk}@kluby" not in events


def test_the_feed_is_listed_on_the_open_data_page(client, tree):
    response = client.get("/pl/open-data/")
    assert response.status_code == 200
    assert "/open-data/events.ics" in response.content.decode()


def feed_queries(client):
    client.get("/open-data/events.ics")
    with CaptureQueriesContext(connection) as context:
        response = client.get("/open-data/events.ics")
    assert response.status_code == 200
    return len(context)


def test_the_feed_query_count_does_not_grow(client, settings, tree, django_assert_max_num_queries):
    settings.PAGE_CACHE_SECONDS = 0
    for number in range(5):
        EventPageFactory(parent=tree["events"], title=f"Small {number}", space=tree["space"])
    small = feed_queries(client)
    for number in range(60):
        EventPageFactory(parent=tree["events"], title=f"More {number}", space=tree["space"])
    client.get("/open-data/events.ics")
    with django_assert_max_num_queries(small):
        client.get("/open-data/events.ics")


def test_the_time_zone_is_read_right_by_a_reader_of_yearly_rules(client, tree):
    """dateutil's VTIMEZONE reader (the one vobject uses) follows RRULEs only: the zone's
    summer and winter offsets come out right for every year of the feed."""
    from dateutil import tz

    for day in (datetime.date(2027, 1, 10), datetime.date(2031, 7, 1)):
        EventPageFactory(parent=tree["events"], start_date=day, start_time=datetime.time(10, 0), end_time=datetime.time(12, 0))
    feed = client.get("/open-data/events.ics").content.decode()
    zone_text = feed[feed.index("BEGIN:VTIMEZONE") : feed.index("END:VTIMEZONE") + len("END:VTIMEZONE")]
    assert "RRULE:FREQ=YEARLY" in zone_text
    zone = tz.tzical(io.StringIO(zone_text)).get("Europe/Bucharest")
    for year in (2027, 2031):
        assert datetime.datetime(year, 6, 30, 14, 0, tzinfo=zone).utcoffset() == datetime.timedelta(hours=3)
        assert datetime.datetime(year, 1, 15, 14, 0, tzinfo=zone).utcoffset() == datetime.timedelta(hours=2)
    # Around the change in March 2027 (the 28th, at 03:00 local time).
    assert datetime.datetime(2027, 3, 28, 2, 30, tzinfo=zone).utcoffset() == datetime.timedelta(hours=2)
    assert datetime.datetime(2027, 3, 28, 4, 30, tzinfo=zone).utcoffset() == datetime.timedelta(hours=3)
