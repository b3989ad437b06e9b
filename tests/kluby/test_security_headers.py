"""Security headers on public responses."""

import pytest

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_pages")]


def test_public_pages_send_the_security_headers(client):
    response = client.get("/pl/")
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]


def test_production_settings_harden_https_and_cookies(monkeypatch):
    import importlib

    monkeypatch.setenv("SECRET_KEY", "x" * 60)
    for name in ("SECURE_SSL_REDIRECT", "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "SECURE_HSTS_SECONDS"):
        monkeypatch.delenv(name, raising=False)
    import kluby.settings.base as base

    production = importlib.reload(base)
    try:
        assert production.SECURE_SSL_REDIRECT is True
        assert production.SECURE_HSTS_SECONDS >= 31536000
        assert production.SESSION_COOKIE_SECURE and production.SESSION_COOKIE_HTTPONLY
        assert production.CSRF_COOKIE_SECURE
        assert production.DEBUG is False
        monkeypatch.setenv("SECURE_SSL_REDIRECT", "false")
        assert importlib.reload(base).SECURE_SSL_REDIRECT is False
    finally:
        monkeypatch.undo()
        importlib.reload(base)


def test_base_settings_refuse_to_start_without_a_secret_key(monkeypatch):
    import importlib

    from django.core.exceptions import ImproperlyConfigured

    import kluby.settings.base as base

    monkeypatch.setenv("SECRET_KEY", "")
    with pytest.raises(ImproperlyConfigured):
        importlib.reload(base)
    monkeypatch.undo()
    importlib.reload(base)


def test_uploads_are_bounded_and_pillow_refuses_decompression_bombs():
    from django.conf import settings
    from PIL import Image

    assert Image.MAX_IMAGE_PIXELS is not None and Image.MAX_IMAGE_PIXELS <= 200_000_000
    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE <= 10 * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE <= 10 * 1024 * 1024
    assert "exe" not in settings.WAGTAILDOCS_EXTENSIONS and "html" not in settings.WAGTAILDOCS_EXTENSIONS


def test_an_oversized_form_post_is_refused_without_a_server_error(client):
    from kluby.models import ContactPage

    page = ContactPage.objects.live().first()
    response = client.post(page.url, {"message": "x" * (6 * 1024 * 1024)})
    assert response.status_code == 400


def test_previews_may_be_framed_by_the_site_itself_and_public_pages_by_nobody(client, rf, admin_user):
    from kluby.models import StandardPage

    page = StandardPage.objects.live().first()
    request = rf.get(f"/admin/pages/{page.pk}/edit/preview/")
    request.user = admin_user
    preview = page.make_preview_request(request, page.default_preview_mode)
    assert "frame-ancestors 'self'" in preview["Content-Security-Policy"]
    assert preview["X-Frame-Options"] == "SAMEORIGIN"
    public = client.get(page.url)
    assert "frame-ancestors 'none'" in public["Content-Security-Policy"]
    assert public["X-Frame-Options"] == "DENY"


@pytest.fixture
def reload_base_settings(monkeypatch):
    """Reads kluby.settings.base again under the environment a test sets; restores it after."""
    import importlib

    import kluby.settings.base as base

    monkeypatch.setenv("SECRET_KEY", "x" * 60)
    yield lambda: importlib.reload(base)
    monkeypatch.undo()
    importlib.reload(base)


def test_x_forwarded_proto_is_not_trusted_by_default(monkeypatch, reload_base_settings):
    monkeypatch.delenv("TRUST_X_FORWARDED_PROTO", raising=False)
    monkeypatch.delenv("TRUST_X_FORWARDED_FOR", raising=False)
    production = reload_base_settings()
    assert production.SECURE_PROXY_SSL_HEADER is None
    assert production.TRUST_X_FORWARDED_FOR is False


def test_x_forwarded_proto_is_trusted_when_the_deployment_says_so(monkeypatch, reload_base_settings):
    monkeypatch.setenv("TRUST_X_FORWARDED_PROTO", "true")
    monkeypatch.setenv("TRUST_X_FORWARDED_FOR", "true")
    production = reload_base_settings()
    assert production.SECURE_PROXY_SSL_HEADER == ("HTTP_X_FORWARDED_PROTO", "https")
    assert production.TRUST_X_FORWARDED_FOR is True


@pytest.mark.parametrize("trusted", [False, True])
def test_a_forged_https_header_does_not_skip_the_https_redirect(client, settings, monkeypatch, reload_base_settings, trusted):
    """Straight to gunicorn, anybody can send X-Forwarded-Proto: https; only behind a proxy
    that sets it is the request really secure."""
    monkeypatch.setenv("TRUST_X_FORWARDED_PROTO", "true" if trusted else "")
    settings.SECURE_PROXY_SSL_HEADER = reload_base_settings().SECURE_PROXY_SSL_HEADER
    settings.SECURE_SSL_REDIRECT = True
    response = client.get("/healthz", HTTP_X_FORWARDED_PROTO="https")
    if trusted:
        assert response.status_code == 200
    else:
        assert response.status_code == 301
        assert response["Location"] == "https://testserver/healthz"
