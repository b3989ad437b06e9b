"""The inspirations' own views: the short address printed on activity cards, and the
open-data CSV of every published activity (one row per page, in every language)."""

import csv

from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_GET

from kluby.queries import public_only
from kluby.spreadsheets import spreadsheet_safe

from .models import InspirationEquipment, InspirationPage

CSV_COLUMNS = [
    "id",
    "language",
    "title",
    "url",
    "summary",
    "age_from",
    "age_to",
    "intergenerational",
    "duration_minutes",
    "group_min",
    "group_max",
    "difficulty",
    "cost",
    "steam_areas",
    "required_equipment",
    "optional_equipment",
    "author",
    "licence",
    "sample_data",
]


@require_GET
def short_url(request, page_id):
    """`/<lang>/i/<page id>/`: the page of a live, public activity (the QR code's target)."""
    page = public_only(InspirationPage.objects.live(), request).filter(pk=page_id).first()
    if page is None or page.url is None:
        raise Http404
    return redirect(page.url)


@require_GET
def inspirations_csv(request):
    pages = public_only(InspirationPage.objects.live(), request).select_related("locale").order_by("locale_id", "path")
    equipment = {}
    rows = InspirationEquipment.objects.filter(page__in=pages).order_by("sort_order").values_list("page_id", "item__slug", "optional")
    for pk, slug, optional in rows:
        equipment.setdefault(pk, ([], []))[1 if optional else 0].append(slug)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="inspirations.csv"'
    writer = csv.writer(response)
    writer.writerow(CSV_COLUMNS)
    for page in pages:
        required, optional = equipment.get(page.pk, ([], []))
        row = [
            page.translation_key,
            page.locale.language_code,
            page.title,
            page.get_full_url(request),
            page.lead,
            page.age_from,
            page.age_to if page.age_to is not None else "",
            "yes" if page.intergenerational else "no",
            page.duration_minutes,
            page.group_min,
            page.group_max,
            page.difficulty,
            page.cost,
            ";".join(page.steam_areas),
            ";".join(required),
            ";".join(optional),
            page.author,
            page.licence,
            "yes" if page.is_sample else "no",
        ]
        writer.writerow([spreadsheet_safe(value) for value in row])
    return response
