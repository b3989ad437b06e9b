"""Every page type of the portal renders in each language its demo content exists in, with
that language marked; the shared page types exist in all three languages."""

import pytest
from django.utils.html import escape
from wagtail.models import get_page_models

from kluby.registry import portal_apps

LANGUAGES = ("pl", "ro", "en")


def portal_page_models():
    labels = {app.label for app in portal_apps()}
    return [model for model in get_page_models() if model._meta.app_label in labels]


def test_the_shared_page_types_are_covered():
    names = {model.__name__ for model in portal_page_models()}
    assert {"HomePage", "StandardPage", "NewsIndexPage", "NewsArticlePage", "ContactPage"} <= names


@pytest.mark.demo
@pytest.mark.django_db
@pytest.mark.parametrize("model", portal_page_models(), ids=lambda model: model.__name__)
def test_page_type_renders_in_every_language_it_exists_in(client, model):
    rendered = set()
    for language in LANGUAGES:
        page = model.objects.live().public().filter(locale__language_code=language).first()
        if page is None:
            continue
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        assert f'<html lang="{language}">' in html
        assert escape(page.title) in html
        assert f'<link rel="canonical" href="http://testserver/{language}/' in html
        rendered.add(language)
    # Every page type has demo content, in English and in its source language at least.
    assert "en" in rendered and len(rendered) >= 2, f"{model.__name__} has demo pages in {rendered}"
    if model._meta.app_label == "kluby":
        assert rendered == set(LANGUAGES)
