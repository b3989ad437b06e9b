"""What the interface's catalogues add to the network's pages: dates written the way each
language writes them (Romanian months in lower case, Polish ones in the genitive, English
with the day first) and the footer's sample-data note in the visitor's language."""

import datetime
import importlib

import pytest
from django.conf import settings as project_settings
from wagtail.models import Site

from kluby.models import SiteSettings
from tests.network.events_helpers import BUCHAREST, event_at, local_now, network_tree, soup

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def interface_in_source_language(settings):
    """Unlike the rest of tests/network, these tests read the pl and ro catalogues."""
    settings.LOCALE_PATHS = project_settings.LOCALE_PATHS


@pytest.mark.parametrize(
    ("code", "day"),
    [("ro", "3 decembrie"), ("pl", "3 grudnia"), ("en", "3 December")],
)
def test_an_events_date_is_written_as_the_visitors_language_writes_it(client, homes, code, day):
    tree = network_tree(homes[code])
    year = local_now().year + 1
    event = event_at(tree["events"], datetime.datetime(year, 12, 3, 10, 0, tzinfo=BUCHAREST), title="Test open day")

    event_page = soup(client.get(event.url))
    assert event_page.select_one(".event-when").get_text(strip=True).startswith(f"{day} {year}, 10:00–12:00")
    network_page = soup(client.get(tree["network"].url))
    assert network_page.select_one(".network-event__when").get_text(strip=True) == f"{day} {year}, 10:00–12:00"
    if code == "ro":
        for page in (event_page, network_page):
            assert "Decembrie" not in page.select_one("main").get_text()


@pytest.mark.parametrize(
    ("code", "note"),
    [("pl", "(dane przykładowe)"), ("ro", "(date demonstrative)"), ("en", "(sample data)")],
)
def test_the_footer_says_the_address_is_sample_data_in_the_visitors_language(client, homes, code, note):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.postal_address = "ul. Przykładowa 1\n00-001 Warszawa"
    site_settings.postal_address_is_sample = True
    site_settings.save()

    address = soup(client.get(homes[code].url)).select_one(".site-footer address").get_text(" ", strip=True)
    assert address == f"ul. Przykładowa 1 00-001 Warszawa {note}"

    site_settings.postal_address_is_sample = False
    site_settings.save()
    address = soup(client.get(homes[code].url)).select_one(".site-footer address").get_text(" ", strip=True)
    assert address == "ul. Przykładowa 1 00-001 Warszawa"


def test_the_migration_moves_an_english_note_out_of_the_address_and_back(homes):
    from django.apps import apps

    migration = importlib.import_module("kluby.migrations.0006_postal_address_is_sample")
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.postal_address = "ul. Przykładowa 1\n00-001 Warszawa (sample data)"
    site_settings.save()

    migration.note_to_flag(apps, None)
    site_settings.refresh_from_db()
    assert site_settings.postal_address == "ul. Przykładowa 1\n00-001 Warszawa"
    assert site_settings.postal_address_is_sample

    migration.flag_to_note(apps, None)
    site_settings.refresh_from_db()
    assert site_settings.postal_address == "ul. Przykładowa 1\n00-001 Warszawa (sample data)"
