"""Private and password-protected pages ask for a sign-in or a password on the site's own
pages, in the visitor's language, with labelled fields and errors that are announced."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from kluby.models import StandardPage
from tests.factories import DocumentFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_pages")]

SIGN_IN = {"pl": "Zaloguj się", "ro": "Autentificare", "en": "Sign in"}
PASSWORD_REQUIRED = {"pl": "Hasło jest wymagane", "ro": "Parolă necesară", "en": "Password required"}


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def standard_page(homes, code):
    return StandardPage.objects.live().filter(locale=homes[code].locale).first()


def assert_site_page(html, code):
    """The site's own frame: its language, header, main content and stylesheet."""
    assert html.html["lang"] == code
    assert html.select_one("header.site-header") is not None
    assert html.select_one("main#main h1") is not None
    assert html.find("link", rel="stylesheet", href=lambda href: href and "site.css" in href)
    assert html.find("meta", attrs={"name": "robots", "content": "noindex"})


def assert_labelled(html, name):
    field = html.find("input", attrs={"name": name})
    assert html.find("label", attrs={"for": field["id"]}).get_text(strip=True)


@pytest.mark.parametrize("code", ["pl", "ro", "en"])
def test_a_private_page_sends_visitors_to_the_sites_sign_in_page(client, homes, code):
    page = standard_page(homes, code)
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(page.url)
    assert response.status_code == 302
    assert response["Location"].startswith(f"/{code}/_util/login/?next=")
    html = soup(client.get(response["Location"]))
    assert_site_page(html, code)
    assert html.h1.get_text(strip=True) == SIGN_IN[code]
    assert_labelled(html, "username")
    assert_labelled(html, "password")
    assert html.find("input", attrs={"name": "next"})["value"] == page.url


def test_a_failed_sign_in_is_announced(client, homes):
    response = client.post("/pl/_util/login/", {"username": "nobody", "password": "wrong", "next": "/pl/"})
    html = soup(response)
    assert response.status_code == 200
    assert html.title.get_text().startswith("Błąd:")
    alert = html.find(attrs={"role": "alert"})
    assert "nazwa użytkownika" in alert.get_text()


def test_signing_in_returns_to_the_private_page(client, homes, django_user_model):
    page = standard_page(homes, "pl")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    django_user_model.objects.create_user("reader", password="long-enough-secret")
    response = client.post("/pl/_util/login/", {"username": "reader", "password": "long-enough-secret", "next": page.url})
    assert response.status_code == 302
    assert response["Location"] == page.url
    assert client.get(page.url).status_code == 200


@pytest.mark.parametrize("code", ["pl", "ro", "en"])
def test_a_password_protected_page_asks_on_the_sites_page(client, homes, code):
    page = standard_page(homes, code)
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="sezam")
    response = client.get(page.url)
    html = soup(response)
    assert response.status_code == 200
    assert_site_page(html, code)
    assert html.h1.get_text(strip=True) == PASSWORD_REQUIRED[code]
    assert_labelled(html, "password")
    # The protected page's title stays as private as the page.
    assert page.title not in html.get_text()


def test_a_wrong_password_is_announced_and_the_right_one_opens_the_page(client, homes):
    page = standard_page(homes, "pl")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="sezam")
    action = soup(client.get(page.url)).find("form", class_="form")["action"]
    html = soup(client.post(action, {"password": "nie", "return_url": page.url}))
    assert html.find(attrs={"role": "alert"}) is not None
    field = html.find("input", attrs={"name": "password"})
    assert field["aria-invalid"] == "true"
    error = html.find(id=field["aria-describedby"].split()[-1])
    assert "hasło" in error.get_text().lower()
    response = client.post(action, {"password": "sezam", "return_url": page.url})
    assert response.status_code == 302
    assert page.title in client.get(page.url).content.decode()


def test_a_password_protected_document_asks_on_the_sites_page(client):
    document = DocumentFactory()
    CollectionViewRestriction.objects.create(
        collection=Collection.get_first_root_node(),
        restriction_type=CollectionViewRestriction.PASSWORD,
        password="sezam",
    )
    response = client.get(document.url, HTTP_ACCEPT_LANGUAGE="pl")
    html = soup(response)
    assert response.status_code == 200
    assert html.select_one("header.site-header") is not None
    assert_labelled(html, "password")
