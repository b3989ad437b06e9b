"""Filters for listing pages, read from the query string: values are checked against the known
ones before they reach a query, unknown ones are dropped with a message, and every facet is
counted against the results of the other active filters: with one aggregate query per facet,
or in memory from records the page keeps in the cache (`count_records`)."""

from collections.abc import Callable
from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.utils.http import urlencode
from django.utils.translation import gettext

TEXT_MAX_LENGTH = 200
SHOWN_VALUE_LENGTH = 60


def clean_text(value, max_length=TEXT_MAX_LENGTH):
    """Query-string text made safe for any database: no NUL bytes, single spaces, bounded."""
    return " ".join(value.replace("\x00", " ").split())[:max_length]


def shown(value):
    """A visitor's value, shortened for a message (the template escapes it)."""
    value = clean_text(value, max_length=SHOWN_VALUE_LENGTH + 1)
    return value if len(value) <= SHOWN_VALUE_LENGTH else value[:SHOWN_VALUE_LENGTH] + "…"


@dataclass
class Facet:
    """One filter: its query-string name, its label, the allowed values (value -> label), how
    it narrows a queryset, and the field path whose values are counted."""

    name: str
    label: str
    options: dict
    lookup: str
    count_path: str
    # Long open lists (tags) show only the values that would give results.
    hide_empty: bool = False


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool


class FilterSet:
    def __init__(self, params, facets, text_search: Callable[[str], Q] | None = None):
        self.facets = facets
        self.active = {}
        self.messages = []
        for facet in facets:
            raw = params.get(facet.name, "")
            value = clean_text(raw, max_length=120)
            if not value:
                continue
            if value in facet.options:
                self.active[facet.name] = value
            else:
                self.messages.append(
                    gettext("“%(value)s” is not a known value for “%(filter)s”, so that filter was ignored.")
                    % {"value": shown(raw), "filter": facet.label}
                )
        raw_query = params.get("q", "")
        self.query = clean_text(raw_query)
        if len(clean_text(raw_query, max_length=TEXT_MAX_LENGTH + 1)) > TEXT_MAX_LENGTH:
            self.messages.append(
                gettext("The search text was too long; only its first %(count)s characters were used.")
                % {"count": TEXT_MAX_LENGTH}
            )
        # The text search runs once: every facet count reuses its result.
        self.text_q = text_search(self.query) if (self.query and text_search) else None

    @property
    def is_active(self):
        return bool(self.active or self.text_q is not None)

    def apply(self, queryset, skip=None):
        for facet in self.facets:
            value = self.active.get(facet.name)
            if value is not None and facet.name != skip:
                queryset = queryset.filter(**{facet.lookup: value})
        if self.text_q is not None:
            queryset = queryset.filter(self.text_q)
        return queryset

    def counted_facets(self, queryset):
        """Each facet with its options and, for each, how many results choosing it would give."""
        counted = []
        for facet in self.facets:
            narrowed = self.apply(queryset, skip=facet.name)
            rows = (
                narrowed.order_by()
                .values(facet.count_path)
                .annotate(matches=Count("pk", distinct=True))
                .values_list(facet.count_path, "matches")
            )
            counts = {value: matches for value, matches in rows if value is not None}
            counted.append(self._counted(facet, counts))
        return counted

    def count_records(self, records, text_ids=None):
        """`counted_facets` and the matching keys, worked out in memory from `records`
        ({key: {"sort": sort key, facet name: set of values}}), read once per content
        version instead of one aggregate query per facet and request. `text_ids` are the
        keys the text search allows (None: no text search). Returns (keys in order, facets)."""
        near_misses = {}
        for key, record in records.items():
            if text_ids is not None and key not in text_ids:
                continue
            failed = [name for name, value in self.active.items() if value not in record[name]]
            if len(failed) <= 1:
                near_misses[key] = failed[0] if failed else None
        counted = []
        for facet in self.facets:
            counts = {}
            for key, failed in near_misses.items():
                if failed is None or failed == facet.name:
                    for value in records[key][facet.name]:
                        counts[value] = counts.get(value, 0) + 1
            counted.append(self._counted(facet, counts))
        matching = sorted((key for key, failed in near_misses.items() if failed is None), key=lambda key: records[key]["sort"])
        return matching, counted

    def _counted(self, facet, counts):
        selected = self.active.get(facet.name)
        return {
            "name": facet.name,
            "label": facet.label,
            "selected": selected,
            "selected_label": facet.options.get(selected, ""),
            "options": [
                Option(value, label, counts.get(value, 0), value == selected)
                for value, label in facet.options.items()
                if counts.get(value) or value == selected or not facet.hide_empty
            ],
        }

    def active_filters(self):
        """The active filters, each with the query string of the others (the one that removes
        it); values that were ignored are left out of these links."""
        active = []
        for facet in self.facets:
            value = self.active.get(facet.name)
            if value is not None:
                active.append({"label": facet.label, "value": facet.options[value], "remove": self._without(facet.name)})
        if self.text_q is not None:
            active.append({"label": gettext("Text"), "value": self.query, "remove": self._without("q")})
        return active

    def _without(self, name):
        remaining = {key: value for key, value in self.active.items() if key != name}
        if self.text_q is not None and name != "q":
            remaining["q"] = self.query
        return urlencode(remaining)

    def paginate(self, request, queryset, per_page):
        """A page of results; a page number that does not exist says so and falls back."""
        raw = request.GET.get("page", "")
        is_number = raw.isascii() and raw.isdigit() and len(raw) < 10
        # Too low or not a number: the first page; too high: the last page.
        page_obj = Paginator(queryset, per_page).get_page(max(1, int(raw)) if is_number else 1)
        if raw and (not is_number or str(page_obj.number) != raw.lstrip("0")):
            self.messages.append(
                gettext("There is no page “%(value)s”; showing page %(number)s instead.")
                % {"value": shown(raw), "number": page_obj.number}
            )
        return page_obj

