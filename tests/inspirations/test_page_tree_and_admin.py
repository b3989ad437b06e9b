"""Where inspiration pages may live (creating them through the admin: tests/test_admin_create_pages.py)."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils import WagtailPageTestCase

from clubs.models import ClubIndexPage
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


@pytest.mark.parametrize("model", [InspirationIndexPage, InspirationPage], ids=lambda model: model.__name__)
def test_page_types_declare_search_and_api_fields(model):
    assert model.search_fields and model.api_fields
