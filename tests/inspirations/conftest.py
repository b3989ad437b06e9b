"""Builders for the inspirations tests: an index of their own under the Polish home and a
club index beside it, with catalogue items and clubs made by the factories, so that counts
do not depend on the demo content."""

from decimal import Decimal

import pytest
from bs4 import BeautifulSoup

from tests.clubs.factories import (
    ClubIndexPageFactory,
    ClubPageFactory,
    EquipmentItemFactory,
    RegionFactory,
)
from tests.kluby.factories import AgeGroupFactory

from .factories import InspirationIndexPageFactory, InspirationPageFactory


@pytest.fixture(autouse=True)
def interface_in_source_language(settings):
    """These tests read interface strings in their English source form; the catalogues are
    checked by tests/kluby/test_languages.py."""
    settings.LOCALE_PATHS = []


@pytest.fixture
def index(home):
    return InspirationIndexPageFactory(parent=home, title="Test activities", slug="test-activities")


@pytest.fixture
def club_index(home):
    return ClubIndexPageFactory(parent=home, title="Test clubs", slug="test-clubs")


@pytest.fixture
def items(db):
    return {name: EquipmentItemFactory(name=f"Test {name}", slug=f"test-{name}") for name in ("printer", "laptop", "robot", "pen")}


@pytest.fixture
def age_groups(locales):
    """The age groups the age facet offers, as editors keep them (kluby.taxonomy.AgeGroup)."""
    groups = (
        ("preschool-3-6", "Pre-school children 3–6", 3, 6, False),
        ("children-5-8", "Children aged 5–8", 5, 8, False),
        ("children-9-12", "Children aged 9–12", 9, 12, False),
        ("teens-13-17", "Teenagers aged 13–17", 13, 17, False),
        ("adults", "Adults", 18, None, False),
        ("seniors", "Seniors 60+", 60, None, False),
        ("families", "Families and intergenerational groups", None, None, True),
    )
    return {
        slug: AgeGroupFactory(
            locale=locales["pl"], slug=slug, name=name, min_age=low, max_age=high, intergenerational=mixed, sort_order=order
        )
        for order, (slug, name, low, high, mixed) in enumerate(groups)
    }


@pytest.fixture
def activities(index, items, age_groups):
    """Five activities whose facts make each filter and the matcher meaningful."""
    printer, laptop, robot, pen = items["printer"], items["laptop"], items["robot"], items["pen"]
    make = InspirationPageFactory
    return {
        "keyring": make(parent=index, title="Key ring", age_from=9, age_to=12, duration_minutes=120, difficulty="easy",
                        cost="low", technology=True, arts=True, needs=[(printer, False), (laptop, False), (pen, True)]),
        "sounds": make(parent=index, title="Sound map", age_from=5, age_to=8, duration_minutes=60, difficulty="easy",
                       cost="none", science=True, arts=True),
        "robots": make(parent=index, title="Drawing robot", age_from=10, age_to=11, duration_minutes=100, difficulty="medium",
                       cost="low", technology=True, mathematics=True, needs=[(robot, False), (laptop, False)]),
        "families": make(parent=index, title="Family game night", age_from=6, age_to=None, intergenerational=True,
                         duration_minutes=90, difficulty="easy", cost="medium", mathematics=True, needs=[(laptop, True)]),
        "seniors": make(parent=index, title="Seniors print", age_from=60, age_to=None, duration_minutes=240,
                        difficulty="advanced", cost="high", engineering=True, needs=[(printer, False)]),
    }


@pytest.fixture
def regions(db):
    return {"north": RegionFactory(name="Test North", slug="test-north"), "south": RegionFactory(name="Test South", slug="test-south")}


@pytest.fixture
def clubs(club_index, items, regions):
    make = ClubPageFactory
    return {
        "far": make(parent=club_index, title="Far club", town="Farville", region=regions["south"], latitude=Decimal("50.0"), longitude=Decimal("19.0"),
                    equipment=[(items["printer"], 1), (items["laptop"], 1)]),
        "near": make(parent=club_index, title="Near club", town="Nearby", region=regions["north"], latitude=Decimal("54.3"), longitude=Decimal("18.6"),
                     equipment=[(items["printer"], 1), (items["laptop"], 1), (items["robot"], 1)]),
        "closed": make(parent=club_index, title="Closed club", town="Nearby", region=regions["north"], latitude=Decimal("54.35"),
                       longitude=Decimal("18.65"), status="closed", equipment=[(items["printer"], 1), (items["laptop"], 1), (items["robot"], 1)]),
        "bare": make(parent=club_index, title="Bare club", town="Farville", region=regions["south"], equipment=[(items["pen"], 1)]),
    }


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def titles(page_soup, selector=".card__title"):
    return [element.get_text(strip=True) for element in page_soup.select(selector)]
