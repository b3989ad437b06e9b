"""Open data about the clubs: every published club as GeoJSON (the map reads it) and CSV.

One record per live, public club page, in every language; `language` says which. The same
filters as the club index (`region`, `equipment`, `model`, `audience`, `edition`, `status`)
and `language` narrow the result; unknown values are ignored. Closed clubs are included.
In the CSV, a text that a spreadsheet would run as a formula starts with an apostrophe.
"""

import csv
import json

from django.conf import settings
from django.db.models import Prefetch
from django.http import HttpResponse
from django.views.decorators.http import require_GET

from kluby.queries import public_only
from kluby.spreadsheets import spreadsheet_safe

from .models import ClubEquipment, ClubPage, club_listing

CSV_COLUMNS = [
    "id",
    "language",
    "name",
    "url",
    "library",
    "street",
    "postcode",
    "town",
    "region",
    "country",
    "latitude",
    "longitude",
    "model",
    "edition",
    "year_founded",
    "status",
    "audiences",
    "equipment",
    "sample_data",
]


def published_clubs(request):
    clubs = public_only(ClubPage.objects.live(), request)
    language = request.GET.get("language", "")
    if language in dict(settings.LANGUAGES):
        clubs = clubs.filter(locale__language_code=language)
    matching = club_listing(request.GET, clubs, hide_closed=False).keys
    return (
        ClubPage.objects.filter(pk__in=matching)
        .select_related("region", "locale", "edition")
        .prefetch_related(
            Prefetch(
                "equipment",
                queryset=ClubEquipment.objects.select_related("item").order_by("sort_order"),
            ),
            "age_groups",
        )
        .order_by("locale__language_code", "title", "pk")
    )


def club_record(club, request):
    return {
        "id": str(club.translation_key),
        "language": club.locale.language_code,
        "name": club.title,
        "url": club.get_full_url(request=request),
        "library": club.library,
        "street": club.street,
        "postcode": club.postcode,
        "town": club.town,
        "region": club.region.name,
        "country": club.region.country_code,
        "latitude": float(club.latitude),
        "longitude": float(club.longitude),
        "model": club.organisational_model,
        "edition": club.edition.slug if club.edition_id else "",
        "year_founded": club.year_founded,
        "status": club.status,
        "audiences": [group.slug for group in club.age_groups.all()],
        "equipment": [holding.item.name for holding in club.equipment.all()],
        "equipment_quantities": [holding.quantity for holding in club.equipment.all()],
        "sample_data": club.is_sample or bool(club.sample_note),
    }


def open_data_response(response):
    # Any site may read the data; caching follows the pages' rules (kluby.cache).
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
def clubs_geojson(request):
    features = []
    for club in published_clubs(request):
        record = club_record(club, request)
        longitude, latitude = record.pop("longitude"), record.pop("latitude")
        features.append(
            {
                "type": "Feature",
                "id": f"{record['id']}-{record['language']}",
                "geometry": {"type": "Point", "coordinates": [longitude, latitude]},
                "properties": record,
            }
        )
    body = json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)
    return open_data_response(HttpResponse(body, content_type="application/geo+json; charset=utf-8"))


@require_GET
def clubs_csv(request):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="clubs.csv"'
    writer = csv.writer(response)
    writer.writerow(CSV_COLUMNS)
    for club in published_clubs(request):
        record = club_record(club, request)
        record["audiences"] = "; ".join(record["audiences"])
        record["equipment"] = "; ".join(
            f"{name} ({quantity})"
            for name, quantity in zip(
                record["equipment"], record.pop("equipment_quantities"), strict=True
            )
        )
        record["year_founded"] = record["year_founded"] or ""
        record["sample_data"] = "yes" if record["sample_data"] else "no"
        writer.writerow([spreadsheet_safe(record[column]) for column in CSV_COLUMNS])
    return open_data_response(response)
