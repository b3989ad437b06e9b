"""The published-content version (`kluby.freshness`): caches follow publication, not typing,
and the HTTP caching headers let browsers revalidate while a CDN may keep pages."""

import gzip

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction, Site

from kluby.freshness import content_version
from kluby.models import FooterContent, StandardPage
from tests.clubs.factories import ClubIndexPageFactory, ClubPageFactory
from tests.factories import ImageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_pages")]


def standard_page(language="en"):
    return StandardPage.objects.live().filter(locale__language_code=language).order_by("path").first()


def test_a_draft_save_leaves_every_cached_page_a_cache_hit(client):
    page = standard_page()
    client.get(page.url)
    before = content_version()
    page.title = "A draft nobody may see yet"
    page.save_revision()  # what the admin's save and autosave do
    assert content_version() == before
    response = client.get(page.url)
    assert response["X-Page-Cache"] == "hit"
    assert "A draft nobody may see yet" not in response.content.decode()


def test_revisions_workflow_and_renditions_leave_the_version_alone():
    image = ImageFactory()
    page = standard_page()
    before = content_version()
    revision = page.save_revision()
    page.latest_revision = revision
    page.save(update_fields=["latest_revision"])  # a lock or revision bookkeeping save
    image.get_rendition("fill-37x23")  # made while a page renders
    assert content_version() == before


def test_publishing_unpublishing_moving_and_deleting_start_a_new_version():
    page = standard_page()
    versions = [content_version()]
    page.save_revision().publish()
    versions.append(content_version())
    page.unpublish()
    versions.append(content_version())
    sibling = standard_page("pl")
    page.specific.delete()
    versions.append(content_version())
    sibling.move(sibling.get_parent(), pos="first-child")
    versions.append(content_version())
    assert versions == sorted(set(versions)), versions


def test_privacy_sites_snippets_settings_and_images_start_a_new_version():
    image = ImageFactory()
    page = standard_page()
    before = content_version()
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    after_restriction = content_version()
    restriction.restriction_type = PageViewRestriction.GROUPS
    restriction.save()
    restriction.groups.add(Group.objects.first())
    after_groups = content_version()
    footer = FooterContent.objects.first()
    footer.funding_note = "Funded by readers"
    footer.save()
    after_footer = content_version()
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Kluby"
    site.save()
    after_site = content_version()
    image.description = "A new default alt text"
    image.save()
    after_image = content_version()
    assert before < after_restriction < after_groups < after_footer < after_site < after_image


def test_a_privacy_change_refuses_the_cached_page_at_once(client):
    page = standard_page()
    assert client.get(page.url).status_code == 200
    assert client.get(page.url)["X-Page-Cache"] == "hit"
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(page.url)
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_pages_tell_browsers_to_revalidate_and_a_cdn_may_keep_them(client, settings):
    page = standard_page()
    response = client.get(page.url)
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"public", "max-age=0", f"s-maxage={settings.PAGE_CACHE_SECONDS}"} <= cache_control
    assert response.has_header("ETag")
    hit = client.get(page.url)
    assert hit["X-Page-Cache"] == "hit"
    assert hit["ETag"] == response["ETag"]
    assert "max-age=0" in hit["Cache-Control"]


def test_an_unchanged_page_is_answered_with_304_and_a_published_one_in_full(client):
    page = standard_page()
    etag = client.get(page.url)["ETag"]
    not_modified = client.get(page.url, HTTP_IF_NONE_MATCH=etag)
    assert not_modified.status_code == 304
    assert not_modified.content == b""
    page.title = "Accessibility, revised"
    page.save_revision().publish()
    fresh = client.get(page.url, HTTP_IF_NONE_MATCH=etag)
    assert fresh.status_code == 200
    assert "Accessibility, revised" in fresh.content.decode()


def test_signed_in_editors_get_private_pages(client):
    page = standard_page()
    editor = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(editor)
    response = client.get(page.url)
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


@pytest.mark.parametrize(
    "url",
    ["/pl/", "/api/v2/pages/?limit=5", "/open-data/clubs.csv", "/open-data/clubs.geojson", "/sitemap.xml"],
)
def test_text_responses_are_compressed(client, homes, url):
    index = ClubIndexPageFactory(parent=homes["pl"])
    ClubPageFactory.create_batch(3, parent=index)
    response = client.get(url, HTTP_ACCEPT_ENCODING="gzip, deflate, br", follow=False)
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    assert gzip.decompress(response.content)


def test_images_are_not_compressed_again(rf):
    from django.http import HttpResponse

    from kluby.cache import CompressTextMiddleware

    request = rf.get("/media/x.webp", HTTP_ACCEPT_ENCODING="gzip")
    middleware = CompressTextMiddleware(lambda request: None)
    image = middleware.process_response(request, HttpResponse(b"RIFF" + b"\0" * 400, content_type="image/webp"))
    text = middleware.process_response(request, HttpResponse(b"a,b\n" * 100, content_type="text/csv"))
    assert not image.has_header("Content-Encoding")
    assert text["Content-Encoding"] == "gzip"
