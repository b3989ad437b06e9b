"""Every page type of the portal renders in all three languages, with its language marked."""

import re

import pytest
from django.utils.html import escape
from wagtail.models import get_page_models

PORTAL_APPS = {"kluby", "resources", "clubs", "inspirations", "network"}
LANGUAGES = ("pl", "ro", "en")


def portal_page_models():
    return [model for model in get_page_models() if model._meta.app_label in PORTAL_APPS]


def test_every_portal_page_type_is_covered_by_this_test():
    names = {model.__name__ for model in portal_page_models()}
    assert {"HomePage", "StandardPage", "NewsIndexPage", "NewsArticlePage", "ContactPage"} <= names


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("model", portal_page_models(), ids=lambda model: model.__name__)
def test_page_type_renders_in_language(client, model, language):
    page = model.objects.live().public().filter(locale__language_code=language).first()
    assert page is not None, f"the demo content has no {model.__name__} in {language}"
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert escape(page.title) in html
    assert re.search(r'<link rel="canonical" href="http://testserver/' + language + "/", html)
