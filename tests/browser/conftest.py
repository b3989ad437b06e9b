"""A real server for the browser checks: a fresh SQLite database with the demo content,
served by gunicorn with the production settings and whitenoise, on a free local port. The
e-mails it sends are written to files (`sent_mail_dir`), so the checks can read them."""

import json
import os
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from demo_server import serve_site, site_environment

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
def live_site_dir(request):
    """The served site's state (SQLite database, media): the prepared demo site."""
    return request.getfixturevalue("prepared_demo_site")[0]


@pytest.fixture(scope="session")
def sent_mail_dir(tmp_path_factory):
    """Where the served site writes the e-mails it sends (Django's file backend)."""
    return tmp_path_factory.mktemp("sent-mail")


# Who the served site tells of each new request for a Qub space.
SPACE_REQUEST_RECIPIENT = "qub-team@example.org"


@pytest.fixture(scope="session")
def live_site(request, sent_mail_dir):
    if os.environ.get("KLUBY_BROWSER_TESTS") != "0":
        missing = missing_tools()
        if missing:
            skip_or_fail(f"browser checks need {', '.join(missing)}: {HOW_TO_GET_THEM}")
    var_dir, port = request.getfixturevalue("prepared_demo_site")
    mail = {
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(sent_mail_dir),
        "SPACE_REQUEST_RECIPIENTS": SPACE_REQUEST_RECIPIENT,
    }
    with serve_site(var_dir, port, extra_env=mail) as (base_url, _server):
        yield base_url


@pytest.fixture(scope="session")
def admin_credentials(live_site, live_site_dir):
    """A superuser of the served site, as (username, password)."""
    username, password = "browser-admin", "browser-checks-only-7Tq"
    env = site_environment(live_site_dir, live_site.rsplit(":", 1)[1])
    env.update(DJANGO_SUPERUSER_PASSWORD=password, DJANGO_SUPERUSER_EMAIL="admin@example.org")
    subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "createsuperuser", "--noinput", "--username", username],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return username, password


# Package scope: Playwright's sync API keeps an event loop running in this thread while it
# is open, and Django refuses database access from a thread with a running loop, so the
# browser must be closed before the database tests of the other packages run.
@pytest.fixture(scope="package")
def browser(live_site):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


# Pages of the same type share their templates: the crawl visits a few of each kind in each
# language rather than every page, so it stays quick as the content grows.
PAGES_PER_TYPE_AND_LANGUAGE = 2
ROUTES_PER_SECTION_AND_LANGUAGE = 3


def read_json(url):
    with urllib.request.urlopen(url) as response:
        return json.load(response)


def api_pages(live_site):
    """(page type, language, path) of every public page, from the API, oldest first."""
    pages, offset = [], 0
    while True:
        listing = read_json(f"{live_site}/api/v2/pages/?limit=100&offset={offset}&order=id")
        pages += [(item["meta"]["type"], item["meta"]["locale"], urlsplit(item["meta"]["html_url"]).path) for item in listing["items"]]
        offset += len(listing["items"])
        if not listing["items"] or offset >= listing["meta"]["total_count"]:
            return pages


@pytest.fixture(scope="session")
def crawl_urls(live_site):
    """What the crawl visits: from the API, the first pages of every page type in every
    language; from the sitemap's sections other than the page tree (routes of routable
    pages, views that are not pages), the first addresses of each in every language."""
    from xml.etree import ElementTree

    chosen, seen = [], {}
    for page_type, language, path in api_pages(live_site):
        if seen.get((page_type, language), 0) < PAGES_PER_TYPE_AND_LANGUAGE:
            seen[(page_type, language)] = seen.get((page_type, language), 0) + 1
            chosen.append(live_site + path)
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    with urllib.request.urlopen(f"{live_site}/sitemap.xml") as response:
        index = ElementTree.fromstring(response.read())
    for section in index.findall("s:sitemap/s:loc", namespace):
        if "sitemap-pages" in section.text:
            continue
        with urllib.request.urlopen(section.text) as response:
            locations = [loc.text for loc in ElementTree.fromstring(response.read()).findall("s:url/s:loc", namespace)]
        per_language = {}
        for location in locations:
            path = urlsplit(location).path
            language = path.split("/")[1]
            if per_language.get(language, 0) < ROUTES_PER_SECTION_AND_LANGUAGE:
                per_language[language] = per_language.get(language, 0) + 1
                chosen.append(live_site + path)
    assert chosen, "nothing to crawl"
    return chosen
