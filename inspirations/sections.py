"""The inspirations' sections on other apps' pages (`page_sections` in apps.py): on a club
page, the activities the club can run with its equipment; on a catalogue item's page, the
activities that need the item."""

from django.template.loader import render_to_string

from kluby.freshness import content_version
from kluby.queries import cached_structure, public_only

from .models import InspirationIndexPage
from .models.matching import club_records, match, needing, records_for_locale

SHOWN = 6


def index_url(locale_id):
    """The address of the first live inspirations index of a language, or ""."""

    def find():
        index = public_only(InspirationIndexPage.objects.live().filter(locale_id=locale_id)).order_by("path").first()
        return (index.url or "") if index else ""

    return cached_structure(f"kluby:inspiration-index-url:{content_version()}:{locale_id}", find)


def club_activities(context):
    club = context.get("page")
    if club is None:
        return ""
    record = club_records(club.locale_id).get(club.pk)
    have = record["equipment"] if record else set(club.equipment.values_list("item__slug", flat=True))
    records = records_for_locale(club.locale_id)
    if not records:
        return ""
    ready, missing_one = match(records, have)
    base = index_url(club.locale_id)
    return render_to_string(
        "inspirations/sections/club_activities.html",
        {
            "club": club,
            "activities": [records[key]["link"] for key in ready[:SHOWN]],
            "total": len(ready),
            "missing_one_total": len(missing_one),
            "matcher_url": f"{base}matcher/?club={club.pk}" if base else "",
        },
        request=context.get("request"),
    )


def equipment_activities(context):
    item = context.get("item")
    if item is None:
        return ""
    records = records_for_locale(item.locale_id)
    uses = needing(records, item.slug)
    base = index_url(item.locale_id)
    return render_to_string(
        "inspirations/sections/equipment_activities.html",
        {
            "item": item,
            "activities": [(records[key]["link"], optional) for key, optional in uses[:SHOWN * 2]],
            "index_url": f"{base}?equipment={item.slug}" if base else "",
            "matcher_url": f"{base}matcher/?equipment={item.slug}" if base else "",
        },
        request=context.get("request"),
    )
