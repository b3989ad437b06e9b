"""Harvesting coordinators' addresses: the button needs the token of a page fetched lately, for
that club, and each client reveals a limited number of addresses."""

import math
import time
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core import signing
from django.urls import reverse

from clubs.models import COORDINATOR_CONTACT_TOKEN
from tests.clubs.factories import ClubPageFactory

from .conftest import coordinator_button, press_coordinator_button

pytestmark = pytest.mark.django_db

ADDRESS = "coordinator@example.org"


@pytest.fixture
def club(club_index, regions):
    return ClubPageFactory(parent=club_index, title="Mail club", region=regions["test-north"], contact_email=ADDRESS)


def token_signed_seconds_ago(club, seconds):
    with mock.patch("time.time", return_value=time.time() - seconds):
        return COORDINATOR_CONTACT_TOKEN.for_object(club.pk)


def text_of(response):
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


def test_the_club_page_carries_a_token_for_its_button(client, club):
    action, fields = coordinator_button(client.get(club.url).content.decode())
    assert action == reverse("club_contact", args=[club.pk])
    assert COORDINATOR_CONTACT_TOKEN.is_valid(fields["token"], club.pk)


def test_harvesting_without_a_token_is_refused(client, club):
    response = client.post(reverse("club_contact", args=[club.pk]))
    assert response.status_code == 403
    assert ADDRESS not in response.content.decode()
    # A page in the site's look that sends a lost visitor back to the club.
    page = BeautifulSoup(response.content, "html.parser")
    assert page.find("h1").get_text() == "Please open the club's page again"
    assert page.find("main").find("a", href=club.url)
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert not page.find("link", rel="alternate")  # not a page to offer in other languages
    assert "no-store" in response["Cache-Control"]


def test_a_token_of_another_club_is_refused(client, club, club_index, regions):
    other = ClubPageFactory(parent=club_index, title="Other club", region=regions["test-north"], contact_email="other@example.org")
    _action, fields = coordinator_button(client.get(other.url).content.decode())
    response = client.post(reverse("club_contact", args=[club.pk]), fields)
    assert response.status_code == 403
    assert ADDRESS not in response.content.decode()


@pytest.mark.parametrize(
    "tamper",
    [
        lambda token: token[:-2] + ("AA" if not token.endswith("AA") else "BB"),  # signature
        lambda token: "9" + token,  # the club id
        lambda token: token.split(":", 1)[0],  # no signature at all
        lambda token: signing.TimestampSigner(salt="another-purpose").sign(token.split(":", 1)[0]),
    ],
    ids=["signature", "club-id", "unsigned", "other-salt"],
)
def test_a_tampered_token_is_refused(client, club, tamper):
    _action, fields = coordinator_button(client.get(club.url).content.decode())
    response = client.post(reverse("club_contact", args=[club.pk]), {"token": tamper(fields["token"])})
    assert response.status_code == 403
    assert ADDRESS not in response.content.decode()


def test_an_expired_token_is_refused(client, club):
    lifetime = COORDINATOR_CONTACT_TOKEN.lifetime + settings.PAGE_CACHE_SECONDS
    token = token_signed_seconds_ago(club, lifetime + 60)
    response = client.post(reverse("club_contact", args=[club.pk]), {"token": token})
    assert response.status_code == 403
    assert ADDRESS not in response.content.decode()


def test_a_token_outlives_the_page_cache_by_hours(client, club):
    """A visitor may get the last cached copy of the page and read it for a while."""
    assert COORDINATOR_CONTACT_TOKEN.lifetime >= 60 * 60
    token = token_signed_seconds_ago(club, settings.PAGE_CACHE_SECONDS + 60 * 60)
    response = client.post(reverse("club_contact", args=[club.pk]), {"token": token})
    assert response.status_code == 200
    assert f'href="mailto:{ADDRESS}"' in response.content.decode()


def test_the_eleventh_reveal_in_ten_minutes_gets_429(client, club):
    for _ in range(10):
        assert press_coordinator_button(client, club).status_code == 200
    response = press_coordinator_button(client, club)
    assert response.status_code == 429
    assert ADDRESS not in response.content.decode()
    retry_after = int(response["Retry-After"])
    assert 0 < retry_after <= 600
    minutes = math.ceil(retry_after / 60)
    text = text_of(response)
    assert "Too many requests" in text
    assert f"Please try again in {minutes} minute" in text
    assert "no-store" in response["Cache-Control"]
    # In the site's look, with a way back to the club.
    page = BeautifulSoup(response.content, "html.parser")
    assert page.find("a", class_="skip-link")
    assert page.find("main").find("a", href=club.url)


def test_the_limit_is_per_client(client, club):
    for _ in range(11):
        press_coordinator_button(client, club, REMOTE_ADDR="198.51.100.7")
    assert press_coordinator_button(client, club, REMOTE_ADDR="198.51.100.7").status_code == 429
    assert press_coordinator_button(client, club, REMOTE_ADDR="198.51.100.8").status_code == 200


def test_a_forged_forwarded_for_header_does_not_dodge_the_limit(client, club):
    """Without a trusted proxy in front, X-Forwarded-For is whatever the client wants."""
    for number in range(11):
        response = press_coordinator_button(client, club, HTTP_X_FORWARDED_FOR=f"203.0.113.{number}")
    assert response.status_code == 429


def test_behind_a_trusted_proxy_each_forwarded_client_has_its_own_limit(client, club, settings):
    settings.TRUST_X_FORWARDED_FOR = True
    # The proxy appends the address it sees; what the client sent before it is ignored.
    for number in range(11):
        response = press_coordinator_button(
            client, club, HTTP_X_FORWARDED_FOR=f"203.0.113.{number}, 192.0.2.1"
        )
    assert response.status_code == 429
    assert press_coordinator_button(client, club, HTTP_X_FORWARDED_FOR="192.0.2.2").status_code == 200
