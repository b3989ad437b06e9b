"""A real server for the browser checks: a fresh SQLite database with the demo content,
served by gunicorn with the production settings and whitenoise, on a free local port."""

import os
import shutil
import urllib.request
from pathlib import Path

import pytest
from demo_server import serve_site

ROOT = Path(__file__).resolve().parents[2]

NODE_MODULES = ROOT / "node_modules"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
]
HOW_TO_GET_THEM = (
    "run `make test` as root on Debian (it installs chromium, Java and the npm tools), or "
    "install chromium and default-jre-headless and run `npm install` in the project folder"
)


def missing_tools():
    missing = []
    if not Path(CHROMIUM).exists():
        missing.append("chromium")
    if not shutil.which("java"):
        missing.append("java")
    for package in ("axe-core/axe.min.js", "vnu-jar/build/dist/vnu.jar"):
        if not (NODE_MODULES / package).exists():
            missing.append(f"node_modules/{package}")
    try:
        import playwright  # noqa: F401
    except ImportError:
        missing.append("playwright (pip)")
    return missing


def skip_or_fail(reason):
    if os.environ.get("KLUBY_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason} (KLUBY_REQUIRE_BROWSER=1 turns this skip into a failure)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def live_site(request):
    if os.environ.get("KLUBY_BROWSER_TESTS") != "0":
        missing = missing_tools()
        if missing:
            skip_or_fail(f"browser checks need {', '.join(missing)}: {HOW_TO_GET_THEM}")
    var_dir, port = request.getfixturevalue("prepared_demo_site")
    with serve_site(var_dir, port) as (base_url, _server):
        yield base_url


@pytest.fixture(scope="session")
def browser(live_site):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def sitemap_urls(live_site):
    from xml.etree import ElementTree

    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    with urllib.request.urlopen(f"{live_site}/sitemap.xml") as response:
        index = ElementTree.fromstring(response.read())
    urls = []
    # The sitemap is an index of sections.
    for section in index.findall("s:sitemap/s:loc", namespace):
        with urllib.request.urlopen(section.text) as response:
            urls += [loc.text for loc in ElementTree.fromstring(response.read()).findall("s:url/s:loc", namespace)]
    assert urls, "the sitemap lists no pages"
    return urls
