"""Where each resources page type may live, what the API shows and what search finds."""

import pytest
from django.apps import apps
from wagtail.search import index
from wagtail.search.backends import get_search_backend
from wagtail.test.utils import WagtailPageTestCase

from kluby.models import HomePage, StandardPage
from resources.models import (
    Audience,
    ExampleIndexPage,
    ExamplePage,
    GlossaryPage,
    GlossaryTerm,
    ResourceCategory,
    ResourceIndexPage,
    ResourcePage,
)
from resources.models.resources import ResourceAttachment
from tests.factories import DocumentFactory
from tests.kluby.factories import paragraph
from tests.resources.factories import (
    AudienceFactory,
    ExampleIndexPageFactory,
    ExamplePageFactory,
    GlossaryPageFactory,
    GlossaryTermFactory,
    ResourceCategoryFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
)


@pytest.fixture
def zasobnik(homes, locales):
    """One English page of every resources page type: {model: page}."""
    index = ResourceIndexPageFactory(parent=homes["en"], intro="<p>Everything about creative spaces.</p>")
    resource = ResourcePageFactory(
        parent=index,
        title="What is a makerspace?",
        body=[paragraph("In Ukrainian libraries a makerspace is called a majsternia.")],
        audiences=[AudienceFactory(locale=locales["en"], slug="librarians")],
        attachments=[ResourceAttachment(document=DocumentFactory(), title="Checklist")],
    )
    examples = ExampleIndexPageFactory(parent=index)
    example = ExamplePageFactory(parent=examples, title="Oodi Urban Workshop", city="Helsinki")
    glossary = GlossaryPageFactory(parent=index)
    return {
        ResourceIndexPage: index,
        ResourcePage: resource,
        GlossaryPage: glossary,
        ExampleIndexPage: examples,
        ExamplePage: example,
    }


class ResourcesPageTreeTests(WagtailPageTestCase):
    def test_resource_indexes_live_under_a_home_page_or_the_qub(self):
        # The Qub's resource library is part of the Qub's section of the school network.
        self.assertAllowedParentPageTypes(ResourceIndexPage, {HomePage, apps.get_model("network", "QubPage")})
        self.assertAllowedSubpageTypes(ResourceIndexPage, {ResourcePage, GlossaryPage, ExampleIndexPage})

    def test_resources_live_only_in_a_resource_index_and_have_no_children(self):
        self.assertAllowedParentPageTypes(ResourcePage, {ResourceIndexPage})
        self.assertAllowedSubpageTypes(ResourcePage, set())
        self.assertCanNotCreateAt(HomePage, ResourcePage)
        self.assertCanNotCreateAt(StandardPage, ResourcePage)

    def test_glossary_lives_in_a_resource_index_or_under_home(self):
        self.assertAllowedParentPageTypes(GlossaryPage, {ResourceIndexPage, HomePage})
        self.assertAllowedSubpageTypes(GlossaryPage, set())

    def test_examples_live_only_in_the_examples_index(self):
        self.assertAllowedParentPageTypes(ExampleIndexPage, {ResourceIndexPage, HomePage})
        self.assertAllowedSubpageTypes(ExampleIndexPage, {ExamplePage})
        self.assertAllowedParentPageTypes(ExamplePage, {ExampleIndexPage})
        self.assertAllowedSubpageTypes(ExamplePage, set())
        self.assertCanNotCreateAt(ResourceIndexPage, ExamplePage)


@pytest.mark.django_db
def test_every_page_type_is_routable(client, zasobnik):
    for model, page in zasobnik.items():
        assert client.get(page.url).status_code == 200, model.__name__


API_FIELDS = {
    ResourceIndexPage: {"lead", "intro", "listing_image"},
    ResourcePage: {
        "lead", "body", "category", "audiences", "resource_type", "tags", "author", "licence",
        "last_reviewed", "reading_time", "glossary_terms", "equipment", "attachments", "related_links",
    },
    GlossaryPage: {"lead", "terms"},
    ExampleIndexPage: {"lead", "intro"},
    ExamplePage: {
        "name", "institution", "city", "country_code", "country", "latitude", "longitude",
        "website", "model", "opened", "notable", "photos",
    },
}


@pytest.mark.django_db
@pytest.mark.parametrize("model", list(API_FIELDS), ids=lambda model: model.__name__)
def test_the_api_shows_each_page_types_fields(client, zasobnik, model):
    page = zasobnik[model]
    response = client.get(f"/api/v2/pages/{page.pk}/")
    assert response.status_code == 200
    data = response.json()
    assert API_FIELDS[model] <= set(data), API_FIELDS[model] - set(data)
    assert {field.name for field in model.api_fields} >= API_FIELDS[model]


@pytest.mark.django_db
def test_the_api_shows_a_resources_taxonomy_by_name(client, zasobnik):
    page = zasobnik[ResourcePage]
    data = client.get(f"/api/v2/pages/{page.pk}/").json()
    assert data["category"] == {"name": page.category.name, "slug": page.category.slug}
    assert {item["slug"] for item in data["audiences"]} == set(page.audiences.values_list("slug", flat=True))
    assert data["reading_time"] == page.reading_time
    assert data["attachments"][0]["document"]["id"] == page.attachments.first().document_id
    listing = client.get("/api/v2/pages/?type=resources.ResourcePage&fields=category,reading_time&limit=5").json()
    assert listing["meta"]["total_count"] == ResourcePage.objects.live().count()
    assert "reading_time" in listing["items"][0]


def search_field_names(model, kind):
    return {field.field_name for field in model.search_fields if isinstance(field, kind)}


@pytest.mark.parametrize(
    "model, searched, filtered, related",
    [
        (ResourceIndexPage, {"title", "lead", "intro"}, set(), set()),
        (ResourcePage, {"title", "lead", "body", "author"}, {"category", "resource_type", "last_reviewed"}, {"category", "tags", "glossary_terms", "equipment"}),
        (GlossaryPage, {"title", "lead"}, set(), set()),
        (ExampleIndexPage, {"title", "lead", "intro"}, set(), set()),
        (ExamplePage, {"title", "name", "institution", "city", "country", "notable"}, {"country_code", "model", "opened"}, set()),
        (ResourceCategory, {"name", "description"}, {"locale", "slug"}, set()),
        (Audience, {"name"}, {"locale", "slug"}, set()),
        (GlossaryTerm, {"term", "definition"}, {"locale", "slug"}, set()),
    ],
    ids=lambda value: getattr(value, "__name__", ""),
)
def test_search_fields_of_every_model(model, searched, filtered, related):
    assert searched <= search_field_names(model, index.SearchField)
    assert filtered <= search_field_names(model, index.FilterField)
    assert related <= search_field_names(model, index.RelatedFields)


@pytest.mark.django_db
def test_site_search_finds_resources_and_examples_by_their_text(client, locales, zasobnik):
    resource = zasobnik[ResourcePage]
    assert resource in ResourcePage.objects.live().filter(locale=locales["en"]).search("majsternia")
    example = ExamplePage.objects.live().filter(locale=locales["en"], city="Helsinki").first()
    assert example in list(ExamplePage.objects.live().filter(locale=locales["en"]).search("Helsinki"))
    html = client.get("/en/search/?q=makerspace").content.decode()
    assert resource.title in html


@pytest.mark.django_db
def test_snippets_are_searchable_as_the_admin_searches_them(locales):
    GlossaryTermFactory(locale=locales["en"], slug="soldering", term="Soldering")
    GlossaryTermFactory(locale=locales["en"], slug="laser-cutter", term="Laser cutter")
    ResourceCategoryFactory(
        locale=locales["en"], slug="teaching-and-curriculum", name="Teaching", description="Lessons and the curriculum."
    )
    ResourceCategoryFactory(locale=locales["en"], slug="concepts", name="Concepts")
    backend = get_search_backend()
    terms = backend.search("soldering", GlossaryTerm.objects.filter(locale=locales["en"]))
    assert "soldering" in {term.slug for term in terms}
    categories = backend.search("curriculum", ResourceCategory.objects.filter(locale=locales["en"]))
    assert "teaching-and-curriculum" in {category.slug for category in categories}
    assert "concepts" not in {category.slug for category in categories}
