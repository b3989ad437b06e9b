"""Two server processes, each with its own per-process cache (the production settings without
REDIS_URL): a page made private through the admin of one is refused by the other at once,
as a page, in search, in the sitemap, in the API and in the open data."""

import csv
import io
import json
import sqlite3
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

from bs4 import BeautifulSoup
from demo_server import ROOT, serve_site, site_environment

ADMIN = ("privacy-editor", "correct horse battery staple 42")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch(base_url, path, opener=None, data=None):
    """(status, headers, body) of a request; redirects are returned, not followed."""
    opener = opener or urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(base_url + path, data=data, timeout=30) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


def copy_site(source_dir, target_dir):
    """A consistent copy of the prepared site's database; media and static files shared."""
    target_dir.mkdir()
    with sqlite3.connect(source_dir / "db.sqlite3") as source, sqlite3.connect(target_dir / "db.sqlite3") as target:
        source.backup(target)
    for folder in ("media", "static"):
        (target_dir / folder).symlink_to(source_dir / folder)


def manage(var_dir, port, *args):
    env = site_environment(var_dir, port)
    env.update(DJANGO_SUPERUSER_USERNAME=ADMIN[0], DJANGO_SUPERUSER_PASSWORD=ADMIN[1], DJANGO_SUPERUSER_EMAIL="e@example.org")
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout


def visible_everywhere(base_url, club):
    """Where the club shows to an anonymous visitor of this server."""
    page_status, _headers, page_html = fetch(base_url, club["path"])
    search_html = fetch(base_url, "/pl/search/?q=" + urllib.parse.quote(club["search"]))[2]
    search_paths = {link["href"] for link in BeautifulSoup(search_html, "html.parser").select("main a[href]")}
    sitemap = fetch(base_url, "/sitemap-pages.xml")[2]
    api_ids = {item["id"] for item in json.loads(fetch(base_url, "/api/v2/pages/?type=clubs.ClubPage&limit=100")[2])["items"]}
    api_detail_status = fetch(base_url, f"/api/v2/pages/{club['id']}/")[0]
    geojson = json.loads(fetch(base_url, "/open-data/clubs.geojson")[2])
    geojson_titles = {feature["properties"].get("name") or feature["properties"].get("title") for feature in geojson["features"]}
    csv_rows = list(csv.DictReader(io.StringIO(fetch(base_url, "/open-data/clubs.csv")[2])))
    csv_urls = {row.get("url", "") for row in csv_rows}
    return {
        "page": page_status == 200 and club["title"] in page_html,
        "search": any(href.endswith(club["path"]) for href in search_paths),
        "sitemap": club["path"] in sitemap,
        "api list": club["id"] in api_ids,
        "api detail": api_detail_status == 200,
        "geojson": club["title"] in geojson_titles,
        "csv": any(url.endswith(club["path"]) for url in csv_urls),
    }


def sign_in(base_url):
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()), NoRedirect)
    login_html = fetch(base_url, "/admin/login/", opener)[2]
    token = BeautifulSoup(login_html, "html.parser").find("input", {"name": "csrfmiddlewaretoken"})["value"]
    form = urllib.parse.urlencode({"username": ADMIN[0], "password": ADMIN[1], "csrfmiddlewaretoken": token, "next": "/admin/"})
    status = fetch(base_url, "/admin/login/", opener, form.encode())[0]
    assert status == 302, "the administrator could not sign in"
    return opener


def make_private(base_url, opener, page_id):
    dialog = json.loads(fetch(base_url, f"/admin/pages/{page_id}/privacy/", opener)[2])
    token = BeautifulSoup(dialog["html"], "html.parser").find("input", {"name": "csrfmiddlewaretoken"})["value"]
    form = urllib.parse.urlencode({"restriction_type": "login", "csrfmiddlewaretoken": token})
    status, _headers, body = fetch(base_url, f"/admin/pages/{page_id}/privacy/", opener, form.encode())
    assert status == 200 and json.loads(body)["step"] == "set_privacy_done", body[:300]


def test_a_page_made_private_in_one_worker_is_refused_by_the_other_at_once(prepared_demo_site, tmp_path):
    source_dir, port = prepared_demo_site
    var_dir = tmp_path / "site"
    copy_site(Path(source_dir), var_dir)
    manage(var_dir, port, "createsuperuser", "--noinput")
    club = json.loads(
        manage(
            var_dir,
            port,
            "shell",
            "--no-imports",
            "-c",
            "import json; from clubs.models import ClubPage; "
            "c = ClubPage.objects.live().public().filter(locale__language_code='pl').order_by('path').first(); "
            "print(json.dumps({'id': c.pk, 'path': c.url, 'title': c.title, 'search': c.title}))",
        )
    )
    no_redis = {"REDIS_URL": ""}
    with serve_site(var_dir, workers=1, extra_env=no_redis) as (first, _a), serve_site(
        var_dir, workers=1, extra_env=no_redis
    ) as (second, _b):
        for server in (first, second):
            for _warm_up in range(2):  # the second round comes from each server's caches
                seen = visible_everywhere(server, club)
            assert all(seen.values()), seen
        make_private(first, sign_in(first), club["id"])
        for server in (second, first):
            seen = visible_everywhere(server, club)
            assert not any(seen.values()), (server, seen)
