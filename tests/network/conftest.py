"""Fixtures for the school network's tests: a networks section under the Romanian home with
one network and its sub-sections, themes, a county, and schools, partners, collaborations and
events whose facts make every filter meaningful, made with tests/network/factories.py."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from tests.clubs.factories import RegionFactory
from tests.network.factories import (
    CollaborationIndexPageFactory,
    CollaborationPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    NetworkIndexPageFactory,
    NetworkPageFactory,
    PartnerIndexPageFactory,
    PartnerPageFactory,
    SchoolIndexPageFactory,
    SchoolPageFactory,
    ThemeFactory,
)


@pytest.fixture(autouse=True)
def interface_in_source_language(settings):
    """These tests read interface strings in their English source form, on Romanian pages;
    the pl and ro catalogues themselves are checked by tests/kluby/test_languages.py."""
    settings.LOCALE_PATHS = []


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def network_index(homes):
    return NetworkIndexPageFactory(parent=homes["ro"], slug="test-networks")


@pytest.fixture
def network(network_index, counties):
    return NetworkPageFactory(
        parent=network_index,
        title="Test Cluj network",
        slug="test-cluj",
        region=counties["cluj"],
        milestones=[(2022, "Formal launch"), (2018, "The first ten schools"), (2020, "The LEAP study")],
    )


@pytest.fixture
def counties(locales):
    return {
        slug: RegionFactory(locale=locales["ro"], slug=slug, name=name, country_code="RO")
        for slug, name in (("cluj", "Cluj"), ("test-bihor", "Test Bihor"))
    }


@pytest.fixture
def themes(locales):
    return {
        slug: ThemeFactory(locale=locales["ro"], slug=slug, name=name, sort_order=order)
        for order, (slug, name) in enumerate((("test-steam", "Test STEAM"), ("test-arts", "Test arts"), ("test-reading", "Test reading")))
    }


@pytest.fixture
def school_index(network):
    return SchoolIndexPageFactory(parent=network, slug="test-schools")


@pytest.fixture
def partner_index(network):
    return PartnerIndexPageFactory(parent=network, slug="test-partners")


@pytest.fixture
def collaboration_index(network):
    return CollaborationIndexPageFactory(parent=network, slug="test-collaborations")


@pytest.fixture
def event_index(network):
    return EventIndexPageFactory(parent=network, slug="test-events")


@pytest.fixture
def schools(school_index, counties, themes):
    """Five schools: levels, statuses, themes, towns and counties differ."""
    rows = (
        ("Alpha lower secondary", "lower-secondary", "member", ["test-steam", "test-arts"], "Cluj-Napoca", "cluj"),
        ("Beta high school", "high-school", "member", ["test-steam"], "Cluj-Napoca", "cluj"),
        ("Gamma primary", "primary", "joining", ["test-reading"], "Turda", "cluj"),
        ("Delta high school", "high-school", "alumni", ["test-arts"], "Dej", "cluj"),
        ("Epsilon vocational", "vocational", "member", [], "Oradea", "test-bihor"),
    )
    return {
        title: SchoolPageFactory(
            parent=school_index,
            title=title,
            level=level,
            status=status,
            themes=[themes[slug] for slug in theme_slugs],
            town=town,
            region=counties[county],
            coordinator_name="Prof. Test Coordinator",
            coordinator_email=f"coordinator.{title.split()[0].lower()}@example.org",
            is_sample=True,
        )
        for title, level, status, theme_slugs, town, county in rows
    }


@pytest.fixture
def partners(partner_index):
    return {
        title: PartnerPageFactory(parent=partner_index, title=title, partner_type=kind, website=f"https://{title.split()[0].lower()}.example.org/")
        for title, kind in (
            ("Museum partner", "cultural"),
            ("Theatre partner", "cultural"),
            ("University partner", "academic"),
            ("Company partner", "business"),
        )
    }


@pytest.fixture
def collaborations(collaboration_index, schools, partners, themes):
    today = timezone.localdate()
    return {
        "residencies": CollaborationPageFactory(
            parent=collaboration_index,
            title="Test residencies",
            start_date=datetime.date(2018, 10, 1),
            end_date=None,
            themes=[themes["test-arts"]],
            schools=[schools["Alpha lower secondary"], schools["Delta high school"]],
            partners=[partners["Museum partner"]],
            pupils=250,
            teachers=12,
        ),
        "kits": CollaborationPageFactory(
            parent=collaboration_index,
            title="Test science kits",
            start_date=datetime.date(2021, 10, 1),
            end_date=datetime.date(2021, 12, 17),
            themes=[themes["test-steam"]],
            schools=[schools["Beta high school"]],
            partners=[partners["University partner"], partners["Company partner"]],
        ),
        "recent": CollaborationPageFactory(
            parent=collaboration_index,
            title="Test recent project",
            start_date=today.replace(month=1, day=1),
            end_date=today + datetime.timedelta(days=30),
            themes=[themes["test-steam"], themes["test-reading"]],
            schools=[schools["Gamma primary"]],
        ),
    }


@pytest.fixture
def events(event_index, schools, partners):
    """Two past events and four upcoming ones, at a school or organised by a partner."""
    today = timezone.localdate()
    made = {}
    for name, days in (("past-1", -40), ("past-2", -3), ("soon-1", 2), ("soon-2", 9), ("soon-3", 20), ("soon-4", 60)):
        made[name] = EventPageFactory(
            parent=event_index,
            title=f"Test event {name}",
            start_date=today + datetime.timedelta(days=days),
            school=schools["Alpha lower secondary"] if name in ("past-1", "soon-2") else None,
            organisers=[partners["Museum partner"]] if name in ("past-2", "soon-1") else [],
        )
    return made
