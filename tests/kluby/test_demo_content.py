"""The demo loader: idempotent, trilingual, with generated images and sample data marked."""

import pytest
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from kluby.models import FooterContent, NewsArticlePage, StandardPage

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def snapshot():
    return {
        "pages": sorted(Page.objects.values_list("id", "locale_id", "url_path", "title", "live")),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "footers": FooterContent.objects.count(),
    }


def test_running_the_loader_again_changes_nothing():
    before = snapshot()
    call_command("load_demo_content", stdout=open("/dev/null", "w"))
    assert snapshot() == before


def test_every_standard_page_and_news_article_exists_in_three_languages():
    for model in (StandardPage, NewsArticlePage):
        for page in model.objects.filter(locale__language_code="pl"):
            codes = {t.locale.language_code for t in page.get_translations(inclusive=True).live()}
            assert codes == {"pl", "ro", "en"}, page.title


def test_demo_includes_programme_pages_and_the_accessibility_statement(homes):
    titles = " ".join(StandardPage.objects.filter(locale=homes["en"].locale).values_list("title", flat=True))
    assert "Learning Qub" in titles
    assert "Accessibility" in titles


def test_demo_images_are_generated_locally_with_alt_text():
    images = get_image_model().objects.all()
    assert images.exists()
    for image in images:
        assert image.description, image.title
        assert image.file.name.endswith(".jpg")
