"""Editing the network's pages in the admin: a school's county is chosen with a button that
says so, and a school whose draft was saved opens again in the editor with its themes still
ticked."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from tests.admin_forms import submit_page_form

pytestmark = pytest.mark.django_db


def ticked_themes(html):
    soup = BeautifulSoup(html, "html.parser")
    return sorted(
        soup.find("label", attrs={"for": box["id"]}).get_text(strip=True)
        for box in soup.find_all("input", attrs={"name": "themes"})
        if box.has_attr("checked")
    )


def test_a_school_with_a_saved_draft_opens_in_the_editor_with_its_themes(admin_client, schools, themes):
    school = schools["Alpha lower secondary"]
    response = submit_page_form(admin_client, school, action=None, teachers="12")
    assert response.status_code == 302
    school.refresh_from_db()
    assert school.has_unpublished_changes

    # The editor now reads the draft's revision, whose themes are kept in memory, not a query.
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=(school.pk,)))
    assert response.status_code == 200
    assert ticked_themes(response.content.decode()) == ["Test STEAM", "Test arts"]


def test_a_schools_county_is_chosen_with_a_button_that_names_it(admin_client, school_index, schools):
    add_url = reverse("wagtailadmin_pages:add", args=("network", "schoolpage", school_index.pk))
    chooser = BeautifulSoup(admin_client.get(add_url).content, "html.parser").select_one("#id_region-chooser")
    assert "Choose a county" in chooser.get_text()
    edit_url = reverse("wagtailadmin_pages:edit", args=(schools["Alpha lower secondary"].pk,))
    chooser = BeautifulSoup(admin_client.get(edit_url).content, "html.parser").select_one("#id_region-chooser")
    assert "Cluj" in chooser.get_text() and "Choose another county" in chooser.get_text()
