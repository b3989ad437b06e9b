"""Whole-page caching for anonymous visitors.

Django's cache middleware, with two changes: signed-in users are never served from or stored
in the cache, and every key carries the content version that goes up whenever an editor
publishes, unpublishes, moves or deletes a page (see `kluby.frame`), so nobody sees a page
older than the last publication.
"""

from django.conf import settings
from django.middleware.cache import FetchFromCacheMiddleware, UpdateCacheMiddleware
from django.utils.cache import get_cache_key

from .queries import content_version


def _cacheable_request(request):
    if settings.PAGE_CACHE_SECONDS <= 0 or request.method not in ("GET", "HEAD"):
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


class PageCacheUpdateMiddleware(UpdateCacheMiddleware):
    def __init__(self, get_response):
        super().__init__(get_response)
        self.cache_timeout = settings.PAGE_CACHE_SECONDS

    def _should_update_cache(self, request, response):
        return getattr(request, "_page_cache_prefix", None) is not None and super()._should_update_cache(
            request, response
        )

    def process_response(self, request, response):
        self.key_prefix = getattr(request, "_page_cache_prefix", "")
        return super().process_response(request, response)


class PageCacheFetchMiddleware(FetchFromCacheMiddleware):
    def process_request(self, request):
        if not _cacheable_request(request):
            request._cache_update_cache = False
            return None
        request._page_cache_prefix = prefix = f"kluby-page-{content_version(request)}"
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
