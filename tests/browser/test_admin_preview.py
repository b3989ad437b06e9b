"""The page editor's live preview panel shows the page: the admin may frame a preview, while a
public page still refuses every frame."""

import json
import urllib.request

import pytest

pytestmark = pytest.mark.browser


def a_standard_page(live_site):
    """(id, title) of a published standard page, from the public API."""
    url = f"{live_site}/api/v2/pages/?type=kluby.StandardPage&fields=title&limit=1"
    with urllib.request.urlopen(url) as response:
        item = json.load(response)["items"][0]
    return item["id"], item["title"]


def test_the_live_preview_panel_shows_the_rendered_page(browser, live_site, admin_credentials):
    page_id, title = a_standard_page(live_site)
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.goto(f"{live_site}/admin/login/")
    username, password = admin_credentials
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_site}/admin/")

    page.goto(f"{live_site}/admin/pages/{page_id}/edit/")
    page.click("[data-side-panel-toggle=preview]")
    # The panel loads the preview into a second frame, which then takes the first one's place.
    loaded = "iframe.w-preview__iframe:not(.w-preview__proxy)[src*='/edit/preview/']"
    page.wait_for_selector(loaded, state="attached", timeout=20_000)
    preview = page.frame_locator(loaded)
    # The site's own page, with its header and the page's title, inside the admin.
    heading = preview.locator("main h1")
    heading.wait_for(timeout=20_000)
    assert heading.inner_text().strip() == title
    assert preview.locator(".site-header").count() == 1
    context.close()


def test_public_pages_still_refuse_to_be_framed(live_site):
    with urllib.request.urlopen(f"{live_site}/pl/") as response:
        assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
        assert response.headers["X-Frame-Options"] == "DENY"
