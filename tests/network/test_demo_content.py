"""The demo school network: 35 schools in Romanian and English, events on both sides of the
day the demo was loaded, the Qub with its spaces and its resource library, whose old
addresses redirect to the new ones."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect

from kluby.models import HomePage
from network.demo.loader import read
from network.models import (
    EventPage,
    ImpactPage,
    NetworkIndexPage,
    NetworkPage,
    PartnerPage,
    QubPage,
    SchoolPage,
    SpacePage,
)
from resources.models import ResourceIndexPage

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


@pytest.fixture(scope="module")
def content():
    return read()


def test_thirty_five_schools_in_romanian_and_english(locales):
    for code in ("ro", "en"):
        assert SchoolPage.objects.live().filter(locale__language_code=code).count() == 35, code
    for school in SchoolPage.objects.filter(locale__language_code="ro"):
        assert school.get_translation(locales["en"]).live
        assert school.region.slug == "cluj" and school.region.country_code == "RO"
        assert school.is_sample


def test_partners_of_every_type_and_the_network_in_three_languages():
    types = set(PartnerPage.objects.filter(locale__language_code="ro").values_list("partner_type", flat=True))
    assert types == {"cultural", "civil-society", "academic", "business", "public-institution"}
    for code in ("ro", "en", "pl"):
        assert NetworkIndexPage.objects.live().filter(locale__language_code=code).count() == 1
        network = NetworkPage.objects.live().get(locale__language_code=code)
        assert [m.year for m in network.milestones.all()] == [2018, 2020, 2021, 2022, 2023]


def test_events_are_upcoming_or_past_as_their_files_say(content):
    now = timezone.now()
    for key, record in content.records["events"].items():
        slug = content.pages["evenimente"][key].source.fields["slug"]
        event = EventPage.objects.get(locale__language_code="ro", slug=slug)
        start_days, end_days = record["starts_in_days"], record.get("end_in_days", record["starts_in_days"])
        if start_days > 0:
            assert event.starts_at > now, key
        if end_days < 0:
            assert event.ends_at < now, key
        # Local times of Bucharest, whatever the server's zone.
        assert event.time_zone == "Europe/Bucharest"
        assert event.local_instants()[0].time() == record["start_time"], key
    upcoming = EventPage.objects.filter(locale__language_code="ro", ends_at__gte=now).count()
    assert upcoming >= 10


def test_the_qub_has_its_four_spaces_and_its_resource_library(locales):
    for code in ("ro", "en"):
        qub = QubPage.objects.live().get(locale__language_code=code)
        kinds = set(SpacePage.objects.child_of(qub).values_list("kind", flat=True))
        assert kinds == {"education", "exhibition", "co-creation", "networking"}
        assert ResourceIndexPage.objects.child_of(qub).live().count() == 1
        assert not ResourceIndexPage.objects.child_of(HomePage.objects.get(locale=locales[code])).filter(
            slug=ResourceIndexPage.objects.child_of(qub).get().slug
        ).exists()


def test_the_old_addresses_of_the_qub_library_redirect_permanently(client):
    for old, code in (("/ro/biblioteca-de-resurse/", "ro"), ("/en/qub-resource-library/", "en")):
        library = ResourceIndexPage.objects.get(locale__language_code=code, depth=5)
        response = client.get(old)
        assert response.status_code == 301, old
        assert response["Location"] == library.url
        assert client.get(response["Location"]).status_code == 200
        assert Redirect.objects.filter(redirect_page=library, is_permanent=True).exists()
    # A resource of the library moved with it, and its old address redirects too.
    resource = ResourceIndexPage.objects.get(locale__language_code="ro", depth=5).get_children().live().first()
    response = client.get(f"/ro/biblioteca-de-resurse/{resource.slug}/")
    assert response.status_code == 301 and response["Location"] == resource.url


def test_impact_pages_under_the_network_and_the_home_pages():
    learning = ImpactPage.objects.filter(programme="learning-qub")
    assert {page.locale.language_code for page in learning} == {"ro", "en", "pl"}
    assert all(isinstance(page.get_parent().specific, NetworkPage) for page in learning)
    assert learning.get(locale__language_code="ro").target_pupils == 7500
    clubs = ImpactPage.objects.filter(programme="kluby-kreatywnosci")
    assert {page.locale.language_code for page in clubs} == {"pl", "en"}
    assert all(isinstance(page.get_parent().specific, HomePage) for page in clubs)


def test_the_network_pages_answer_in_each_language(client):
    for model in (NetworkIndexPage, NetworkPage, QubPage):
        for page in model.objects.live():
            assert client.get(page.url).status_code == 200, page.url


def test_the_loader_counts_days_from_the_load_day(content):
    record = next(iter(content.records["events"].values()))
    slug = content.pages["evenimente"][next(iter(content.records["events"]))].source.fields["slug"]
    event = EventPage.objects.get(locale__language_code="ro", slug=slug)
    loaded = event.first_published_at.astimezone(datetime.timezone(datetime.timedelta(hours=2))).date()
    assert abs((event.start_date - loaded).days - record["starts_in_days"]) <= 1


def test_the_home_pages_school_network_card_leads_to_the_networks_index():
    for home in HomePage.objects.select_related("locale"):
        index = NetworkIndexPage.objects.get(locale=home.locale)
        assert home.areas.filter(link_page=index).exists(), home.locale.language_code


def test_the_networks_index_is_in_the_main_menu_of_every_language(client):
    indexes = NetworkIndexPage.objects.live().select_related("locale")
    assert sorted(index.locale.language_code for index in indexes) == ["en", "pl", "ro"]
    for index in indexes:
        home = HomePage.objects.get(locale=index.locale)
        menu = BeautifulSoup(client.get(home.url).content, "html.parser").select_one(".main-menu")
        assert index.url in [link["href"] for link in menu.select("a")], index.locale.language_code
