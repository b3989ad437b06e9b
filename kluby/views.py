"""Site-wide views: search, health check, robots.txt and error pages."""

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page

from . import open_data
from .models import paginate

SEARCH_QUERY_MAX_LENGTH = 200
SEARCH_RESULTS_PER_PAGE = 10


def clean_query_text(value, max_length=SEARCH_QUERY_MAX_LENGTH):
    """Text from a query string made safe for any database: no NUL bytes, bounded length."""
    return " ".join(value.replace("\x00", " ").split())[:max_length]


@require_GET
def search(request):
    raw_query = request.GET.get("q", "")
    query = clean_query_text(raw_query)
    context = {"search_query": query, "query_was_shortened": len(raw_query) > len(query) + 1}
    if query:
        pages = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active(), depth__gt=1)
            .specific()
            .search(query, operator="and")
        )
        context["page_obj"] = paginate(request, pages, SEARCH_RESULTS_PER_PAGE)
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
        "Disallow: /django-admin/",
        *[f"Disallow: /{code}/search/" for code, _name in settings.LANGUAGES],
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def page_not_found(request, exception=None):
    return render(request, "404.html", {"error_page": True}, status=404)
