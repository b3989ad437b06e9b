"""The demo clubs: enough to make filters and the map meaningful, and honest about samples."""

import pytest

from clubs.models import ClubPage, Region

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

PILOT_TOWNS = {"Oświęcim", "Legionowo", "Obrazów", "Piaseczno", "Biała Podlaska"}


def test_at_least_thirty_polish_clubs_each_translated_into_english(locales):
    polish = ClubPage.objects.live().filter(locale__language_code="pl")
    assert polish.count() >= 30
    for club in polish:
        assert club.get_translation_or_none(locales["en"]).live


def test_every_voivodeship_has_a_club():
    regions = Region.objects.filter(locale__language_code="pl", country_code="PL")
    assert regions.count() == 16
    for region in regions:
        assert region.clubs.live().exists(), region.name


def test_the_five_pilot_clubs_are_there_and_the_rest_are_samples():
    pilots = ClubPage.objects.filter(locale__language_code="pl", edition__slug="pilot-2018")
    assert {club.town for club in pilots} == PILOT_TOWNS
    assert all(not club.is_sample and club.sample_note for club in pilots)
    others = ClubPage.objects.filter(locale__language_code="pl").exclude(edition__slug="pilot-2018")
    assert all(club.is_sample for club in others)


def test_english_translations_point_at_english_regions_and_items():
    for club in ClubPage.objects.filter(locale__language_code="en").prefetch_related("equipment__item"):
        assert club.region.locale_id == club.locale_id
        assert all(holding.item.locale_id == club.locale_id for holding in club.equipment.all())
