"""Where inspiration pages may live, and an editor creating one through the admin."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from clubs.models import ClubIndexPage, EquipmentItem
from inspirations.models import InspirationIndexPage, InspirationPage
from kluby.models import HomePage, StandardPage


class InspirationPageTreeTests(WagtailPageTestCase):
    def setUp(self):
        user = get_user_model().objects.create_superuser("editor", "editor@example.org", "secret")
        self.client.force_login(user)

    def test_the_index_lives_under_a_home_page_only(self):
        self.assertAllowedParentPageTypes(InspirationIndexPage, {HomePage})
        self.assertCanCreateAt(HomePage, InspirationIndexPage)
        self.assertCanNotCreateAt(StandardPage, InspirationIndexPage)

    def test_inspirations_live_under_the_index_only(self):
        self.assertAllowedParentPageTypes(InspirationPage, {InspirationIndexPage})
        self.assertAllowedSubpageTypes(InspirationIndexPage, {InspirationPage})
        self.assertAllowedSubpageTypes(InspirationPage, set())
        for parent in (HomePage, ClubIndexPage, StandardPage):
            self.assertCanNotCreateAt(parent, InspirationPage)

    def test_an_editor_creates_an_inspiration_in_the_admin(self):
        index = InspirationIndexPage(title="Admin activities", slug="admin-activities")
        HomePage.objects.get(locale__language_code="pl").add_child(instance=index)
        item = EquipmentItem.objects.filter(locale__language_code="pl").first()
        step_content = streamfield([("paragraph", rich_text("<p>Everyone says their name.</p>"))])
        data = nested_form_data(
            {
                "title": "Admin-made activity",
                "slug": "admin-made-activity",
                "lead": "Made in the admin.",
                "age_from": 7,
                "age_to": 10,
                "duration_minutes": 45,
                "group_min": 2,
                "group_max": 10,
                "difficulty": "medium",
                "cost": "none",
                "science": "on",
                "licence": "cc-by-4.0",
                "steps": streamfield([("step", {"title": "Circle of names", "minutes": 10, "content": step_content})]),
                "equipment": inline_formset([{"item": item.pk, "quantity": 2, "optional": ""}]),
                "downloads": inline_formset([]),
                "club_runs": inline_formset([]),
                "resource_links": inline_formset([]),
            }
        )
        self.assertCanCreate(index, InspirationPage, data)
        page = InspirationPage.objects.get(slug="admin-made-activity")
        assert page.steam_areas == ["science"] and page.difficulty == "medium"
        assert page.steps[0].value["title"] == "Circle of names"
        assert [(row.item_id, row.quantity, row.optional) for row in page.equipment.all()] == [(item.pk, 2, False)]
        assert page.get_parent().specific == index
        assert Page.objects.get(pk=page.pk).content_type.model_class() is InspirationPage


@pytest.mark.parametrize("model", [InspirationIndexPage, InspirationPage], ids=lambda model: model.__name__)
def test_page_types_declare_search_and_api_fields(model):
    assert model.search_fields and model.api_fields
