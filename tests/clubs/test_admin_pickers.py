"""A club's region and equipment, and an equipment item's category, are chosen in the language
of the page or item being edited."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from clubs.models import EquipmentCategory, EquipmentItem, Region
from tests.admin_forms import form_fields
from tests.clubs.factories import (
    ClubPageFactory,
    EquipmentCategoryFactory,
    EquipmentItemFactory,
    RegionFactory,
)
from tests.factories import translated

pytestmark = pytest.mark.django_db


def in_both_languages(factory, slug, **fields):
    """A record in Polish and its English translation: the Polish one."""
    return translated(factory, ("pl", "en"), slug=slug, **fields)["pl"]


@pytest.fixture
def club(club_index, locales):
    """A Polish club holding two items, with a second region and item to choose from, all of
    them also in English."""
    categories = [translated(EquipmentCategoryFactory, ("pl", "en"), slug=slug) for slug in ("printing", "robotics")]
    items = [
        in_both_languages(EquipmentItemFactory, slug, category=category)
        for slug, category in (("printer", categories[0]), ("laptop", categories[0]), ("robot", categories[1]))
    ]
    regions = [in_both_languages(RegionFactory, slug) for slug in ("north", "south")]
    return ClubPageFactory(parent=club_index, region=regions[0], equipment=[(items[0], 1), (items[1], 2)])


def edit_and_publish(client, url, form_id, **changes):
    data = form_fields(client.get(url).content.decode(), form_id)
    data.update({name: value if isinstance(value, list) else [value] for name, value in changes.items()})
    return client.post(url, data)


def test_a_club_form_accepts_only_its_languages_regions_and_equipment(admin_client, club):
    form = admin_client.get(reverse("wagtailadmin_pages:edit", args=(club.pk,))).context["form"]
    assert set(form.fields["region"].queryset) == set(Region.objects.filter(locale=club.locale))
    item_field = form.formsets["equipment"].forms[0].fields["item"]
    assert set(item_field.queryset) == set(EquipmentItem.objects.filter(locale=club.locale))
    assert set(form.formsets["equipment"].empty_form.fields["item"].queryset) == set(item_field.queryset)


def test_a_club_saved_with_english_picks_keeps_polish_ones(admin_client, locales, club):
    other_region = Region.objects.filter(locale=locales["en"]).exclude(translation_key=club.region.translation_key).first()
    holding = club.equipment.order_by("sort_order").first()
    other_item = EquipmentItem.objects.filter(locale=locales["en"]).exclude(
        translation_key__in=club.equipment.values("item__translation_key")
    ).first()
    url = reverse("wagtailadmin_pages:edit", args=(club.pk,))
    body = nested_form_data({"body": streamfield([("paragraph", rich_text("<p>Words.</p>"))])})
    position = [index for index, item in enumerate(club.equipment.order_by("sort_order")) if item.pk == holding.pk][0]
    response = edit_and_publish(
        admin_client,
        url,
        "page-edit-form",
        region=str(other_region.pk),
        **{f"equipment-{position}-item": str(other_item.pk), "action-publish": "action-publish"},
        **{name: values for name, values in body.items()},
    )
    assert response.status_code == 302
    club.refresh_from_db()
    assert club.region == other_region.get_translation(locales["pl"])
    assert other_item.get_translation(locales["pl"]) in {held.item for held in club.equipment.all()}


def test_an_equipment_items_category_stays_in_its_language(admin_client, locales, club):
    item = EquipmentItem.objects.filter(locale=locales["pl"]).first()
    other = EquipmentCategory.objects.filter(locale=locales["en"]).exclude(translation_key=item.category.translation_key).first()
    url = reverse(item.snippet_viewset.get_url_name("edit"), args=(item.pk,))
    response = edit_and_publish(admin_client, url, "w-editor-form", category=str(other.pk))
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.category == other.get_translation(locales["pl"])
