"""Every page type and snippet has a factory, and what it makes is valid and renders."""

import pytest
from wagtail.models import get_page_models
from wagtail.snippets.models import get_snippet_models

from kluby.registry import portal_apps
from tests.all_factories import PAGE_FACTORIES, SNIPPET_FACTORIES, page_of_type

PORTAL_APPS = {app.label for app in portal_apps()}


def test_every_page_type_has_a_factory():
    page_types = {model for model in get_page_models() if model._meta.app_label in PORTAL_APPS}
    assert page_types - set(PAGE_FACTORIES) == set()


def test_every_snippet_has_a_factory():
    snippets = {model for model in get_snippet_models() if model._meta.app_label in PORTAL_APPS}
    assert snippets - set(SNIPPET_FACTORIES) == set()


@pytest.mark.django_db
@pytest.mark.parametrize("model", list(SNIPPET_FACTORIES), ids=lambda model: model.__name__)
def test_a_snippet_from_its_factory_is_valid(model):
    SNIPPET_FACTORIES[model]().full_clean()


@pytest.mark.django_db
@pytest.mark.parametrize("model", list(PAGE_FACTORIES), ids=lambda model: model.__name__)
def test_a_page_from_its_factory_is_valid_and_renders(client, homes, model):
    page = page_of_type(model, homes["pl"])
    page.full_clean()
    response = client.get(page.url)
    assert response.status_code == 200
    assert page.title in response.content.decode()
