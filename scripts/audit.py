"""Lighthouse (mobile) on the home page and a listing and a detail page of each area, behind
gunicorn with the production settings. Prints the four scores per page.

Usage: python scripts/audit.py [--fail-under 0.90]
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

from demo_server import ROOT, demo_server


def audited_page_types():
    """What each app asks to be audited (`audited_page_types` of its AppConfig)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kluby.settings.test")
    import django

    django.setup()
    from kluby.registry import portal_apps

    return [label for app in portal_apps() for label in app.audited_page_types]

CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
CHROME_FLAGS = (
    '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run '
    '--disable-background-networking --disable-component-update --disable-sync '
    '--host-resolver-rules="MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost"'
)


def first_page_url(base_url, page_type):
    try:
        with urllib.request.urlopen(f"{base_url}/api/v2/pages/?type={page_type}&locale=pl&limit=1") as response:
            items = json.load(response)["items"]
        if not items:
            with urllib.request.urlopen(f"{base_url}/api/v2/pages/?type={page_type}&limit=1") as response:
                items = json.load(response)["items"]
    except OSError:  # the API answers 400 for a page type that does not exist (yet)
        return None
    if not items:
        return None
    # The API names the site's configured host; the audit visits this server.
    return base_url + urlsplit(items[0]["meta"]["html_url"]).path


def lighthouse(url, out_dir):
    report = Path(out_dir) / "report.json"
    profile = tempfile.mkdtemp(prefix="lh-profile-")
    env = dict(os.environ, CHROME_PATH="/usr/bin/chromium")
    for attempt in range(3):  # Lighthouse now and then fails to record a trace (NO_NAVSTART)
        completed = subprocess.run(
            [
                str(ROOT / "node_modules" / ".bin" / "lighthouse"), url, "--quiet", "--output=json",
                f"--output-path={report}", f"--only-categories={','.join(CATEGORIES)}",
                f"--chrome-flags={CHROME_FLAGS} --user-data-dir={profile}",
            ],
            env=env,
            timeout=240,
        )
        if completed.returncode == 0:
            break
        print(f"Lighthouse failed on {url} (attempt {attempt + 1} of 3)", file=sys.stderr)
    else:
        raise RuntimeError(f"Lighthouse could not audit {url}")
    data = json.loads(report.read_text())
    failed_audits = [
        audit_id
        for audit_id, audit in data["audits"].items()
        if audit.get("score") is not None and audit["score"] < 0.9 and audit.get("scoreDisplayMode") == "binary"
    ]
    return {name: data["categories"][name]["score"] for name in CATEGORIES}, failed_audits


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--fail-under", type=float, default=0.0)
    options = parser.parse_args()
    rows = []
    with demo_server() as (base_url, _server), tempfile.TemporaryDirectory() as out_dir:
        for page_type in audited_page_types():
            url = first_page_url(base_url, page_type)
            if url is None:
                continue
            scores, failed = lighthouse(url, out_dir)
            rows.append((page_type, url.replace(base_url, ""), scores, failed))
    print(f"\n{'page type':32} {'path':44} " + " ".join(f"{c[:13]:>13}" for c in CATEGORIES))
    worst = 1.0
    for page_type, path, scores, failed in rows:
        worst = min(worst, *scores.values())
        print(f"{page_type:32} {path[:44]:44} " + " ".join(f"{scores[c]:>13.2f}" for c in CATEGORIES))
        if failed:
            print(f"{'':32} failed audits: {', '.join(failed)}")
    print(f"\nLowest score: {worst:.2f} (target 0.95, CI fails below {options.fail_under:.2f})")
    if worst < options.fail_under:
        sys.exit(1)


if __name__ == "__main__":
    main()
