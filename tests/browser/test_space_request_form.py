"""The form to ask for a Qub space passes axe-core's WCAG 2.1 AA checks in a real browser in
Romanian and English, before and after it is sent with mistakes, and announces the errors."""

import json
import urllib.request

import pytest

from .test_access_pages import axe_violations

pytestmark = pytest.mark.browser


def first_space_path(live_site, language):
    url = f"{live_site}/api/v2/pages/?type=network.SpacePage&locale={language}&limit=1"
    with urllib.request.urlopen(url) as response:
        item = json.load(response)["items"][0]
    return f"/{language}/space-request/{item['id']}/"


@pytest.mark.parametrize("language", ["ro", "en"])
def test_the_space_request_form_is_accessible_and_announces_mistakes(browser, live_site, language):
    page = browser.new_page()
    page.goto(live_site + first_space_path(live_site, language))
    assert page.evaluate("document.documentElement.lang") == language
    assert page.locator("main form input[name=contact_email]").count() == 1
    assert axe_violations(page) == []
    page.fill("main input[name=contact_email]", "not an address")
    page.click("main form button[type=submit]")
    page.wait_for_load_state()
    assert page.locator("main [role=alert]").inner_text().strip()
    assert page.locator("main .form-field--error .error").count() >= 1
    assert axe_violations(page) == []
    page.close()
