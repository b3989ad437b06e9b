"""Full-page screenshots of portal pages in headless Chromium, for checking the look by eye.

Usage: python scripts/screenshot.py BASE_URL OUT_DIR PATH [PATH ...] [--width 390]
"""

import argparse
import re
from pathlib import Path

from playwright.sync_api import sync_playwright

ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base_url")
    parser.add_argument("out_dir")
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--width", type=int, default=1280)
    options = parser.parse_args()
    out = Path(options.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": options.width, "height": 900})
        for path in options.paths:
            page.goto(options.base_url.rstrip("/") + path, wait_until="load")
            name = re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-") or "root"
            page.screenshot(path=str(out / f"{name}-{options.width}.png"), full_page=True)
            print(out / f"{name}-{options.width}.png")
        browser.close()


if __name__ == "__main__":
    main()
