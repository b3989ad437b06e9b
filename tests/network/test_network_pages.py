"""The networks index, a network page (figures, milestones in year order, its sections, the
next events, the map's lists), and the school, partner and collaboration pages."""

import datetime
import re

import pytest
from django.utils import timezone

from network.models.schools import SCHOOL_CONTACT_TOKEN
from tests.kluby.factories import translation
from tests.network.conftest import soup
from tests.network.factories import NetworkPageFactory, QubPageFactory

pytestmark = pytest.mark.django_db


def test_the_networks_index_shows_its_networks_and_the_qub(client, network_index, network):
    QubPageFactory(parent=network_index, title="The test Qub")
    page = soup(client.get(network_index.url))
    titles = [link.get_text(strip=True) for link in page.select(".card__title a")]
    assert titles == ["Test Cluj network", "The test Qub"]


def test_the_network_page_shows_figures_sections_and_milestones_in_year_order(
    client, network, schools, partners, collaborations, events
):
    page = soup(client.get(network.url))
    figures = {div.dt.get_text(strip=True): div.dd.get_text(strip=True) for div in page.select(".network-figures div")}
    assert figures["Schools"] == "5"
    assert figures["Pupils in its schools"] == "2.500"  # grouped as Romanian writes it
    assert figures["Partners"] == "4"
    assert figures["Collaborations"] == "3"
    assert figures["Events"] == "6"
    years = [item.select_one(".timeline__year").get_text(strip=True) for item in page.select("ol.timeline > li")]
    assert years == ["2018", "2020", "2022"]
    sections = [link.get_text(strip=True) for link in page.select(".network-sections a")]
    assert sections == ["Schools", "Partners", "Collaborations", "Events"]


def test_the_network_page_lists_the_next_three_events(client, network, events):
    page = soup(client.get(network.url))
    upcoming = [link.get_text(strip=True) for link in page.select(".network-events a")]
    assert upcoming == ["Test event soon-1", "Test event soon-2", "Test event soon-3"]


def test_the_network_page_lists_schools_and_partners_by_town_beside_the_map(client, network, schools, partner_index, partners):
    page = soup(client.get(network.url))
    assert page.select_one("[data-map]")["data-geojson"].endswith(f"/network-map/{network.pk}.geojson")
    towns = [" ".join(item.get_text().split()) for item in page.select(".network-where li")]
    assert "Cluj-Napoca: 2 schools" in towns
    assert "Cluj-Napoca: 4 partners" in towns
    # Each town leads to the partners there.
    link = next(a for a in page.select(".network-where a") if "/test-partners/" in a["href"])
    listed = soup(client.get(link["href"])).select(".card__title a")
    assert sorted(a.get_text(strip=True) for a in listed) == sorted(partners)
    data = client.get(f"/network-map/{network.pk}.geojson").json()
    kinds = sorted(feature["properties"]["kind"] for feature in data["features"])
    assert kinds.count("school") == 5


def test_the_network_page_counts_what_is_published_now(client, network, school_index, schools):
    def towns():
        return [" ".join(item.get_text().split()) for item in soup(client.get(network.url)).select(".network-where li")]

    assert "Cluj-Napoca: 2 schools" in towns()
    schools["Beta high school"].unpublish()
    assert "Cluj-Napoca: 1 school" in towns()


def test_a_translation_without_sections_points_to_the_versions_that_have_them(client, homes, network, schools):
    from tests.network.factories import NetworkIndexPageFactory

    index_pl = translation(NetworkIndexPageFactory, network.get_parent(), homes["pl"])
    polish = translation(NetworkPageFactory, network, index_pl, title="Sieć testowa")
    page = soup(client.get(polish.url))
    note = page.select_one(".network-elsewhere")
    assert note is not None
    assert [link["href"] for link in note.select("a")] == [network.url]
    assert not page.select(".network-sections")


def test_the_school_page_shows_its_facts_collaborations_and_events(client, schools, collaborations, events):
    school = schools["Alpha lower secondary"]
    page = soup(client.get(school.url))
    text = page.get_text(" ", strip=True)
    assert "Lower secondary school" in text and "Test STEAM, Test arts" in text
    assert "Sample data" in text
    linked = [link.get_text(strip=True) for link in page.select("#school-collaborations ~ ul a")]
    assert linked == ["Test residencies"]
    events_listed = [link.get_text(strip=True) for link in page.select(".network-events a")]
    assert sorted(events_listed) == ["Test event past-1", "Test event soon-2"]


def test_the_coordinators_address_is_never_in_the_page(client, schools):
    school = schools["Alpha lower secondary"]
    response = client.get(school.url)
    assert school.coordinator_email.encode() not in response.content
    assert b"coordinator.alpha" not in response.content
    form = soup(response).select_one("form.club-contact")
    assert form["action"].endswith(f"/school-contact/{school.pk}/")


def test_the_button_reveals_the_address_with_a_valid_token_only(client, schools):
    school = schools["Alpha lower secondary"]
    url = f"/ro/school-contact/{school.pk}/"
    refused = client.post(url, {"token": "forged"})
    assert refused.status_code == 403
    assert school.coordinator_email.encode() not in refused.content
    shown = client.post(url, {"token": SCHOOL_CONTACT_TOKEN.for_object(school.pk)})
    assert shown.status_code == 200
    assert f'href="mailto:{school.coordinator_email}"' in shown.content.decode()
    assert shown["Cache-Control"] == "private, no-store"
    assert client.get(url).status_code == 405


def test_the_partner_page_shows_its_collaborations_and_events(client, partners, collaborations, events):
    page = soup(client.get(partners["Museum partner"].url))
    text = page.get_text(" ", strip=True)
    assert "Cultural organisation" in text
    assert page.select_one('a[href="https://museum.example.org/"]')
    assert [link.get_text(strip=True) for link in page.select("#partner-collaborations ~ ul a")] == ["Test residencies"]
    assert sorted(link.get_text(strip=True) for link in page.select(".network-events a")) == [
        "Test event past-2",
        "Test event soon-1",
    ]


def test_the_partner_index_filters_by_type(client, partner_index, partners):
    page = soup(client.get(f"{partner_index.url}?type=cultural"))
    assert [link.get_text(strip=True) for link in page.select(".card__title a")] == ["Museum partner", "Theatre partner"]
    page = soup(client.get(f"{partner_index.url}?type=cultural&type=academic"))
    assert len(page.select(".card__title a")) == 3
    bad = soup(client.get(f"{partner_index.url}?type=pirates"))
    assert bad.select(".notice--error") and len(bad.select(".card__title a")) == 4


def test_the_partner_index_filters_by_town(client, partner_index, partners):
    partners["Theatre partner"].town = "Turda"
    partners["Theatre partner"].save_revision().publish()
    page = soup(client.get(f"{partner_index.url}?town=Turda"))
    assert [link.get_text(strip=True) for link in page.select(".card__title a")] == ["Theatre partner"]
    bad = soup(client.get(f"{partner_index.url}?town=Atlantis"))
    assert bad.select(".notice--error") and len(bad.select(".card__title a")) == 4


def test_profiles_list_their_latest_activity_and_link_to_the_rest(client, monkeypatch, schools, partners, collaborations, events, event_index):
    monkeypatch.setattr("network.models.common.LATEST_SHOWN", 1)
    page = soup(client.get(schools["Alpha lower secondary"].url))
    # The latest of its two events, and a link to the network's events for the other.
    assert [link.get_text(strip=True) for link in page.select(".network-events a")] == ["Test event soon-2"]
    more = page.select(".network-more a")
    assert [(link.get_text(" ", strip=True), link["href"]) for link in more] == [
        ("1 earlier event: see every event of the network", event_index.url)
    ]
    # Its one collaboration fits: no link.
    assert [link.get_text(strip=True) for link in page.select("#school-collaborations ~ ul a")] == ["Test residencies"]
    page = soup(client.get(partners["Museum partner"].url))
    assert [link.get_text(strip=True) for link in page.select(".network-events a")] == ["Test event soon-1"]
    assert len(page.select(".network-more a")) == 1


def test_lists_of_schools_and_partners_name_their_town_and_lists_of_projects_do_not(client, schools, collaborations):
    page = soup(client.get(collaborations["residencies"].url))
    items = [" ".join(item.get_text().split()) for item in page.select(".club-profile__aside li")]
    assert "Alpha lower secondary · Cluj-Napoca" in items and "Delta high school · Dej" in items
    page = soup(client.get(schools["Alpha lower secondary"].url))
    assert [" ".join(item.get_text().split()) for item in page.select("#school-collaborations ~ ul li")] == ["Test residencies"]


@pytest.mark.parametrize(
    "query, expected",
    [
        ("", ["Test recent project", "Test residencies", "Test science kits"]),
        ("status=ongoing", ["Test recent project", "Test residencies"]),
        ("status=finished", ["Test science kits"]),
        ("year=2021", ["Test residencies", "Test science kits"]),
        ("theme=test-steam", ["Test recent project", "Test science kits"]),
        ("theme=test-steam&status=finished&year=2021", ["Test science kits"]),
    ],
)
def test_the_collaboration_index_filters_by_theme_year_and_status(client, collaboration_index, collaborations, query, expected):
    page = soup(client.get(f"{collaboration_index.url}?{query}"))
    assert [link.get_text(strip=True) for link in page.select(".card__title a")] == expected


def test_the_collaboration_index_refuses_bad_years_politely(client, collaboration_index, collaborations):
    response = client.get(f"{collaboration_index.url}?year=1066&status=%00")
    assert response.status_code == 200
    assert soup(response).select(".notice--error")


def test_the_collaboration_page_shows_who_took_part_and_what_it_reached(client, collaborations):
    page = soup(client.get(collaborations["residencies"].url))
    text = page.get_text(" ", strip=True)
    assert re.search(r"Since \w+ 2018 \(ongoing\)", text)
    aside = page.select_one(".club-profile__aside").get_text(" ", strip=True)
    assert "Alpha lower secondary" in aside and "Delta high school" in aside and "Museum partner" in aside
    reach = {div.dt.get_text(strip=True): div.dd.get_text(strip=True) for div in page.select(".network-figures div")}
    assert reach == {"Pupils": "250", "Teachers": "12"}


def test_events_ending_before_now_are_not_upcoming(client, network, event_index):
    from tests.network.factories import EventPageFactory

    now = timezone.localtime()
    EventPageFactory(parent=event_index, title="Already over", start_date=now.date() - datetime.timedelta(days=1))
    page = soup(client.get(network.url))
    assert "Already over" not in page.select_one("#network-upcoming").parent.get_text()
