"""Page routing from the cache: which site a request is for and which page a path names.

Wagtail finds the site with one query and walks the page tree with two queries per level of
the URL (`/pl/kluby/some-club/` costs seven). Both answers are kept in the cache under the
published-content version (`kluby.freshness`), so a page is found with a single query for the
page itself. Publishing, unpublishing, moving or deleting a page starts a new version; a page
that is no longer live is re-checked on every request anyway (`Page.route`).

Wagtail keeps both answers on the request (`request._wagtail_site`, documented on
`Site.find_for_request`, and `request._wagtail_route_for_request`, documented on
`Page.route_for_request`); setting them first is how its serve view takes ours.
`tests/kluby/test_routing_cache.py` pins that Wagtail still reads them.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.http import Http404
from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from .freshness import content_version
from .queries import STRUCTURE_CACHE_SECONDS


def cached_site(request):
    """`Site.find_for_request`, from the cache (Wagtail reads `request._wagtail_site`)."""
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    host = request.META.get("HTTP_HOST") or request.META.get("SERVER_NAME", "")
    key = f"kluby:site:{content_version()}:{host}:{request.get_port()}"
    site = cache.get(key)
    if site is None:
        site = Site.find_for_request(request)
        if site is not None:
            site.root_page  # noqa: B018 - loaded now so that it is cached with the site
            cache.set(key, site, STRUCTURE_CACHE_SECONDS)
    request._wagtail_site = site
    return site


def _route_from_cache(request, key):
    entry = cache.get(key)
    if entry is None:
        return None
    content_type_id, page_id = entry
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    try:
        return model.objects.get(pk=page_id).route(request, [])
    except (model.DoesNotExist, Http404):
        return None


class CachedRoutingMiddleware:
    """Finds the page for Wagtail's serve view from the cache before the view runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve or hasattr(request, "_wagtail_route_for_request"):
            return None
        site = cached_site(request)
        if site is None:
            return None
        path = view_args[0] if view_args else view_kwargs.get("path", "")
        components = [component for component in path.split("/") if component]
        key = f"kluby:route:{content_version()}:{site.pk}:{get_language()}:{'/'.join(components)}"
        route = _route_from_cache(request, key)
        if route is not None:
            request._wagtail_route_for_request = route
            return None
        route = Page.route_for_request(request, path)
        # Only a path that names a page exactly (one slug per level below the site's root) is
        # kept: sub-routes of routable pages and 404s are left to Wagtail.
        if route is not None and route.page.depth - site.root_page.depth == len(components):
            cache.set(key, (route.page.content_type_id, route.page.pk), STRUCTURE_CACHE_SECONDS)
        return None
