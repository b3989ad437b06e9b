"""Request handling shared by the whole site: language prefixes and security headers."""

import re

from csp.constants import SELF
from django.conf import settings
from django.middleware.locale import LocaleMiddleware

# A first path segment that looks like a language code ("/xx/", "/de-at/").
LANGUAGE_LIKE_PREFIX = re.compile(r"^/[a-zA-Z]{2}(?:[-_][a-zA-Z0-9]{2,8})?(?:/|$)")
# Parts of the site that have no language in their addresses: what they do not find is
# answered there, never redirected to a language's page tree.
UNLOCALIZED_PREFIXES = ("/api/", "/admin/", "/documents/")


class LanguagePrefixMiddleware(LocaleMiddleware):
    """Django's locale middleware, except that an unknown language prefix is a plain 404.

    `/` and `/some/page/` still redirect to the visitor's language; `/xx/` does not become
    `/pl/xx/`, which would only hide the mistake behind a redirect, and neither does an
    address of the API or the admin (`/api/v2/pages/999/` stays a JSON 404).
    """

    def process_response(self, request, response):
        if request.path_info.startswith(UNLOCALIZED_PREFIXES):
            return response
        if response.status_code == 404 and LANGUAGE_LIKE_PREFIX.match(request.path_info):
            known = {code for code, _name in settings.LANGUAGES}
            first = request.path_info.strip("/").split("/", 1)[0].lower()
            if first not in known:
                response.setdefault("Content-Language", request.LANGUAGE_CODE)
                return response
        return super().process_response(request, response)


class SecurityHeadersMiddleware:
    """Headers Django's SecurityMiddleware does not set."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.permissions_policy = getattr(settings, "PERMISSIONS_POLICY", "")

    def __call__(self, request):
        response = self.get_response(request)
        if self.permissions_policy:
            response.setdefault("Permissions-Policy", self.permissions_policy)
        return response


class PreviewFramingMiddleware:
    """Let the admin frame page previews, and nothing else.

    Wagtail renders a preview by running a simulated request for the page's own URL through
    the middleware, so the preview would carry the public pages' `frame-ancestors 'none'` and
    `X-Frame-Options: DENY`, and the editor's live preview panel would stay blank. A preview
    may be framed by the site itself; public pages still may not be framed at all. Placed
    after `XFrameOptionsMiddleware` and `CSPMiddleware`, so that it sees the response first.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        # Wagtail marks the simulated request only once it reaches the view.
        if getattr(request, "is_preview", False):
            response["X-Frame-Options"] = "SAMEORIGIN"
            replace = dict(getattr(response, "_csp_replace", None) or {})
            replace["frame-ancestors"] = [SELF]
            response._csp_replace = replace
        return response
