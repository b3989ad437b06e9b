"""An activity prints as a clean card: with print media the site's header, navigation,
breadcrumbs and footer are not shown, the QR code and the short address are, and the card
fits on one or two A4 pages. The print view looks the same on screen."""

import pytest

pytestmark = pytest.mark.browser

ACTIVITIES = ["/pl/inspiracje/brelok-z-tinkercada/", "/ro/idei-de-activitati/robotul-care-deseneaza/"]

VISIBLE = """selector => {
  const el = document.querySelector(selector);
  if (!el) return null;
  const box = el.getBoundingClientRect();
  return getComputedStyle(el).display !== 'none' && box.width > 0 && box.height > 0;
}"""


def assert_clean_card(page):
    for selector in (".site-header", ".site-footer", ".breadcrumbs", ".main-menu", ".clubs-ready", "[data-print]"):
        assert page.evaluate(VISIBLE, selector) in (False, None), selector
    assert page.evaluate(VISIBLE, ".inspiration-qr svg")
    assert page.evaluate(VISIBLE, ".inspiration-steps")
    assert "/i/" in page.inner_text(".inspiration-source")


@pytest.mark.parametrize("path", ACTIVITIES)
def test_an_activity_prints_without_the_site_frame(browser, live_site, path):
    page = browser.new_page(viewport={"width": 1024, "height": 768})
    page.goto(live_site + path)
    assert page.evaluate(VISIBLE, ".site-header")
    page.emulate_media(media="print")
    assert_clean_card(page)
    pdf = page.pdf(format="A4")
    pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
    assert 1 <= pages <= 2, f"{path} prints on {pages} A4 pages"
    page.close()


def test_the_print_view_is_the_card_on_screen(browser, live_site):
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(live_site + ACTIVITIES[0] + "print/")
    assert page.evaluate(VISIBLE, ".inspiration-qr svg")
    assert page.evaluate(VISIBLE, ".site-header") in (False, None)
    page.close()
