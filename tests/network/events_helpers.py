"""Pages the event and space tests build on: a network with its event index, and the Qub
with a space, under a home page; and shortcuts to read what a visitor sees."""

import datetime
import zoneinfo

from bs4 import BeautifulSoup

from tests.network.factories import (
    AudienceFactory,
    EventIndexPageFactory,
    EventPageFactory,
    NetworkIndexPageFactory,
    NetworkPageFactory,
    QubPageFactory,
    SpacePageFactory,
)

BUCHAREST = zoneinfo.ZoneInfo("Europe/Bucharest")


def network_tree(home):
    """{"networks", "network", "events", "qub", "space"}: the pages events and spaces live under."""
    networks = NetworkIndexPageFactory(parent=home, slug="test-networks")
    network = NetworkPageFactory(parent=networks, title="Test Cluj network", slug="test-cluj")
    events = EventIndexPageFactory(parent=network, title="Test events", slug="test-events")
    qub = QubPageFactory(parent=networks, slug="test-qub")
    space = SpacePageFactory(parent=qub, title="Test workshop room", slug="test-workshop-room", capacity=30)
    return {"networks": networks, "network": network, "events": events, "qub": qub, "space": space}


def audiences(locale):
    return {
        slug: AudienceFactory(locale=locale, slug=slug, name=name, sort_order=order)
        for order, (slug, name) in enumerate((("test-pupils", "Test pupils"), ("test-teachers", "Test teachers")))
    }


def local_now():
    return datetime.datetime.now(BUCHAREST)


def event_at(index, start, hours=2, **fields):
    """An event starting at the aware datetime `start` (in Bucharest) lasting `hours`."""
    start = start.astimezone(BUCHAREST)
    end = start + datetime.timedelta(hours=hours)
    return EventPageFactory(
        parent=index,
        start_date=start.date(),
        start_time=start.time().replace(second=0, microsecond=0),
        end_date=end.date() if end.date() != start.date() else None,
        end_time=end.time().replace(second=0, microsecond=0),
        **fields,
    )


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def listed_titles(response):
    """The titles of the event cards, in order."""
    return [link.get_text(strip=True) for link in soup(response).select(".event-card .card__title a")]
