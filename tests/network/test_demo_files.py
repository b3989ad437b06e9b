"""The network's demo files as the loader reads them (no database): Romanian first, facts in
the source file, milestones alike in every language, dates relative to the load day."""

import datetime

import pytest

from kluby.demo.locations import ContentError
from network.demo import loader


@pytest.fixture(scope="module")
def content():
    return loader.read()


def test_network_pages_are_written_in_romanian_first(content):
    assert content.pages["retea"]["cluj"].source.language == "ro"
    assert content.pages["retea"]["cluj"].facts["region"] == "Cluj"
    assert content.pages["impact"]["learning-qub"].languages == ["ro", "pl", "en"]
    # The clubs' dashboard has no Romanian version: Polish is its source.
    assert content.pages["impact"]["kluby-kreatywnosci"].source.language == "pl"


def test_the_demo_has_what_the_network_needs(content):
    records = content.records
    assert len(records["schools"]) == 35
    assert len(records["partners"]) >= 15
    assert len(records["collaborations"]) >= 10
    assert len(records["events"]) >= 20
    assert {space["kind"] for space in records["spaces"].values()} == {"education", "exhibition", "co-creation", "networking"}
    assert set(records["audiences"]) == {"pupils", "teachers", "families", "education-specialists", "specialists", "public"}
    days = [event["starts_in_days"] for event in records["events"].values()]
    assert min(days) < 0 < max(days)


@pytest.mark.django_db
def test_event_days_count_from_the_load_day(content):
    today = datetime.date(2026, 3, 28)  # the eve of a change to summer time in Bucharest
    network_loader = loader.NetworkLoader(content, {}, {}, [], today)
    record = next(iter(content.records["events"].values()))
    start, end = network_loader.event_times(record)
    assert start == today + datetime.timedelta(days=record["starts_in_days"])
    assert end >= start


@pytest.mark.django_db
def test_an_event_ending_before_it_starts_is_refused(content):
    network_loader = loader.NetworkLoader(content, {}, {}, [], datetime.date(2026, 1, 1))
    record = next(iter(content.records["events"].values()))
    bad = type(record)(record.key, {**record, "end_in_days": record["starts_in_days"] - 1}, record.where, record.position)
    with pytest.raises(ContentError, match="ends before it starts"):
        network_loader.event_times(bad)
