"""The admin speaks each editor's admin language, chooser pop-ups included, and the demo
administrator can change it."""

import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from wagtail.users.models import UserProfile

from tests.admin_forms import form_fields
from tests.factories import ImageFactory

pytestmark = pytest.mark.django_db
MODAL = {"x-requested-with": "XMLHttpRequest"}


@pytest.fixture
def admin_in(admin_client, admin_user):
    def speaking(code):
        profile = UserProfile.get_for_user(admin_user)
        profile.preferred_language = code
        profile.save()
        return admin_client

    return speaking


def modal_text(response):
    html = response.json()["html"]
    return " ".join(BeautifulSoup(html, "html.parser").get_text(" ").split())


def snippet_chooser(model_label):
    app_label, model_name = model_label.split(".")
    return reverse(f"wagtailsnippetchoosers_{app_label}_{model_name}:choose")


def test_the_english_admins_choosers_speak_english(admin_in):
    client = admin_in("en")
    text = modal_text(client.get(snippet_chooser("resources.resourcecategory"), headers=MODAL))
    assert "Choose resource category" in text
    images = modal_text(client.get(reverse("wagtailimages_chooser:choose"), headers=MODAL))
    assert "Search" in images and "Upload" in images
    for polish in ("Wybierz", "Szukaj", "Utwórz", "Prześlij"):
        assert polish not in text + images


def test_the_polish_admins_choosers_speak_polish(admin_in):
    client = admin_in("pl")
    text = modal_text(client.get(snippet_chooser("resources.resourcecategory"), headers=MODAL))
    assert "Wybierz kategoria materiałów" in text
    documents = modal_text(client.get(reverse("wagtaildocs_chooser:choose"), headers=MODAL))
    assert "Szukaj" in documents
    assert "Choose" not in text + documents


def test_the_image_insertion_form_speaks_the_admins_language(admin_in):
    image = ImageFactory()
    url = reverse("wagtailimages_chooser:select_format", args=(image.pk,))
    assert "Alt text" in modal_text(admin_in("en").get(url, headers=MODAL))
    assert "Tekst alternatywny" in modal_text(admin_in("pl").get(url, headers=MODAL))


def test_the_demo_administrator_can_change_the_admin_language(client):
    call_command("demo_admin", stdout=io.StringIO())
    user = get_user_model().objects.get(username="admin")
    assert user.first_name and user.last_name and user.email
    client.force_login(user)
    url = reverse("wagtailadmin_account")
    data = form_fields(client.get(url).content.decode(), "w-editor-form")
    data["locale-preferred_language"] = ["en"]
    assert client.post(url, data).status_code == 302
    assert UserProfile.get_for_user(user).preferred_language == "en"
