"""Builders for club tests: a separate club index under the Polish home, with its own regions
and equipment, so that counts do not depend on the demo content."""

from decimal import Decimal

import pytest
from bs4 import BeautifulSoup

from clubs.models import (
    ClubEquipment,
    ClubIndexPage,
    ClubPage,
    Edition,
    EquipmentCategory,
    EquipmentItem,
    Region,
)
from kluby.taxonomy import AgeGroup


@pytest.fixture(autouse=True)
def interface_in_source_language(settings):
    """These tests read interface strings in their English source form, on Polish pages;
    the pl and ro catalogues themselves are checked by tests/kluby/test_languages.py."""
    settings.LOCALE_PATHS = []


@pytest.fixture
def club_index(home):
    index = ClubIndexPage(title="Test clubs", slug="test-clubs")
    home.add_child(instance=index)
    return index


@pytest.fixture
def regions(locales):
    return {
        slug: Region.objects.create(locale=locales["pl"], slug=slug, name=name, country_code="PL")
        for slug, name in (("test-north", "Test North"), ("test-south", "Test South"))
    }


@pytest.fixture
def catalogue(locales):
    category = EquipmentCategory.objects.create(locale=locales["pl"], slug="test-kit", name="Test kit")
    items = {
        slug: EquipmentItem.objects.create(
            locale=locales["pl"], slug=slug, name=name, category=category, cost_band="under-500"
        )
        for slug, name in (
            ("test-printer", "Test printer"),
            ("test-laptop", "Test laptop"),
            ("test-robot", "Test robot"),
        )
    }
    return items


def make_club(
    index,
    title,
    region,
    *,
    latitude=52.0,
    longitude=21.0,
    model="makerspace",
    edition="edition-2019",
    status="active",
    audiences=(),
    equipment=(),
    live=True,
    **fields,
):
    """A club page added straight into the tree: no revisions, so hundreds stay cheap.
    `edition` and `audiences` are slugs of the demo's editions and age groups."""
    club = ClubPage(
        title=title,
        library=fields.pop("library", f"Library of {title}"),
        town=fields.pop("town", "Testowo"),
        region=region,
        latitude=Decimal(str(latitude)),
        longitude=Decimal(str(longitude)),
        organisational_model=model,
        edition=Edition.objects.get(slug=edition, locale=index.locale),
        status=status,
        live=live,
        **fields,
    )
    club.age_groups = list(AgeGroup.objects.filter(locale=index.locale, slug__in=audiences))
    club.equipment = [
        ClubEquipment(item=item, quantity=quantity, sort_order=order)
        for order, (item, quantity) in enumerate(equipment)
    ]
    index.add_child(instance=club)
    return club


@pytest.fixture
def clubs(club_index, regions, catalogue):
    """Five clubs whose facts make every filter meaningful."""
    north, south = regions["test-north"], regions["test-south"]
    printer, laptop, robot = catalogue["test-printer"], catalogue["test-laptop"], catalogue["test-robot"]
    return {
        "alpha": make_club(
            club_index,
            "Alpha club",
            north,
            model="makerspace",
            edition="pilot-2018",
            audiences=["teens-13-17", "adults"],
            equipment=[(printer, 2), (laptop, 5)],
        ),
        "bravo": make_club(
            club_index,
            "Bravo club",
            north,
            model="media-lab",
            edition="edition-2019",
            audiences=["teens-13-17"],
            equipment=[(printer, 1)],
        ),
        "charlie": make_club(
            club_index,
            "Charlie club",
            south,
            model="makerspace",
            edition="edition-2019",
            status="paused",
            audiences=["seniors"],
            equipment=[(laptop, 3), (robot, 4)],
        ),
        "delta": make_club(
            club_index,
            "Delta club",
            south,
            model="fab-lab",
            edition="edition-2021",
            status="closed",
            audiences=["adults"],
            equipment=[(printer, 1), (laptop, 1)],
        ),
        "echo": make_club(
            club_index,
            "Echo club",
            south,
            model="mobile",
            edition="edition-2021",
            status="planned",
            audiences=["children-5-8"],
            equipment=[(robot, 6)],
        ),
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
