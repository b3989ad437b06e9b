"""The pickers of a resource's taxonomy speak the page's language: a Polish resource offers
Polish audiences, terms and equipment, once each; what is saved stays in the page's language."""

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile

from clubs.models import EquipmentItem
from resources.models import (
    Audience,
    GlossaryTerm,
    ResourceCategory,
    ResourceIndexPage,
    ResourcePage,
)
from tests.admin_forms import options, submit_page_form
from tests.clubs.factories import EquipmentCategoryFactory, EquipmentItemFactory
from tests.factories import translated
from tests.kluby.factories import translation
from tests.resources.factories import (
    AudienceFactory,
    GlossaryTermFactory,
    ResourceCategoryFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def zasobnik(homes):
    """A resource index in Polish and Romanian; audiences, categories and glossary terms in
    every language; the equipment catalogue in Polish and English only; a Polish resource and
    a Romanian one that names English equipment. Returns {code: index}."""
    audiences = [
        translated(AudienceFactory, slug=slug, name={"pl": polish, "ro": romanian, "en": english})
        for slug, polish, romanian, english in (
            ("parents", "Rodzice", "Părinți", "Parents"),
            ("teachers", "Nauczyciele", "Profesori", "Teachers"),
        )
    ]
    for slug, term in (("arduino", "Arduino"), ("makerspace", {"pl": "Pracownia", "ro": "Atelier", "en": "Makerspace"})):
        translated(GlossaryTermFactory, slug=slug, term=term)
    categories = [translated(ResourceCategoryFactory, slug=slug) for slug in ("concepts", "activities")]
    kit = translated(EquipmentCategoryFactory, ("pl", "en"), slug="kit")
    items = [
        translated(EquipmentItemFactory, ("pl", "en"), slug=slug, name=name, category=kit)
        for slug, name in (("printer", {"pl": "Drukarka", "en": "Printer"}), ("laptop", {"pl": "Laptop", "en": "Laptop"}))
    ]
    indexes = {"pl": ResourceIndexPageFactory(parent=homes["pl"])}
    indexes["ro"] = translation(ResourceIndexPageFactory, indexes["pl"], homes["ro"])
    ResourcePageFactory(parent=indexes["pl"], category=categories[0]["pl"], audiences=[audiences[1]["pl"]])
    ResourcePageFactory(
        parent=indexes["ro"], category=categories[0]["ro"], equipment=[item["en"] for item in items]
    )
    return indexes


def names(model, code, field="name"):
    return sorted(model.objects.filter(locale__language_code=code).values_list(field, flat=True))


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def polish_resource():
    return ResourcePage.objects.filter(locale__language_code="pl").order_by("pk").first()


def test_a_polish_resource_offers_only_polish_terms_once_each(admin_client):
    html = admin_client.get(edit_url(polish_resource())).content.decode()
    assert sorted(options(html, "audiences")) == names(Audience, "pl")
    assert sorted(options(html, "glossary_terms")) == names(GlossaryTerm, "pl", "term")
    assert sorted(options(html, "equipment")) == names(EquipmentItem, "pl")
    assert options(html, "glossary_terms").count("Arduino") == 1


def test_a_new_resource_offers_the_language_of_its_index(admin_client):
    index = ResourceIndexPage.objects.get(locale__language_code="ro")
    html = admin_client.get(reverse("wagtailadmin_pages:add", args=("resources", "resourcepage", index.pk))).content.decode()
    assert sorted(options(html, "audiences")) == names(Audience, "ro")
    assert sorted(options(html, "glossary_terms")) == names(GlossaryTerm, "ro", "term")


def test_terms_missing_in_the_pages_language_are_offered_labelled_with_theirs(admin_client, admin_user):
    """The equipment catalogue has no Romanian copy: a Romanian resource offers the English
    items, once each and labelled as English (in the editor's admin language)."""
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    index = ResourceIndexPage.objects.get(locale__language_code="ro")
    html = admin_client.get(reverse("wagtailadmin_pages:add", args=("resources", "resourcepage", index.pk))).content.decode()
    offered = options(html, "equipment")
    assert sorted(offered) == [f"{name} (English)" for name in names(EquipmentItem, "en")]


def test_picks_of_another_languages_copy_are_saved_as_the_pages_own(admin_client, locales):
    page = polish_resource()
    parents_ro = Audience.objects.get(slug="parents", locale=locales["ro"])
    term_ro = GlossaryTerm.objects.filter(locale=locales["ro"]).first()
    category_ro = ResourceCategory.objects.exclude(pk=page.category_id).filter(locale=locales["ro"]).first()
    response = submit_page_form(
        admin_client,
        page,
        audiences=[str(parents_ro.pk)],
        glossary_terms=[str(term_ro.pk)],
        category=str(category_ro.pk),
    )
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    page.refresh_from_db()
    assert list(page.audiences.all()) == [parents_ro.get_translation(locales["pl"])]
    assert list(page.glossary_terms.all()) == [term_ro.get_translation(locales["pl"])]
    assert page.category == category_ro.get_translation(locales["pl"])


def test_saving_a_romanian_resource_keeps_its_equipment(admin_client):
    page = ResourcePage.objects.filter(locale__language_code="ro", equipment__isnull=False).distinct().first()
    before = set(page.equipment.all())
    assert submit_page_form(admin_client, page).status_code == 302
    page.refresh_from_db()
    assert set(page.equipment.all()) == before
