"""Serve a fresh copy of the demo site with gunicorn and the production settings, for the
browser checks, Lighthouse and the benchmark. Usage as a context manager:

    with demo_server() as base_url: ...
"""

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def site_environment(var_dir, port):
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}}
    env.update(
        DJANGO_SETTINGS_MODULE="kluby.settings.production",
        SECRET_KEY="local-checks-only-" + "x" * 40,
        KLUBY_VAR_DIR=str(var_dir),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        SESSION_COOKIE_SECURE="false",
        CSRF_COOKIE_SECURE="false",
        SECURE_HSTS_SECONDS="0",
        SERVE_MEDIA="true",
        WAGTAILADMIN_BASE_URL=f"http://127.0.0.1:{port}",
    )
    return env


def prepare_site(var_dir, port, load_args=(), extra_env=None):
    """Migrate a new SQLite database in `var_dir`, load the demo content, collect static.
    The site's address (canonical URLs, the sitemap) uses `port`."""
    env = site_environment(var_dir, port)
    env.update(extra_env or {})
    manage = [sys.executable, str(ROOT / "manage.py")]
    for command in (["migrate", "--noinput"], ["load_demo_content", *load_args], ["collectstatic", "--noinput"]):
        subprocess.run(manage + command, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


@contextlib.contextmanager
def serve_site(var_dir, port=None, workers=2, extra_env=None):
    """Serve the site prepared in `var_dir` with gunicorn; yields (base URL, process)."""
    port = port or free_port()
    env = site_environment(var_dir, port)
    env.update(extra_env or {})
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "kluby.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", str(workers), "--log-level", "warning"],
        cwd=ROOT,
        env=env,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{base_url}/healthz", timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("the demo site did not start") from None
                time.sleep(0.3)
        yield base_url, server
    finally:
        server.terminate()
        server.wait(timeout=15)


@contextlib.contextmanager
def demo_server(workers=2, load_args=(), var_dir=None, extra_env=None, prepare=True):
    """Prepare a new demo site (unless `prepare=False`: the site in `var_dir` is served as it
    is) and serve it."""
    with tempfile.TemporaryDirectory(prefix="kluby-site-") as temporary:
        var_dir = Path(var_dir or temporary)
        port = free_port()
        if prepare:
            prepare_site(var_dir, port, load_args, extra_env)
        with serve_site(var_dir, port, workers, extra_env) as served:
            yield served
