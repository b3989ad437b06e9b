"""The sign-in and password pages of private pages pass axe-core's WCAG 2.1 AA checks in a real
browser, before and after a wrong answer, and announce the error."""

import subprocess
import sys

import pytest

from .conftest import NODE_MODULES, ROOT, site_environment
from .test_crawl import AXE_OPTIONS

pytestmark = pytest.mark.browser

CREATE_PROTECTED_PAGE = """
from kluby.models import HomePage, StandardPage
from wagtail.models import PageViewRestriction
home = HomePage.objects.get(locale__language_code="pl")
page = StandardPage(title="Tylko dla zespołu", slug="tylko-dla-zespolu")
home.add_child(instance=page)
page.save_revision().publish()
PageViewRestriction.objects.create(page=page, restriction_type="password", password="sezam")
print(page.url)
"""


@pytest.fixture(scope="session")
def protected_page(live_site, live_site_dir):
    """The path of a new password-protected page of the served site."""
    completed = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "shell", "-c", CREATE_PROTECTED_PAGE],
        cwd=ROOT,
        env=site_environment(live_site_dir, live_site.rsplit(":", 1)[1]),
        check=True,
        capture_output=True,
        text=True,
    )
    return completed.stdout.strip().splitlines()[-1]


def axe_violations(page):
    page.evaluate((NODE_MODULES / "axe-core" / "axe.min.js").read_text(encoding="utf-8"))
    violations = page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)["violations"]
    return [f"{v['id']}: {[n['target'] for n in v['nodes']][:3]}" for v in violations]


@pytest.mark.parametrize(("kind", "field"), [("sign-in", "password"), ("password", "password")])
def test_access_pages_are_accessible_and_announce_a_wrong_answer(browser, live_site, protected_page, kind, field):
    page = browser.new_page()
    url = f"{live_site}/pl/_util/login/?next=/pl/" if kind == "sign-in" else live_site + protected_page
    page.goto(url)
    assert page.evaluate("document.documentElement.lang") == "pl"
    assert axe_violations(page) == []
    if kind == "sign-in":
        page.fill("input[name=username]", "nobody")
    page.fill(f"input[name={field}]", "wrong")
    page.click("main button[type=submit]")
    page.wait_for_load_state()
    assert page.title().startswith("Błąd:")
    assert page.locator("[role=alert]").inner_text().strip()
    assert axe_violations(page) == []
    page.close()
