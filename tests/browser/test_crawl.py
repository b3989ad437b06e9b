"""The public pages in a real browser, a few of every page type and route in every language:
each loads, logs no console error, has no axe-core violation of WCAG 2.0/2.1 A and AA, and
its HTML passes the Nu Html Checker."""

import json
import subprocess
from urllib.parse import urlsplit

import pytest

from .conftest import NODE_MODULES, api_pages

pytestmark = pytest.mark.browser

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
# Views reached through forms, listings with filters chosen, and the sign-in page of private
# pages, which the sitemap does not list.
EXTRA_PAGES = [
    "/pl/search/?q=klub",
    "/ro/search/?q=școli",
    "/en/search/?q=library",
    "/pl/kluby/?region=mazowieckie&status=closed&equipment=3d-printer-fdm",
    "/pl/zasobnik/?category=concepts&q=makerspace",
    "/pl/inspiracje/?age=children-9-12&steam=technology&sort=shortest",
    "/pl/inspiracje/matcher/?equipment=3d-printer-fdm&equipment=laptop&equipment=nieznany",
    "/ro/idei-de-activitati/matcher/?equipment=mbot&equipment=laptop",
    "/en/activity-ideas/matcher/",
    "/pl/_util/login/",
    "/ro/_util/login/?next=/ro/",
]


@pytest.fixture(scope="module")
def crawl(browser, live_site, crawl_urls, tmp_path_factory):
    """Visit every page once; keep what each check needs."""
    html_dir = tmp_path_factory.mktemp("html")
    results = []
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    console_errors = []
    page.on("console", lambda message: message.type == "error" and console_errors.append(message.text))
    page.on("pageerror", lambda error: console_errors.append(str(error)))
    urls = crawl_urls + [live_site + path for path in EXTRA_PAGES]
    axe_source = (NODE_MODULES / "axe-core" / "axe.min.js").read_text(encoding="utf-8")
    for number, url in enumerate(urls):
        console_errors.clear()
        response = page.goto(url, wait_until="load")
        # Evaluated through the DevTools protocol, which the page's CSP does not govern.
        page.evaluate(axe_source)
        violations = page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)["violations"]
        html_file = html_dir / f"page-{number:04d}.html"
        html_file.write_text(response.text(), encoding="utf-8")
        results.append(
            {
                "url": url,
                "status": response.status,
                "console_errors": list(console_errors),
                "violations": [
                    f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
                    for v in violations
                ],
                "html_file": html_file,
            }
        )
    context.close()
    return results


def test_the_crawl_covers_every_language(crawl):
    languages = {result["url"].split("/")[3] for result in crawl}
    assert {"pl", "ro", "en"} <= languages
    assert len(crawl) >= 30


def test_the_crawl_covers_every_page_type_in_every_language_it_exists_in(live_site, crawl):
    visited = {urlsplit(result["url"]).path for result in crawl}
    types = {}
    for page_type, language, path in api_pages(live_site):
        types.setdefault((page_type, language), set()).add(path)
    missed = [kind for kind, paths in types.items() if not paths & visited]
    assert missed == []


def test_every_page_answers_200(crawl):
    assert [(r["url"], r["status"]) for r in crawl if r["status"] != 200] == []


def test_no_page_logs_a_console_error(crawl):
    assert [(r["url"], r["console_errors"]) for r in crawl if r["console_errors"]] == []


def test_no_page_has_an_axe_violation(crawl):
    failures = {r["url"]: r["violations"] for r in crawl if r["violations"]}
    assert failures == {}, json.dumps(failures, indent=1, ensure_ascii=False)


def test_every_page_is_valid_html(crawl):
    vnu = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
    files = [str(r["html_file"]) for r in crawl]
    completed = subprocess.run(
        ["java", "-jar", str(vnu), "--stdout", "--format", "json", "--errors-only", *files],
        capture_output=True,
        text=True,
        timeout=600,
    )
    messages = json.loads(completed.stdout or '{"messages": []}')["messages"]
    by_file = {str(r["html_file"]): r["url"] for r in crawl}
    errors = [
        f"{by_file.get(m.get('url', '').removeprefix('file:'), m.get('url'))}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m.get("type") == "error"
    ]
    assert errors == [], "\n".join(errors[:50])
