"""Whole-page caching for anonymous visitors, and the HTTP caching headers of pages.

Django's cache middleware, with these changes: signed-in users are never served from or
stored in the cache; every key carries the published-content version (`kluby.freshness`),
so nobody gets a page older than the last publication, in any worker; and browsers are told
to revalidate every time (`max-age=0` with an ETag, answered with 304 while the page is
unchanged) while a shared cache in front of the site (a CDN) may keep pages for
`PAGE_CACHE_SECONDS` (`s-maxage`).
"""

from django.conf import settings
from django.db import DatabaseError
from django.middleware.cache import FetchFromCacheMiddleware, UpdateCacheMiddleware
from django.middleware.gzip import GZipMiddleware
from django.utils.cache import get_cache_key, patch_cache_control
from django.utils.http import http_date

from .freshness import content_version

# Only text compresses well; images and archives are compressed already.
COMPRESSIBLE_TYPES = (
    "text/",
    "application/json",
    "application/geo+json",
    "application/xml",
    "application/javascript",
    "application/rss+xml",
    "application/atom+xml",
    "image/svg+xml",
)


def _is_html(response):
    return response.get("Content-Type", "").startswith("text/html")


def _cacheable_request(request):
    if settings.PAGE_CACHE_SECONDS <= 0 or request.method not in ("GET", "HEAD"):
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


class PageCacheUpdateMiddleware(UpdateCacheMiddleware):
    def __init__(self, get_response):
        super().__init__(get_response)
        self.cache_timeout = settings.PAGE_CACHE_SECONDS
        # Kept for this long whatever the response's own max-age (browsers get 0).
        self.page_timeout = settings.PAGE_CACHE_SECONDS

    def _should_update_cache(self, request, response):
        return getattr(request, "_page_cache_prefix", None) is not None and super()._should_update_cache(
            request, response
        )

    def process_response(self, request, response):
        self.key_prefix = getattr(request, "_page_cache_prefix", "")
        if self._should_update_cache(request, response) and response.status_code == 200:
            if "private" not in response.get("Cache-Control", "") and not response.has_header("Expires"):
                # Django would add an Expires of now + timeout: browsers would then not ask
                # again after a publication.
                response.headers["Expires"] = http_date()
                patch_cache_control(response, public=True, max_age=0, s_maxage=self.cache_timeout)
        elif _is_html(response) and getattr(request, "user", None) is not None and request.user.is_authenticated:
            # What an editor sees (drafts, the user bar) is theirs alone.
            patch_cache_control(response, private=True, no_cache=True)
        return super().process_response(request, response)


class PageCacheFetchMiddleware(FetchFromCacheMiddleware):
    def process_request(self, request):
        if not _cacheable_request(request):
            request._cache_update_cache = False
            return None
        try:
            version = content_version()
        except DatabaseError:
            # Without the database the version is unknown: no page comes from the cache, and
            # the view says what it can (the health check answers 503).
            request._cache_update_cache = False
            return None
        request._page_cache_prefix = prefix = f"kluby-page-{version}"
        cache_key = get_cache_key(request, prefix, "GET", cache=self.cache)
        if cache_key is None:
            request._cache_update_cache = True
            return None
        response = self.cache.get(cache_key)
        if response is None and request.method == "HEAD":
            cache_key = get_cache_key(request, prefix, "HEAD", cache=self.cache)
            response = self.cache.get(cache_key)
        if response is None:
            request._cache_update_cache = True
            return None
        request._cache_update_cache = False
        response["X-Page-Cache"] = "hit"
        return response


class CompressTextMiddleware(GZipMiddleware):
    """Django's gzip (with its BREACH mitigation) for text responses only: HTML, JSON,
    GeoJSON, CSV, XML. Static files come compressed from whitenoise already."""

    def process_response(self, request, response):
        content_type = response.get("Content-Type", "")
        if not content_type.startswith(COMPRESSIBLE_TYPES):
            return response
        return super().process_response(request, response)
