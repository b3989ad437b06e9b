"""Benchmark: the demo content scaled up, served by gunicorn (production settings, 2 workers,
whitenoise), each page under concurrent load next to a ceiling measured in the same run (a
trivial view on the same server). Prints a table and writes docs/performance.md.

Usage: python scripts/bench.py [--scale 20] [--clients 8] [--seconds 8]
"""

import argparse
import datetime
import http.client
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

from demo_server import ROOT, demo_server, site_environment

CEILING_PATH = "/robots.txt"
NOTES_HEADING = "## Reading the figures"


def api_first(base_url, page_type, locales=("pl", "ro", "en")):
    """The path of the first page of `page_type`, in the first language that has one (the
    school network's pages are Romanian and English)."""
    for locale in locales:
        try:
            with urllib.request.urlopen(f"{base_url}/api/v2/pages/?type={page_type}&locale={locale}&limit=1") as r:
                items = json.load(r)["items"]
        except OSError:
            return None
        if items:
            # The API names the site's configured host; only the path is requested here.
            url = urlsplit(items[0]["meta"]["html_url"])
            return url.path + (f"?{url.query}" if url.query else "")
    return None


def benchmarked_pages():
    """What each app asks to be measured (`benchmarked_pages` of its AppConfig)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kluby.settings.test")
    import django

    django.setup()
    from kluby.registry import portal_apps

    return [entry for app in portal_apps() for entry in app.benchmarked_pages]


def targets(base_url):
    pages = [("ceiling: trivial view (robots.txt)", CEILING_PATH), ("home page", "/pl/")]
    for label, page_type, query in benchmarked_pages():
        path = api_first(base_url, page_type)
        if path:
            pages.append((label, path + query))
    pages += [
        ("search", "/pl/search/?q=biblioteka"),
        ("search, two words", "/pl/search/?q=drukarka+3d"),
        ("API: pages", "/api/v2/pages/?limit=20"),
        ("sitemap index", "/sitemap.xml"),
        ("sitemap section (1,000 pages)", "/sitemap-pages.xml"),
    ]
    return pages


def load(port, path, clients, seconds):
    latencies, errors, hits = [], [], []
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def worker():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine = []
        while time.monotonic() < stop_at:
            started = time.perf_counter()
            try:
                connection.request("GET", path, headers={"Accept-Language": "pl"})
                response = connection.getresponse()
                response.read()
                if response.status != 200:
                    errors.append(response.status)
                if response.getheader("X-Page-Cache") == "hit":
                    hits.append(1)
            except (OSError, http.client.HTTPException) as error:
                errors.append(str(error))
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                continue
            mine.append(time.perf_counter() - started)
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - began
    latencies.sort()

    def percentile(p):
        return latencies[min(len(latencies) - 1, int(len(latencies) * p))] * 1000 if latencies else float("nan")

    return {
        "requests": len(latencies),
        "rps": len(latencies) / elapsed,
        "p50": percentile(0.50),
        "p95": percentile(0.95),
        "p99": percentile(0.99),
        "mean": statistics.mean(latencies) * 1000 if latencies else float("nan"),
        "errors": len(errors),
        "hits": 100 * len(hits) / len(latencies) if latencies else 0,
    }


# An editor at work: a draft of a page saved every half second, as Wagtail's autosave does while
# someone types. Drafts must leave the anonymous visitors' cached pages alone.
SAVE_DRAFTS = """
import sys, time
from wagtail.models import Page
page = Page.objects.filter(depth=3, locale__language_code="pl").first().specific
saves = 0
while True:
    page.title = page.title.rstrip(" *") + " *" * (saves % 2)
    page.save_revision()
    saves += 1
    print(saves, flush=True)
    time.sleep(0.5)
"""
EDITED_PAGES = ("ceiling: trivial view (robots.txt)", "home page", "resource index", "club index", "club page")


def while_saving_drafts(var_dir, port, pages, clients, seconds):
    """Load each page while another process saves a draft every half second; also how many
    drafts were saved."""
    editor = subprocess.Popen(
        [sys.executable, str(ROOT / "manage.py"), "shell", "-c", SAVE_DRAFTS],
        cwd=ROOT,
        env=site_environment(var_dir, port),
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        rows = []
        for label, path in pages:
            load(port, path, 2, min(1, seconds))
            rows.append((label, path, load(port, path, clients, seconds)))
            print(f"{'editing':9} {label:34} {rows[-1][2]['rps']:8.1f} req/s  p95 {rows[-1][2]['p95']:7.1f} ms", flush=True)
    finally:
        editor.terminate()
        output, _ = editor.communicate(timeout=30)
    saves = [word for word in output.split() if word.isdigit()]
    return rows, int(saves[-1]) if saves else 0


def worker_peak_memory_mb(server):
    """Peak resident memory (VmHWM) of each gunicorn worker, in MB."""
    children = subprocess.run(["pgrep", "-P", str(server.pid)], capture_output=True, text=True).stdout.split()
    peaks = []
    for pid in children:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peaks.append(int(line.split()[1]) / 1024)
        except OSError:
            continue
    return peaks


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=20)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=8)
    parser.add_argument("--output", default=str(ROOT / "docs" / "performance.md"))
    parser.add_argument(
        "--site", help="keep the scaled site in this folder and reuse it when it is already there"
    )
    options = parser.parse_args()
    started = time.monotonic()
    results = {}
    memory = {}
    with tempfile.TemporaryDirectory(prefix="kluby-bench-") as var_dir:
        var_dir = options.site or var_dir
        reuse = Path(var_dir, "db.sqlite3").exists()
        for mode, page_cache_seconds in (("uncached", "0"), ("cached", "300")):
            with demo_server(
                workers=2,
                load_args=("--scale", str(options.scale)),
                var_dir=var_dir,
                extra_env={"PAGE_CACHE_SECONDS": page_cache_seconds},
                prepare=mode == "uncached" and not reuse,  # the cached run serves the same site again
            ) as (base_url, server):
                if mode == "uncached":
                    setup_seconds = time.monotonic() - started
                port = int(base_url.rsplit(":", 1)[1])
                with urllib.request.urlopen(f"{base_url}/api/v2/pages/?limit=1") as response:
                    page_count = json.load(response)["meta"]["total_count"]
                rows = []
                for label, path in targets(base_url):
                    # Warm up (renditions, caches, connections) for as long as each measurement, at most 1 s.
                    load(port, path, 2, min(1, options.seconds))
                    rows.append((label, path, load(port, path, options.clients, options.seconds)))
                    result = rows[-1][2]
                    print(f"{mode:9} {label:34} {result['rps']:8.1f} req/s  p95 {result['p95']:7.1f} ms", flush=True)
                results[mode] = rows
                memory[mode] = worker_peak_memory_mb(server)
                if mode == "cached":
                    edited = [(label, path) for label, path in targets(base_url) if label in EDITED_PAGES]
                    results["editing"], draft_saves = while_saving_drafts(
                        var_dir, port, edited, options.clients, options.seconds
                    )
    command = f"make bench BENCH_ARGS=\"--scale {options.scale} --clients {options.clients} --seconds {options.seconds:g}\""
    lines = [
        "# Performance",
        "",
        f"Measured by `{command}` on {datetime.date.today().isoformat()}: the demo content scaled "
        f"x{options.scale} ({page_count} public pages in three languages), served by gunicorn with the "
        f"production settings, 2 workers and whitenoise, on SQLite; {options.clients} concurrent clients "
        f"for {options.seconds:g} s per page, after a warm-up. The ceiling is a trivial view "
        f"(`{CEILING_PATH}`) on the same server in the same run; the ratio is each page's throughput "
        "over the ceiling's.",
        "",
        f"Machine: {os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}. The load generator runs on the same machine and "
        "shares its cores.",
        "",
    ]
    for mode, rows in results.items():
        ceiling = rows[0][2]["rps"]
        title = {
            "uncached": "Uncached (PAGE_CACHE_SECONDS=0): every request renders the page",
            "cached": "Cached for anonymous visitors (the default, PAGE_CACHE_SECONDS=300)",
            "editing": "Cached, while an editor saves a draft every half second "
            f"({draft_saves} drafts saved during these runs)",
        }[mode]
        lines += [
            f"## {title}",
            "",
            "| page | path | req/s | ratio to ceiling | p50 ms | p95 ms | p99 ms | errors | page cache hits |",
            "|---|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for label, path, result in rows:
            lines.append(
                f"| {label} | `{path[:60]}` | {result['rps']:.1f} | {result['rps'] / ceiling:.2f} | "
                f"{result['p50']:.1f} | {result['p95']:.1f} | {result['p99']:.1f} | {result['errors']} | {result['hits']:.0f}% |"
            )
        lines.append("")
    lines += [
        "Peak memory per gunicorn worker after each run (VmHWM): "
        + "; ".join(f"{mode}: " + ", ".join(f"{value:.0f} MB" for value in values) for mode, values in memory.items())
        + " (target: under 250 MB).",
        "",
        "Targets (issue: quality gates): p95 under 150 ms for every uncached page at 8 concurrent "
        "clients at scale x20; cached anonymous pages within 2x of the ceiling once caching exists.",
        f"Setting up the scaled site took {setup_seconds:.0f} s.",
        "",
    ]
    # Hand-written notes below the figures are kept from one run to the next.
    output = Path(options.output)
    previous = output.read_text(encoding="utf-8") if output.exists() else ""
    if NOTES_HEADING in previous:
        lines += [previous[previous.index(NOTES_HEADING):].rstrip(), ""]
    output.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
