"""The demo's inspirations, as loaded from inspirations/demo (the one test module that
reads the demo content)."""

import pytest
from wagtail.models import Locale

from inspirations.models import InspirationIndexPage, InspirationPage
from kluby.models import HomePage

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def test_each_language_has_its_index_and_the_home_page_leads_to_it():
    for code in ("pl", "ro", "en"):
        home = HomePage.objects.get(locale__language_code=code)
        indexes = InspirationIndexPage.objects.live().descendant_of(home)
        assert indexes.exists(), code
        assert home.areas.filter(link_page__in=indexes).exists(), code


def test_the_demo_activities_have_their_facts_steps_and_translations():
    keyring = InspirationPage.objects.get(locale__language_code="pl", slug="brelok-z-tinkercada")
    assert keyring.is_sample and keyring.duration_minutes == sum(step.value["minutes"] for step in keyring.steps)
    assert {row.item.slug: row.optional for row in keyring.equipment.all()} == {
        "3d-printer-fdm": False, "laptop": False, "3d-pen": True
    }
    assert keyring.downloads.count() == 1 and keyring.club_runs.get().comment
    english = keyring.get_translation(Locale.objects.get(language_code="en"))
    assert english.specific.downloads.count() == 1 and len(english.specific.steps) == len(keyring.steps)
    sounds = InspirationPage.objects.get(locale__language_code="pl", slug="mapa-dzwiekow-biblioteki")
    assert not sounds.equipment.exists() and (sounds.age_from, sounds.age_to) == (5, 8)
    robot = InspirationPage.objects.get(locale__language_code="ro", slug="robotul-care-deseneaza")
    assert robot.group_max == 28 and {row.item.slug for row in robot.equipment.filter(optional=False)} == {"mbot", "laptop"}
