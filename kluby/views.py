"""Site-wide views: search, health check, robots.txt and error pages."""

import logging
import re

from django.conf import settings
from django.db import DatabaseError, connection, transaction
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views import defaults
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET
from wagtail.models import Page

from . import open_data
from .listing import clean_text, paginate
from .queries import active_locale, public_only
from .search import ranked_ids

logger = logging.getLogger(__name__)

SEARCH_QUERY_MAX_LENGTH = 200
SEARCH_RESULTS_PER_PAGE = 10


# Characters that full-text engines read as operators (quotes, wildcards, brackets...).
SEARCH_OPERATOR_CHARACTERS = re.compile(r"[^\w\s'\-.,]")


def search_terms(query):
    """The words of a search query, without characters a search backend treats as syntax."""
    return " ".join(SEARCH_OPERATOR_CHARACTERS.sub(" ", query).split())


@require_GET
def search(request):
    raw_query = request.GET.get("q", "")
    query = clean_text(raw_query, SEARCH_QUERY_MAX_LENGTH)
    context = {"search_query": query, "query_was_shortened": len(raw_query) > len(query) + 1}
    terms = search_terms(query)
    if terms:
        pages = public_only(Page.objects.live(), request).filter(locale=active_locale(), depth__gt=1)
        try:
            # A savepoint, so that a query the search engine rejects leaves the request usable.
            with transaction.atomic():
                ids = ranked_ids(pages, terms)
                if ids is None:
                    page_obj, context["page_message"] = paginate(
                        request.GET, pages.specific().search(terms, operator="and"), SEARCH_RESULTS_PER_PAGE
                    )
                    page_obj.object_list = list(page_obj.object_list)
                else:
                    page_obj, context["page_message"] = paginate(request.GET, ids, SEARCH_RESULTS_PER_PAGE)
                    found = {page.pk: page for page in Page.objects.filter(pk__in=page_obj.object_list).specific()}
                    page_obj.object_list = [found[pk] for pk in page_obj.object_list if pk in found]
                context["page_obj"] = page_obj
        except DatabaseError:
            logger.warning("Search backend rejected the query %r", terms)
            context["search_failed"] = True
    elif query:
        context["page_obj"], context["page_message"] = paginate(request.GET, [], SEARCH_RESULTS_PER_PAGE)
    return render(request, "kluby/search.html", context)


@require_GET
def open_data_index(request):
    return render(
        request,
        "kluby/open_data.html",
        {
            "datasets": open_data.datasets(),
            "licence_name": open_data.DATA_LICENCE_NAME,
            "licence_url": open_data.DATA_LICENCE_URL,
        },
    )


@never_cache
@require_GET
def healthz(request):
    """200 when the database answers, 503 when it does not: for load balancers and probes."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "unavailable", "database": "down"}, status=503)
    return JsonResponse({"status": "ok", "database": "up"})


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        *[f"Disallow: /{code}/search/" for code, _name in settings.LANGUAGES],
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def page_not_found(request, exception=None):
    if request.path_info.startswith("/api/"):
        # API clients read JSON, errors included, as Wagtail's own API errors are.
        return JsonResponse({"message": "not found"}, status=404)
    return render(request, "404.html", {"error_page": True}, status=404)


def server_error(request):
    if request.path_info.startswith("/api/"):
        return JsonResponse({"message": "server error"}, status=500)
    return defaults.server_error(request)
