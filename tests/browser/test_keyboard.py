"""Keyboard use: the skip link comes first, is visible on focus and moves focus to the main
content; focus stays visible on the links that follow."""

import pytest

pytestmark = pytest.mark.browser

FOCUS_STYLE = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  return {
    tag: el.tagName, id: el.id, cls: el.className, text: (el.textContent || '').trim(),
    outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    shadow: style.boxShadow !== 'none',
    visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight,
  };
}"""


@pytest.mark.parametrize("path", ["/pl/", "/en/news/"])
def test_skip_link_and_visible_focus(browser, live_site, path):
    page = browser.new_page(viewport={"width": 1024, "height": 768})
    page.goto(live_site + path)
    page.keyboard.press("Tab")
    focused = page.evaluate(FOCUS_STYLE)
    assert "skip-link" in focused["cls"]
    assert focused["visible"] and (focused["outline"] or focused["shadow"])
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"
    # The next Tab lands inside the main content, not back in the header.
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.getElementById('main').contains(document.activeElement)")
    focused = page.evaluate(FOCUS_STYLE)
    assert focused["visible"] and (focused["outline"] or focused["shadow"]), focused
    page.close()
