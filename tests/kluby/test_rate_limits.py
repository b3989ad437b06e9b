"""Rate limits on guessing the passwords of protected pages and documents and on password-reset
e-mails; the limits count in the cache the test settings use (per-process memory)."""

import math

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from kluby.models import StandardPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_pages")]

SECRET = "sezamie-otworz-sie"


def text_of(response):
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


@pytest.fixture
def protected_page(db):
    page = StandardPage.objects.live().filter(locale__language_code="en").first()
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=SECRET
    )
    return page


def password_form(client, page):
    password = BeautifulSoup(client.get(page.url).content, "html.parser").find("input", attrs={"name": "password"})
    form = password.find_parent("form")
    return form["action"], form.find("input", attrs={"name": "return_url"})["value"]


def test_page_password_guesses_are_limited(client, protected_page):
    action, return_url = password_form(client, protected_page)
    for _ in range(10):
        response = client.post(action, {"password": "guess", "return_url": return_url})
        assert response.status_code == 200
        assert "not correct" in text_of(response)
    # Past the limit even the right password waits, so guessing on is pointless.
    response = client.post(action, {"password": SECRET, "return_url": return_url})
    assert response.status_code == 429
    minutes = math.ceil(int(response["Retry-After"]) / 60)
    assert f"Please try again in {minutes} minute" in text_of(response)
    assert client.get(protected_page.url).status_code == 200
    assert protected_page.title not in BeautifulSoup(client.get(protected_page.url).content, "html.parser").title.get_text()


def test_the_right_page_password_within_the_limit_opens_the_page(client, protected_page):
    action, return_url = password_form(client, protected_page)
    for _ in range(3):
        client.post(action, {"password": "guess", "return_url": return_url})
    response = client.post(action, {"password": SECRET, "return_url": return_url})
    assert response.status_code == 302
    assert protected_page.title in client.get(protected_page.url).content.decode()


def test_the_limit_page_is_in_the_visitors_language(client):
    pl_page = StandardPage.objects.live().filter(locale__language_code="pl").first()
    PageViewRestriction.objects.create(
        page=pl_page, restriction_type=PageViewRestriction.PASSWORD, password=SECRET
    )
    action, return_url = password_form(client, pl_page)
    assert action.startswith("/pl/")
    for _ in range(11):
        response = client.post(action, {"password": "guess", "return_url": return_url})
    assert response.status_code == 429
    text = text_of(response)
    assert "Zbyt wiele" in text
    assert "Spróbuj ponownie za" in text


def test_document_password_guesses_are_limited(client):
    restriction = CollectionViewRestriction.objects.create(
        collection=Collection.get_first_root_node(),
        restriction_type=CollectionViewRestriction.PASSWORD,
        password=SECRET,
    )
    url = reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk])
    for _ in range(10):
        assert client.post(url, {"password": "guess", "return_url": "/"}).status_code == 200
    assert client.post(url, {"password": SECRET, "return_url": "/"}).status_code == 429


@pytest.fixture
def admin_with_email(db):
    return get_user_model().objects.create_superuser("reset-me", "reset-me@example.org", "x" * 12)


def ask_for_a_reset(client, email="reset-me@example.org", **extra):
    return client.post(reverse("wagtailadmin_password_reset"), {"email": email}, **extra)


def test_password_reset_e_mails_to_one_mailbox_are_limited(client, admin_with_email):
    for _ in range(3):
        assert ask_for_a_reset(client).status_code == 302
    assert len(mail.outbox) == 3
    for _ in range(5):
        response = ask_for_a_reset(client, HTTP_ACCEPT_LANGUAGE="en")
        assert response.status_code == 429
    assert len(mail.outbox) == 3
    # The form comes back with the address typed and the reason.
    page = BeautifulSoup(response.content, "html.parser")
    assert page.find("input", attrs={"name": "email"})["value"] == "reset-me@example.org"
    assert "Too many password reset requests" in page.get_text()
    assert "Please try again in" in page.get_text()


def test_one_client_cannot_flood_many_mailboxes(client, admin_with_email):
    for number in range(5):
        assert ask_for_a_reset(client, f"someone-{number}@example.org").status_code == 302
    assert ask_for_a_reset(client).status_code == 429
    assert mail.outbox == []  # none of them has an account, and the real one was not reached


def test_the_rate_limit_check_passes_with_the_test_settings(settings):
    """django-ratelimit's own check runs, and reports only what the settings silence with
    their reasons (the per-process cache of the tests: one process, increments under a lock)."""
    from django_ratelimit.checks import check_caches

    assert apps.is_installed("django_ratelimit")
    assert {issue.id for issue in check_caches(None)} <= set(settings.SILENCED_SYSTEM_CHECKS)
    call_command("check", fail_level="WARNING", stdout=open("/dev/null", "w"))
