"""Guessing admin passwords: a username is locked from one address after a few failures, with a
clear message in the admin's language, and an administrator can unlock it."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db

USERNAME = "redaktorka"
PASSWORD = "correct horse battery staple"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser(USERNAME, "redaktorka@example.org", PASSWORD)


def sign_in(client, password, username=USERNAME, **extra):
    return client.post(
        reverse("wagtailadmin_login"), {"username": username, "password": password}, **extra
    )


def signed_in(client):
    return "_auth_user_id" in client.session


def lock_out(client, **extra):
    """Five wrong passwords; the fifth already answers with the lockout."""
    for _ in range(4):
        response = sign_in(client, "wrong", **extra)
        assert response.status_code == 200  # the sign-in form again, with its usual error
    return sign_in(client, "wrong", **extra)


def text_of(response):
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


def test_five_wrong_passwords_lock_the_username_from_that_address(client, editor):
    response = lock_out(client, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 429
    # Even the right password is refused now, with the reason and when to come back.
    response = sign_in(client, PASSWORD, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 429
    assert not signed_in(client)
    text = text_of(response)
    assert "Sign-in locked" in text
    assert "Too many failed sign-in attempts for this username" in text
    assert "Please try again in 15 minutes." in text
    assert "ask an administrator to unlock" in text
    assert response["Retry-After"] == "900"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("pl", "Logowanie zablokowane"), ("ro", "Autentificare blocată")],
)
def test_the_lockout_message_is_in_the_admins_language(client, editor, language, expected):
    response = lock_out(client, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 429
    assert expected in text_of(response)


def test_the_lockout_is_for_that_username_from_that_address(client, editor):
    lock_out(client, REMOTE_ADDR="198.51.100.7")
    other_address = Client()
    assert sign_in(other_address, PASSWORD, REMOTE_ADDR="198.51.100.8").status_code == 302
    assert signed_in(other_address)


def test_an_administrator_unlocks_a_username_in_the_admin(client, editor, admin_client):
    lock_out(client)
    index = admin_client.get(reverse("signin-lockouts:index"))
    assert index.status_code == 200
    rows = BeautifulSoup(index.content, "html.parser").find("table", class_="listing").find("tbody").find_all("tr")
    assert len(rows) == 1
    assert USERNAME in rows[0].get_text() and "127.0.0.1" in rows[0].get_text()
    unlock_url = rows[0].find("a", href=lambda href: href and "/delete/" in href)["href"]

    confirm = admin_client.get(unlock_url)
    assert "Tak, odblokuj" in text_of(confirm)  # the administrator's language: Polish
    assert admin_client.post(unlock_url).status_code == 302

    assert sign_in(client, PASSWORD).status_code == 302
    assert signed_in(client)


def test_an_editor_without_the_permission_cannot_see_or_unlock(client, editor):
    lock_out(client)
    moderator = get_user_model().objects.create_user("moderator", "m@example.org", "x")
    moderator.user_permissions.add(Permission.objects.get(codename="access_admin"))
    other = Client()
    other.force_login(moderator)
    response = other.get(reverse("signin-lockouts:index"))
    assert response.status_code in (302, 403)
    assert USERNAME not in response.content.decode()


def test_the_axes_reset_command_unlocks_everyone(client, editor):
    lock_out(client)
    call_command("axes_reset", stdout=open("/dev/null", "w"))
    assert sign_in(client, PASSWORD).status_code == 302


def test_the_login_for_restricted_pages_is_locked_too(client, editor):
    url = "/en/_util/login/"
    for _ in range(5):
        response = client.post(url, {"username": USERNAME, "password": "wrong"})
    assert response.status_code == 429
    assert "Please try again in 15 minutes." in text_of(response)


def test_the_django_admin_is_gone(client, editor):
    assert client.get("/django-admin/", follow=True).status_code == 404
    assert client.get("/django-admin/login/", follow=True).status_code == 404
    assert "django-admin" not in client.get("/robots.txt").content.decode()
