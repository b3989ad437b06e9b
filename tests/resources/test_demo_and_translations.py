"""The demo content is there in the amounts the issue asks for, and translations are linked
both ways: each language version points at the others."""

import pytest
from django.utils.html import escape

from resources.models import (
    ExamplePage,
    GlossaryPage,
    GlossaryTerm,
    ResourceCategory,
    ResourceIndexPage,
    ResourcePage,
)

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def live_in(model, code):
    return model.objects.live().filter(locale__language_code=code)


def test_zasobnik_has_twenty_polish_resources_across_every_category_each_in_english(locales):
    zasobnik = live_in(ResourceIndexPage, "pl").get(slug="zasobnik")
    polish = ResourcePage.objects.child_of(zasobnik).live()
    assert polish.count() >= 20
    used = set(polish.values_list("category__slug", flat=True))
    zasobnik_categories = set(ResourceCategory.objects.filter(locale=locales["pl"]).values_list("slug", flat=True))
    assert zasobnik_categories - {"teaching-and-curriculum"} <= used
    for page in polish:
        assert page.get_translation_or_none(locales["en"]) is not None, page.title


def test_the_qub_library_has_eight_romanian_resources_for_teachers_each_in_english(locales):
    library = live_in(ResourceIndexPage, "ro").get()
    romanian = ResourcePage.objects.child_of(library).live()
    assert romanian.count() >= 8
    assert all(page.audiences.filter(slug="teachers").exists() for page in romanian)
    assert all(page.get_translation_or_none(locales["en"]) for page in romanian)


def test_examples_and_glossary_amounts(locales):
    assert live_in(ExamplePage, "pl").count() >= 12
    assert live_in(ExamplePage, "en").count() == live_in(ExamplePage, "pl").count()
    assert GlossaryTerm.objects.filter(locale=locales["pl"]).count() >= 25
    assert GlossaryTerm.objects.filter(locale=locales["en"]).count() >= 25
    assert {page.locale.language_code for page in GlossaryPage.objects.live()} == {"pl", "en", "ro"}


def test_some_resources_have_downloads():
    assert ResourcePage.objects.live().filter(attachments__isnull=False).distinct().count() >= 4


@pytest.mark.parametrize("model", [ResourceIndexPage, ResourcePage, ExamplePage], ids=lambda model: model.__name__)
def test_translations_link_to_each_other_both_ways(client, model, locales):
    source = live_in(model, "pl").first()
    english = source.get_translation(locales["en"])
    source_html = client.get(source.url).content.decode()
    english_html = client.get(english.url).content.decode()
    assert f'hreflang="en" href="http://testserver{english.url}"' in source_html
    assert f'hreflang="pl" href="http://testserver{source.url}"' in english_html
    assert escape(english.title) in english_html and escape(source.title) in source_html


def test_a_translated_resource_shows_its_own_languages_taxonomy(client, locales):
    for page in live_in(ResourcePage, "en"):
        assert page.category.locale_id == locales["en"].pk
        assert all(term.locale_id == locales["en"].pk for term in page.glossary_terms.all())
        assert all(item.locale_id == locales["en"].pk for item in page.equipment.all())
    page = live_in(ResourcePage, "en").get(slug="what-is-a-makerspace")
    html = client.get(page.url).content.decode()
    assert ">Concepts</a>" in html


def test_demo_resources_link_equipment_from_the_catalogue():
    linked = ResourcePage.objects.live().filter(equipment__isnull=False).distinct()
    assert linked.count() >= 10
    item = linked.first().equipment.first()
    assert linked.first() in item.resources.all()
