"""Fixtures for club tests: a club index under the Polish home, with regions, editions, age
groups and equipment of its own, made with the factories (tests/clubs/factories.py)."""

import pytest
from bs4 import BeautifulSoup

from tests.clubs.factories import (
    ClubIndexPageFactory,
    ClubPageFactory,
    EditionFactory,
    EquipmentCategoryFactory,
    EquipmentItemFactory,
    RegionFactory,
)
from tests.kluby.factories import AgeGroupFactory


@pytest.fixture(autouse=True)
def interface_in_source_language(settings):
    """These tests read interface strings in their English source form, on Polish pages;
    the pl and ro catalogues themselves are checked by tests/kluby/test_languages.py."""
    settings.LOCALE_PATHS = []


@pytest.fixture
def club_index(home):
    return ClubIndexPageFactory(parent=home, title="Test clubs", slug="test-clubs")


@pytest.fixture
def regions(locales):
    return {
        slug: RegionFactory(locale=locales["pl"], slug=slug, name=name)
        for slug, name in (("test-north", "Test North"), ("test-south", "Test South"))
    }


@pytest.fixture
def editions(locales):
    return {
        slug: EditionFactory(locale=locales["pl"], slug=slug, name=name)
        for slug, name in (
            ("pilot-2018", "Pilot edition (2018)"),
            ("edition-2019", "Edition 2019"),
            ("edition-2021", "Edition 2021"),
        )
    }


@pytest.fixture
def age_groups(locales):
    return {
        slug: AgeGroupFactory(locale=locales["pl"], slug=slug, name=name, min_age=low, max_age=high, sort_order=order)
        for order, (slug, name, low, high) in enumerate(
            (
                ("children-5-8", "Children 5–8", 5, 8),
                ("teens-13-17", "Teens 13–17", 13, 17),
                ("adults", "Adults", 18, 64),
                ("seniors", "Seniors", 65, None),
            )
        )
    }


@pytest.fixture
def catalogue(locales):
    category = EquipmentCategoryFactory(locale=locales["pl"], slug="test-kit", name="Test kit")
    return {
        slug: EquipmentItemFactory(locale=locales["pl"], slug=slug, name=name, category=category)
        for slug, name in (
            ("test-printer", "Test printer"),
            ("test-laptop", "Test laptop"),
            ("test-robot", "Test robot"),
        )
    }


@pytest.fixture
def clubs(club_index, regions, editions, age_groups, catalogue):
    """Five clubs whose facts make every filter meaningful."""
    north, south = regions["test-north"], regions["test-south"]
    printer, laptop, robot = catalogue["test-printer"], catalogue["test-laptop"], catalogue["test-robot"]

    def club(title, region, model, edition, audiences, equipment, status="active"):
        return ClubPageFactory(
            parent=club_index,
            title=title,
            region=region,
            organisational_model=model,
            edition=editions[edition],
            status=status,
            age_groups=[age_groups[slug] for slug in audiences],
            equipment=equipment,
        )

    return {
        "alpha": club("Alpha club", north, "makerspace", "pilot-2018", ["teens-13-17", "adults"], [(printer, 2), (laptop, 5)]),
        "bravo": club("Bravo club", north, "media-lab", "edition-2019", ["teens-13-17"], [(printer, 1)]),
        "charlie": club(
            "Charlie club", south, "makerspace", "edition-2019", ["seniors"], [(laptop, 3), (robot, 4)], status="paused"
        ),
        "delta": club("Delta club", south, "fab-lab", "edition-2021", ["adults"], [(printer, 1), (laptop, 1)], status="closed"),
        "echo": club("Echo club", south, "mobile", "edition-2021", ["children-5-8"], [(robot, 6)], status="planned"),
    }


def coordinator_button(html):
    """The action and fields of the "show the coordinator's e-mail" form of a club page."""
    form = BeautifulSoup(html, "html.parser").find("form", class_="club-contact")
    fields = {field["name"]: field.get("value", "") for field in form.find_all("input")}
    return form["action"], fields


def press_coordinator_button(client, club, **extra):
    """What a visitor's browser does: open the club page, press the button."""
    action, fields = coordinator_button(client.get(club.url).content.decode())
    return client.post(action, fields, **extra)
