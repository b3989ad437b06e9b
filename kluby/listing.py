"""One listing framework for every index page: filters read from the query string, counted
choices, text search, sort order and one paginator.

An index describes its items as *records*, `{key: {facet name: set of values, ...}}`, read
with a fixed number of queries and kept in the cache under the published-content version;
`Listing` then matches and counts in memory, so a listing costs the same number of queries
whatever the number of items. Every value from the query string is checked against the
known ones before it is used: unknown values are dropped with a message in the visitor's
language, never passed to a query.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.utils.translation import gettext

TEXT_MAX_LENGTH = 200
SHOWN_VALUE_LENGTH = 60
# More values than this for one parameter are not a real visitor's request.
MAX_VALUES_PER_PARAMETER = 30


def clean_text(value, max_length=TEXT_MAX_LENGTH):
    """Query-string text made safe for any database: no NUL bytes, single spaces, bounded."""
    return " ".join(value.replace("\x00", " ").split())[:max_length]


def shown(value):
    """A visitor's value, shortened for a message (templates escape it)."""
    value = clean_text(value, max_length=SHOWN_VALUE_LENGTH + 1)
    return value if len(value) <= SHOWN_VALUE_LENGTH else value[:SHOWN_VALUE_LENGTH] + "…"


@dataclass
class Option:
    value: str
    label: str
    count: int = 0
    selected: bool = False
    group: str = ""


@dataclass
class Facet:
    """One filter. `options` are (value, label) or (value, label, group) tuples, or Options.

    `multiple`: the visitor may choose several values, which must `match` "any" of the
    item's values (one is enough) or "all" of them (an item must have every chosen value).
    `hidden_by_default`: values whose items are left out until the visitor chooses a value
    of this facet (closed clubs). `hide_empty`: offer only the values that give results
    (long open lists such as tags).
    """

    name: str
    label: str
    options: list = field(default_factory=list)
    multiple: bool = False
    match: str = "any"
    hidden_by_default: frozenset = frozenset()
    hide_empty: bool = False
    help_text: str = ""
    selected: list = field(default_factory=list)

    def __post_init__(self):
        self.options = [option if isinstance(option, Option) else Option(*_as_option(option)) for option in self.options]

    @property
    def known_values(self):
        return {option.value for option in self.options}

    @property
    def shown_options(self):
        if not self.hide_empty:
            return self.options
        return [option for option in self.options if option.count or option.selected]

    @property
    def grouped_options(self):
        """[(group, [options])] in the options' order, for lists that have groups."""
        groups = {}
        for option in self.shown_options:
            groups.setdefault(option.group, []).append(option)
        return list(groups.items())

    def label_of(self, value):
        return next((option.label for option in self.options if option.value == value), value)


def _as_option(option):
    value, label, *group = option
    return (str(value), label, 0, False, group[0] if group else "")


@dataclass
class Sort:
    name: str
    label: str
    # A function of a record giving its place in this order.
    key: object


@dataclass
class ActiveFilter:
    label: str
    value: str
    remove_query: str


class Listing:
    """Filters, counts, sorts and pages the records of one index for one request."""

    def __init__(self, params, facets, records, *, text_search=None, sorts=(), text_label=""):
        self.params = params
        self.facets = list(facets)
        self.records = records
        self.sorts = list(sorts)
        self.text_label = text_label or gettext("Words in the title or text")
        self.has_text_search = text_search is not None
        self.messages = []
        self._parse_facets()
        self.query = self._parse_text()
        self.sort = self._parse_sort()
        text_keys = text_search(self.query) if (self.query and text_search) else None
        self.keys = self._match_and_count(text_keys)

    # Reading the query string ---------------------------------------------------------

    def _values(self, name):
        getlist = getattr(self.params, "getlist", None)
        values = getlist(name) if getlist else [self.params.get(name, "")]
        return values[:MAX_VALUES_PER_PARAMETER]

    def _parse_facets(self):
        for facet in self.facets:
            known = facet.known_values
            for raw in self._values(facet.name):
                value = clean_text(raw, max_length=120)
                if not value:
                    continue
                if value not in known:
                    self.messages.append(
                        gettext("“%(value)s” is not a known value for “%(filter)s”, so that filter was ignored.")
                        % {"value": shown(raw), "filter": facet.label}
                    )
                elif value not in facet.selected and (facet.multiple or not facet.selected):
                    facet.selected.append(value)
            for option in facet.options:
                option.selected = option.value in facet.selected

    def _parse_text(self):
        if not self.has_text_search:
            return ""
        raw = self.params.get("q", "")
        if len(clean_text(raw, max_length=TEXT_MAX_LENGTH + 1)) > TEXT_MAX_LENGTH:
            self.messages.append(
                gettext("The search text was too long; only its first %(count)s characters were used.")
                % {"count": TEXT_MAX_LENGTH}
            )
        return clean_text(raw)

    def _parse_sort(self):
        if not self.sorts:
            return None
        raw = clean_text(self.params.get("sort", ""), max_length=40)
        by_name = {sort.name: sort for sort in self.sorts}
        if raw and raw not in by_name:
            self.messages.append(
                gettext("“%(value)s” is not a known order, so the list is in its usual order.") % {"value": shown(raw)}
            )
        return by_name.get(raw, self.sorts[0])

    # Matching and counting ------------------------------------------------------------

    def _failures(self, record, constraints, hidden):
        failed = [
            name
            for name, chosen, match_all in constraints
            if not (chosen <= record[name] if match_all else chosen & record[name])
        ]
        failed += [name for name, values in hidden if record[name] and record[name] <= values]
        return failed

    def _match_and_count(self, text_keys):
        # One pass: a record that fails no filter matches; one that fails a single filter
        # counts for that filter's values (what choosing another value there would give).
        constraints = [(facet.name, set(facet.selected), facet.match == "all") for facet in self.facets if facet.selected]
        hidden = [(facet.name, facet.hidden_by_default) for facet in self.facets if facet.hidden_by_default and not facet.selected]
        near_misses = {}
        for key, record in self.records.items():
            if text_keys is not None and key not in text_keys:
                continue
            failed = self._failures(record, constraints, hidden)
            if len(failed) <= 1:
                near_misses[key] = failed[0] if failed else None
        for facet in self.facets:
            # "All of" filters count within the current results; the others with their own
            # choice set aside.
            counted = {None} if facet.match == "all" else {None, facet.name}
            counts = {}
            for key, failed in near_misses.items():
                if failed in counted:
                    for value in self.records[key][facet.name]:
                        counts[value] = counts.get(value, 0) + 1
            for option in facet.options:
                option.count = counts.get(option.value, 0)
        hidden_names = {name for name, _values in hidden}
        self.hidden_count = sum(1 for failed in near_misses.values() if failed in hidden_names)
        matching = [key for key, failed in near_misses.items() if failed is None]
        order = self.sort.key if self.sort else (lambda record: record["sort"])
        return sorted(matching, key=lambda key: order(self.records[key]))

    # Links ----------------------------------------------------------------------------

    @property
    def is_filtered(self):
        return bool(self.query) or any(facet.selected for facet in self.facets)

    def query_items(self, without=None, extra=()):
        """(name, value) pairs of the valid selection (text and sort included), minus the
        `without` pair (or every pair of the name `without`), plus `extra`."""
        items = [(facet.name, value) for facet in self.facets for value in facet.selected]
        if self.query:
            items.append(("q", self.query))
        if self.sort and self.sort is not self.sorts[0]:
            items.append(("sort", self.sort.name))
        return [item for item in items if item != without and item[0] != without] + list(extra)

    def query_string(self, without=None, extra=()):
        """`?…` for a link to this listing with the same selection (or `?` for none)."""
        return "?" + urlencode(self.query_items(without, extra))

    def active_filters(self):
        active = [
            ActiveFilter(facet.label, facet.label_of(value), self.query_string(without=(facet.name, value)))
            for facet in self.facets
            for value in facet.selected
        ]
        if self.query:
            active.append(ActiveFilter(gettext("Text"), self.query, self.query_string(without="q")))
        return active

    def show_hidden_query(self):
        """The same selection with the values hidden by default chosen too (closed clubs)."""
        extra = [
            (facet.name, option.value)
            for facet in self.facets
            if facet.hidden_by_default and not facet.selected
            for option in facet.options
        ]
        return self.query_string(extra=extra)

    def default_visible_items(self):
        """(name, value) pairs that select what the list shows when no value of a facet with
        hidden values is chosen (for feeds and maps that must show the same items)."""
        return [
            (facet.name, option.value)
            for facet in self.facets
            if facet.hidden_by_default and not facet.selected
            for option in facet.options
            if option.value not in facet.hidden_by_default
        ]

    # Pages ----------------------------------------------------------------------------

    def page(self, per_page, load=None):
        """The page of results the query string asks for (see `paginate`), with its keys
        turned into objects by `load(keys)` (a queryset of just that page) if given."""
        page_obj, message = paginate(self.params, self.keys, per_page)
        if message:
            self.messages.append(message)
        if load is not None:
            found = {item.pk: item for item in load(page_obj.object_list)}
            page_obj.object_list = [found[key] for key in page_obj.object_list if key in found]
        return page_obj


def paginate(params, object_list, per_page):
    """(page, message): the page the query string's `page` asks for. A number that is not a
    page of the list gives the nearest page that is, and a message saying so."""
    raw = params.get("page", "")
    is_number = raw.isascii() and raw.isdigit() and len(raw) < 10
    page_obj = Paginator(object_list, per_page).get_page(max(1, int(raw)) if is_number else 1)
    message = None
    if raw and (not is_number or str(page_obj.number) != raw.lstrip("0")):
        message = gettext("There is no page “%(value)s”; showing page %(number)s instead.") % {
            "value": shown(raw),
            "number": page_obj.number,
        }
    return page_obj, message
