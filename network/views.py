"""Open data about the school network, served at the site's root: every published school as
GeoJSON and CSV, every published partner as CSV; and the points of one network's map.

One record per live, public page, in every language; `language` says which, and narrows the
result when given. The school files take the school index's filters (`level`, `theme`,
`county`, `town`, `status`, `q`) and `index` (a school index's id), as the index's map does;
unknown values are ignored. The coordinator's e-mail address is never part of the data. In
the CSV, a text that a spreadsheet would run as a formula starts with an apostrophe.
"""

import csv
import json

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET
from wagtail.models import Page

from kluby.queries import public_only
from kluby.spreadsheets import spreadsheet_safe

from .listings import school_listing
from .models import NetworkPage, PartnerPage, SchoolPage

SCHOOL_COLUMNS = [
    "id",
    "language",
    "name",
    "url",
    "network",
    "level",
    "street",
    "postcode",
    "town",
    "county",
    "country",
    "latitude",
    "longitude",
    "pupils",
    "teachers",
    "year_joined",
    "status",
    "themes",
    "sample_data",
]
PARTNER_COLUMNS = [
    "id",
    "language",
    "name",
    "url",
    "network",
    "type",
    "website",
    "street",
    "postcode",
    "town",
    "latitude",
    "longitude",
    "sample_data",
]


def in_language(pages, request):
    pages = public_only(pages.live(), request)
    language = request.GET.get("language", "")
    if language in dict(settings.LANGUAGES):
        pages = pages.filter(locale__language_code=language)
    return pages


def index_id(request):
    raw = request.GET.get("index", "")
    return int(raw) if raw.isascii() and raw.isdigit() and len(raw) < 10 else None


def published_schools(request):
    schools = in_language(SchoolPage.objects.all(), request)
    index = index_id(request)
    if index is not None:
        parent = Page.objects.filter(pk=index).first()
        schools = schools.child_of(parent) if parent else schools.none()
    matching = school_listing(request.GET, schools).keys
    return (
        SchoolPage.objects.filter(pk__in=matching)
        .select_related("region", "locale")
        .prefetch_related("themes")
        .order_by("locale__language_code", "title", "pk")
    )


def network_names(pages):
    """{page pk: the title of the network it belongs to}, in one query."""
    networks = list(NetworkPage.objects.values_list("path", "title"))
    names = {}
    for page in pages:
        names[page.pk] = next((title for path, title in networks if page.path.startswith(path)), "")
    return names


def school_record(school, request, networks):
    return {
        "id": str(school.translation_key),
        "language": school.locale.language_code,
        "name": school.title,
        "url": school.get_full_url(request=request),
        "network": networks.get(school.pk, ""),
        "level": school.level,
        "street": school.street,
        "postcode": school.postcode,
        "town": school.town,
        "county": school.region.name if school.region_id else "",
        "country": school.region.country_code if school.region_id else "",
        "latitude": float(school.latitude) if school.latitude is not None else None,
        "longitude": float(school.longitude) if school.longitude is not None else None,
        "pupils": school.pupils,
        "teachers": school.teachers,
        "year_joined": school.year_joined,
        "status": school.status,
        "themes": [theme.slug for theme in school.themes.all()],
        "sample_data": school.is_sample,
    }


def partner_record(partner, request, networks):
    return {
        "id": str(partner.translation_key),
        "language": partner.locale.language_code,
        "name": partner.title,
        "url": partner.get_full_url(request=request),
        "network": networks.get(partner.pk, ""),
        "type": partner.partner_type,
        "website": partner.website,
        "street": partner.street,
        "postcode": partner.postcode,
        "town": partner.town,
        "latitude": float(partner.latitude) if partner.latitude is not None else None,
        "longitude": float(partner.longitude) if partner.longitude is not None else None,
        "sample_data": partner.is_sample,
    }


def open_data_response(response):
    # Any site may read the data; caching follows the pages' rules (kluby.cache).
    response["Access-Control-Allow-Origin"] = "*"
    return response


def feature(record, kind=None):
    longitude, latitude = record.pop("longitude"), record.pop("latitude")
    if kind:
        record["kind"] = kind
    return {
        "type": "Feature",
        "id": f"{record['id']}-{record['language']}",
        "geometry": {"type": "Point", "coordinates": [longitude, latitude]},
        "properties": record,
    }


def geojson_response(features):
    body = json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)
    return open_data_response(HttpResponse(body, content_type="application/geo+json; charset=utf-8"))


def csv_response(filename, columns, records):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    writer = csv.writer(response)
    writer.writerow(columns)
    for record in records:
        for name, value in record.items():
            if isinstance(value, list):
                record[name] = "; ".join(value)
            elif isinstance(value, bool):
                record[name] = "yes" if value else "no"
            elif value is None:
                record[name] = ""
        writer.writerow([spreadsheet_safe(record[column]) for column in columns])
    return open_data_response(response)


@require_GET
def schools_geojson(request):
    schools = list(published_schools(request))
    networks = network_names(schools)
    return geojson_response(
        [feature(school_record(school, request, networks)) for school in schools if school.has_coordinates]
    )


@require_GET
def schools_csv(request):
    schools = list(published_schools(request))
    networks = network_names(schools)
    return csv_response("schools.csv", SCHOOL_COLUMNS, (school_record(school, request, networks) for school in schools))


@require_GET
def partners_csv(request):
    partners = list(in_language(PartnerPage.objects.all(), request).select_related("locale").order_by("locale__language_code", "title", "pk"))
    networks = network_names(partners)
    return csv_response("partners.csv", PARTNER_COLUMNS, (partner_record(partner, request, networks) for partner in partners))


@require_GET
def network_map_geojson(request, page_id):
    """The schools and partners of one network, for the map on its page."""
    network = get_object_or_404(public_only(NetworkPage.objects.live(), request), pk=page_id)
    if any(not restriction.accept_request(request) for restriction in network.get_view_restrictions()):
        raise Http404
    names = {network.pk: network.title}
    schools = public_only(SchoolPage.objects.live().descendant_of(network), request).select_related("region", "locale")
    partners = public_only(PartnerPage.objects.live().descendant_of(network), request).select_related("locale")
    features = []
    for school in schools.prefetch_related("themes").order_by("title"):
        if school.has_coordinates:
            features.append(feature(school_record(school, request, dict.fromkeys([school.pk], names[network.pk])), "school"))
    for partner in partners.order_by("title"):
        if partner.has_coordinates:
            features.append(feature(partner_record(partner, request, dict.fromkeys([partner.pk], names[network.pk])), "partner"))
    return geojson_response(features)
