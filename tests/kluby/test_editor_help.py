"""Forms tell editors what a field is for: the image's default alt text, a club's coordinates
and opening hours; page bodies offer a link block that renders an accessible link."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.users.models import UserProfile

from clubs.models import ClubPage
from kluby.blocks import LinkBlock
from kluby.models import NewsArticlePage, StandardPage
from resources.models import ResourcePage
from tests.clubs.factories import ClubIndexPageFactory, ClubPageFactory
from tests.factories import ImageFactory
from tests.kluby.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def english_admin(admin_client, admin_user):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    return admin_client


def field_help(html, name):
    """The label and help text an editor reads next to the field `name`."""
    soup = BeautifulSoup(html, "html.parser")
    field = soup.find(["input", "select", "textarea"], attrs={"name": name})
    label = soup.find("label", attrs={"for": field["id"]}).get_text(" ", strip=True)
    help_ids = field.get("aria-describedby", "").split()
    help_text = " ".join(soup.find(id=help_id).get_text(" ", strip=True) for help_id in help_ids if soup.find(id=help_id))
    return label, help_text


def test_the_image_form_says_the_description_is_the_default_alt_text(english_admin):
    image = ImageFactory()
    html = english_admin.get(reverse("wagtailimages:edit", args=(image.pk,))).content.decode()
    label, help_text = field_help(html, "description")
    assert label.startswith("Default alt text")
    assert "alt text" in help_text and "cannot see" in help_text


@pytest.mark.parametrize(("name", "words"), [("latitude", "decimal degrees"), ("longitude", "decimal degrees"), ("opening_hours", "15:00")])
def test_club_coordinates_and_opening_hours_are_explained(english_admin, homes, name, words):
    club = ClubPageFactory(parent=ClubIndexPageFactory(parent=homes["pl"]))
    html = english_admin.get(reverse("wagtailadmin_pages:edit", args=(club.pk,))).content.decode()
    assert words in field_help(html, name)[1]


@pytest.mark.parametrize("page_type", [StandardPage, NewsArticlePage, ClubPage, ResourcePage])
def test_every_body_offers_the_link_block(page_type):
    assert isinstance(page_type.body.field.stream_block.child_blocks["link"], LinkBlock)


def test_the_link_block_renders_a_link_with_its_text_in_the_pages_language(client, homes):
    target = StandardPageFactory(parent=homes["pl"], title="O programie")
    page = StandardPage(
        title="Linki",
        slug="linki-test",
        body=[
            {"type": "link", "value": {"page": target.pk, "url": "", "text": ""}},
            {"type": "link", "value": {"page": None, "url": "https://example.org/regulamin", "text": "Regulamin programu"}},
        ],
    )
    homes["pl"].add_child(instance=page)
    main = BeautifulSoup(client.get(page.url).content, "html.parser").find("main")
    links = {a.get_text(strip=True): a["href"] for a in main.select(".link-block a")}
    assert links == {target.title: target.url, "Regulamin programu": "https://example.org/regulamin"}


def test_an_external_link_needs_its_text():
    block = LinkBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"page": None, "url": "https://example.org/", "text": ""}))
    assert "text" in error.value.block_errors
