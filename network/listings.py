"""The listings of a network's schools, partners and collaborations, built on the core's
listing framework (`kluby.listing`): the facts every filter needs are read once per content
version, in one query per relation, then matched and counted in memory, so a listing costs
the same number of queries for 35 schools or 700.

The functions take querysets of pages (live, public, under one index) and return records
`{pk: {"sort": key, facet: {values}}}` with the names of the values they refer to.
"""

import datetime

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kluby.listing import Facet, Listing
from kluby.queries import cached_structure
from kluby.text import sort_key

from .choices import MembershipStatus, PartnerType, SchoolLevel

ONGOING, FINISHED = "ongoing", "finished"


def by_name(names):
    """[(slug, name)] of `names` ({slug: (order..., name)}) in their order."""
    return [(slug, sort[-1]) for slug, sort in sorted(names.items(), key=lambda entry: (entry[1][:-1], sort_key(entry[1][-1])))]


def text_matches(pages, fields):
    """A text search over `fields` of `pages`: the keys of the pages that contain the query."""

    def search(query):
        condition = Q()
        for name in fields:
            condition |= Q(**{f"{name}__icontains": query})
        return set(pages.filter(condition).values_list("pk", flat=True))

    return search


# Schools -------------------------------------------------------------------------------------


def school_records(schools):
    records = {
        pk: {
            "sort": (sort_key(title), pk),
            "level": {level},
            "status": {status},
            "theme": set(),
            "county": {region_slug} if region_slug else set(),
            "town": {town} if town else set(),
        }
        for pk, title, level, status, region_slug, town in schools.values_list(
            "pk", "title", "level", "status", "region__slug", "town"
        )
    }
    names = {"theme": {}, "county": {}, "town": {}}
    for pk, slug, order, name in schools.filter(themes__isnull=False).values_list(
        "pk", "themes__slug", "themes__sort_order", "themes__name"
    ):
        records[pk]["theme"].add(slug)
        names["theme"].setdefault(slug, (order, name))
    for slug, name in schools.filter(region__isnull=False).values_list("region__slug", "region__name").distinct():
        names["county"].setdefault(slug, (name,))
    for record in records.values():
        for town in record["town"]:
            names["town"].setdefault(town, (town,))
    return records, names


def school_facets(names):
    return [
        Facet("level", _("Level"), SchoolLevel.choices, multiple=True),
        Facet("theme", _("Themes (schools with any of the chosen)"), by_name(names["theme"]), multiple=True),
        Facet("county", _("County"), by_name(names["county"])),
        Facet("town", _("Town"), by_name(names["town"]), hide_empty=True),
        Facet("status", _("Membership"), MembershipStatus.choices, multiple=True),
    ]


def school_listing(params, schools, cache_key=None):
    """The schools of `schools` filtered by the query string `params`."""
    records, names = cached_structure(cache_key, lambda: school_records(schools)) if cache_key else school_records(schools)
    return Listing(
        params,
        school_facets(names),
        records,
        text_search=text_matches(schools, ("title", "town", "street")),
        text_label=_("Words in the school's name, town or street"),
    )


# Partners ------------------------------------------------------------------------------------


def partner_records(partners):
    records = {
        pk: {"sort": (sort_key(title), pk), "type": {partner_type}, "town": {town} if town else set()}
        for pk, title, partner_type, town in partners.values_list("pk", "title", "partner_type", "town")
    }
    names = {"town": {town: (town,) for record in records.values() for town in record["town"]}}
    return records, names


def partner_listing(params, partners, cache_key=None):
    records, names = cached_structure(cache_key, lambda: partner_records(partners)) if cache_key else partner_records(partners)
    return Listing(
        params,
        [
            Facet("type", _("Type of organisation"), PartnerType.choices, multiple=True),
            # The network page's list of partners by town links here.
            Facet("town", _("Town"), by_name(names["town"]), hide_empty=True),
        ],
        records,
        text_search=text_matches(partners, ("title", "town", "lead")),
    )


# Collaborations ------------------------------------------------------------------------------


def collaboration_records(collaborations, today=None):
    """A collaboration runs from its start year to its end year (this year while ongoing):
    the year filter finds it in each of those years."""
    today = today or timezone.localdate()
    records = {}
    years = set()
    for pk, title, start, end in collaborations.values_list("pk", "title", "start_date", "end_date"):
        last = (end or today).year
        span = {str(year) for year in range(start.year, max(last, start.year) + 1)}
        years |= span
        ongoing = end is None or end >= today
        records[pk] = {
            # Ongoing first, then the latest start.
            "sort": (not ongoing, -start.toordinal(), sort_key(title), pk),
            "theme": set(),
            "year": span,
            "status": {ONGOING if ongoing else FINISHED},
        }
    names = {"theme": {}, "year": {year: (year,) for year in years}}
    for pk, slug, order, name in collaborations.filter(themes__isnull=False).values_list(
        "pk", "themes__slug", "themes__sort_order", "themes__name"
    ):
        records[pk]["theme"].add(slug)
        names["theme"].setdefault(slug, (order, name))
    return records, names


def collaboration_listing(params, collaborations, cache_key=None):
    build = lambda: collaboration_records(collaborations)  # noqa: E731
    records, names = cached_structure(cache_key, build) if cache_key else build()
    years = sorted(names["year"], reverse=True)
    return Listing(
        params,
        [
            Facet("theme", _("Themes (projects with any of the chosen)"), by_name(names["theme"]), multiple=True),
            Facet("year", _("Year"), [(year, year) for year in years]),
            Facet("status", _("Status"), [(ONGOING, _("Ongoing")), (FINISHED, _("Finished"))]),
        ],
        records,
        text_search=text_matches(collaborations, ("title", "lead")),
    )


def today_key():
    """Part of a cache key that changes with the day (ongoing or finished depends on it)."""
    return datetime.date.today().isoformat()
