"""Editors can open the resources forms and manage the taxonomy in the admin."""

import pytest
from django.urls import reverse

from resources.models import Audience, GlossaryTerm, ResourceCategory, ResourcePage
from tests.resources.factories import (
    AudienceFactory,
    ExampleIndexPageFactory,
    GlossaryTermFactory,
    ResourceCategoryFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def interface_in_source_language(settings):
    """The admin speaks the editor's language; these tests read the English panel labels."""
    settings.LOCALE_PATHS = []


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "secret")
    client.force_login(user)
    return client


def test_editors_can_open_the_add_and_edit_forms(editor_client, resource_index, make_resource):
    index = resource_index
    make_resource(index)
    response = editor_client.get(reverse("wagtailadmin_pages:add", args=("resources", "resourcepage", index.pk)))
    assert response.status_code == 200
    html = response.content.decode()
    for label in ("Classification", "Related resources", "Attachments", "Glossary terms"):
        assert label in html
    resource = ResourcePage.objects.live().first()
    assert editor_client.get(reverse("wagtailadmin_pages:edit", args=(resource.pk,))).status_code == 200
    example_index = ExampleIndexPageFactory(parent=index)
    response = editor_client.get(reverse("wagtailadmin_pages:add", args=("resources", "examplepage", example_index.pk)))
    assert response.status_code == 200


@pytest.mark.parametrize("model", [ResourceCategory, Audience, GlossaryTerm], ids=lambda model: model.__name__)
def test_the_taxonomy_is_managed_as_snippets(editor_client, locales, model):
    {ResourceCategory: ResourceCategoryFactory, Audience: AudienceFactory, GlossaryTerm: GlossaryTermFactory}[model](
        locale=locales["en"]
    )
    url_name = f"wagtailsnippets_resources_{model._meta.model_name}:list"
    response = editor_client.get(reverse(url_name))
    assert response.status_code == 200
    first = model.objects.filter(locale__language_code="en").first()
    edit = reverse(f"wagtailsnippets_resources_{model._meta.model_name}:edit", args=(first.pk,))
    assert editor_client.get(edit).status_code == 200
