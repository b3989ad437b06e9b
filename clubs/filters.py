"""Filtering clubs by region, equipment, model, audience, edition and status, with counts.

The facts every filter needs are read in a fixed number of queries (one per relation) and
matched in Python, so the cost in queries does not grow with the number of clubs or items.
Values are checked against the known ones before use; unknown values are dropped and reported.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.utils.text import Truncator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from kluby.queries import cached_structure
from kluby.text import sort_key

from .models import (
    Audience,
    ClubAudience,
    ClubEquipment,
    ClubStatus,
    Edition,
    OrganisationalModel,
    Region,
)

# More values than this for one parameter are not a real visitor's request.
MAX_VALUES_PER_PARAMETER = 30
DEFAULT_STATUSES = (ClubStatus.PLANNED, ClubStatus.ACTIVE, ClubStatus.PAUSED)


@dataclass
class Option:
    value: str
    label: str
    count: int = 0
    selected: bool = False
    group: str = ""


@dataclass
class Facet:
    name: str
    label: str
    # "all": a club must have every chosen value (equipment); "any": one of them is enough.
    match: str = "any"
    multiple: bool = False
    options: list = field(default_factory=list)
    selected: list = field(default_factory=list)

    @property
    def known_values(self):
        return {option.value for option in self.options}


@dataclass
class ActiveFilter:
    facet: Facet
    label: str
    remove_url: str


class ClubFilter:
    """Filters a queryset of clubs by the values in `data` (a QueryDict such as request.GET)."""

    parameter_order = ("region", "equipment", "model", "audience", "edition", "status")

    def __init__(self, data, clubs, hide_closed_by_default=True, cache_key=None):
        self.data = data
        self.clubs = clubs
        self.hide_closed_by_default = hide_closed_by_default
        self.messages = []
        self._load_cached(cache_key) if cache_key else self._load()
        self.facets = self._build_facets()
        self._parse()
        self._count()

    # Reading the data --------------------------------------------------------------------

    def _load_cached(self, cache_key):
        """What `_load` reads changes only with published content: the caller's key carries
        the content version."""

        def load():
            self._load()
            return self.records, self.items, self.regions

        self.records, self.items, self.regions = cached_structure(cache_key, load)

    def _load(self):
        self.records = {}
        region_ids = set()
        for pk, title, region_id, model, edition, status in self.clubs.values_list(
            "pk", "title", "region_id", "organisational_model", "edition", "status"
        ):
            region_ids.add(region_id)
            self.records[pk] = {
                "sort_key": (sort_key(title), pk),
                "region": {region_id},
                "model": {model},
                "edition": {edition},
                "status": {status},
                "audience": set(),
                "equipment": set(),
            }
        for page_id, audience in ClubAudience.objects.filter(page__in=self.clubs).values_list(
            "page_id", "audience"
        ):
            if page_id in self.records:
                self.records[page_id]["audience"].add(audience)

        self.items = {}
        holdings = ClubEquipment.objects.filter(page__in=self.clubs).values_list(
            "page_id",
            "item__slug",
            "item__name",
            "item__category__name",
            "item__category__sort_order",
        )
        for page_id, slug, name, category, category_order in holdings:
            if page_id in self.records:
                self.records[page_id]["equipment"].add(slug)
                self.items.setdefault(slug, (category_order, category, name))

        self.regions = {}
        for region in Region.objects.filter(pk__in=region_ids).order_by("name"):
            self.regions[region.pk] = region
        # Two regions may share a slug in different languages: the URL carries the slug.
        for record in self.records.values():
            record["region"] = {self.regions[pk].slug for pk in record["region"]}

    def _build_facets(self):
        regions = sorted(self.regions.values(), key=lambda region: region.name)
        region_options = {}
        for region in regions:
            region_options.setdefault(region.slug, Option(region.slug, region.name))
        items = sorted(self.items.items(), key=lambda entry: entry[1])
        return {
            "region": Facet("region", _("Region"), options=list(region_options.values())),
            "equipment": Facet(
                "equipment",
                _("Equipment (clubs with all of the chosen items)"),
                match="all",
                multiple=True,
                options=[
                    Option(slug, name, group=category) for slug, (_order, category, name) in items
                ],
            ),
            "model": Facet(
                "model",
                _("Organisational model"),
                options=[Option(value, label) for value, label in OrganisationalModel.choices],
            ),
            "audience": Facet(
                "audience",
                _("Audience"),
                options=[Option(value, label) for value, label in Audience.choices],
            ),
            "edition": Facet(
                "edition",
                _("Programme edition"),
                options=[Option(value, label) for value, label in Edition.choices],
            ),
            "status": Facet(
                "status",
                _("Status"),
                multiple=True,
                options=[Option(value, label) for value, label in ClubStatus.choices],
            ),
        }

    def _parse(self):
        for name in self.parameter_order:
            facet = self.facets[name]
            known = facet.known_values
            for raw in self.data.getlist(name)[:MAX_VALUES_PER_PARAMETER]:
                value = raw.strip()
                if not value:
                    continue
                if value not in known:
                    self.messages.append(
                        gettext("The value “%(value)s” of the filter “%(filter)s” is not known, so it was ignored.")
                        % {"value": Truncator(value).chars(40), "filter": facet.label}
                    )
                    continue
                if value not in facet.selected:
                    facet.selected.append(value)
            for option in facet.options:
                option.selected = option.value in facet.selected

    # Matching and counting ---------------------------------------------------------------

    def _statuses_hidden_by_default(self):
        if self.hide_closed_by_default and not self.facets["status"].selected:
            return {ClubStatus.CLOSED.value}
        return set()

    def _failures(self, record, constraints, hidden):
        """Names of the filters the record fails ("status" for a status hidden by default)."""
        failed = [
            name
            for name, chosen, match_all in constraints
            if not (chosen <= record[name] if match_all else chosen & record[name])
        ]
        if record["status"] & hidden:
            failed.append("status")
        return failed

    def _count(self):
        # One pass: a record that fails no filter matches; one that fails a single filter
        # counts for that filter's options (what choosing another value there would give).
        constraints = [
            (name, set(facet.selected), facet.match == "all") for name, facet in self.facets.items() if facet.selected
        ]
        hidden = self._statuses_hidden_by_default()
        near_misses = {}
        for pk, record in self.records.items():
            failed = self._failures(record, constraints, hidden)
            if len(failed) <= 1:
                near_misses[pk] = failed[0] if failed else None
        self._matching = sorted(
            (pk for pk, failed in near_misses.items() if failed is None),
            key=lambda pk: self.records[pk]["sort_key"],
        )
        for name, facet in self.facets.items():
            # "All of" filters count within the current results; the others with their own
            # choice set aside.
            counted_misses = {None} if facet.match == "all" else {None, name}
            counts = {}
            for pk, failed in near_misses.items():
                if failed in counted_misses:
                    for value in self.records[pk][name]:
                        counts[value] = counts.get(value, 0) + 1
            for option in facet.options:
                option.count = counts.get(option.value, 0)
        self.hidden_count = sum(1 for failed in near_misses.values() if failed == "status" and hidden)

    # Results and links -------------------------------------------------------------------

    def matching_ids(self):
        """The matching clubs, alphabetically (case and diacritics aside)."""
        return list(self._matching)

    @property
    def is_filtered(self):
        return any(facet.selected for facet in self.facets.values())

    def query_items(self, without=None):
        """(name, value) pairs of the valid selection, minus the `without` pair."""
        return [
            (name, value)
            for name in self.parameter_order
            for value in self.facets[name].selected
            if (name, value) != without
        ]

    def active_filters(self):
        active = []
        for name, value in self.query_items():
            facet = self.facets[name]
            label = next(option.label for option in facet.options if option.value == value)
            query = urlencode(self.query_items(without=(name, value)))
            active.append(ActiveFilter(facet, label, f"?{query}" if query else "?"))
        return active

    def show_hidden_url(self):
        """Link that lists the clubs hidden by default (closed ones) with the other filters kept."""
        query = self.query_items() + [("status", ClubStatus.CLOSED.value)]
        return "?" + urlencode(query)

    def map_query(self):
        """Query string for the GeoJSON that shows on the map the clubs that the list shows."""
        query = self.query_items()
        if not self.facets["status"].selected and self.hide_closed_by_default:
            query += [("status", status.value) for status in DEFAULT_STATUSES]
        return urlencode(query)

    def facet_list(self):
        return [self.facets[name] for name in self.parameter_order]
