"""Events of a network: trainings, workshops, exhibitions, residencies, meetings.

Editors type the start and end as the local date and time of the event's time zone (Europe/
Bucharest for Cluj); the page keeps the same instants in UTC (`starts_at`, `ends_at`) for
sorting, the upcoming/past split and the calendar files, whatever the server's time zone."""

import datetime
import re
import zoneinfo
from functools import cache

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F
from django.db.models.functions import Coalesce
from django.http import HttpResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext, pgettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from kluby.blocks import BodyStreamBlock
from kluby.freshness import content_version
from kluby.listing import Facet, Listing, Option, shown
from kluby.models import BasePage
from kluby.queries import cached_structure, public_only

from .. import calendar
from ..choices import REACH_FIELDS, EventType
from .common import ReachFields

DEFAULT_TIME_ZONE = "Europe/Bucharest"
EVENTS_PER_PAGE = 20
MONTH = re.compile(r"^(\d{4})-(\d{2})$", re.ASCII)
# Names of the zones events are held in; others are named after their city.
ZONE_NAMES = {"Europe/Bucharest": _("Romanian time"), "Europe/Warsaw": _("Polish time")}


@cache
def time_zone_names():
    return frozenset(zoneinfo.available_timezones())


def validate_time_zone(value):
    if value not in time_zone_names():
        raise ValidationError(_("“%(value)s” is not a time zone name such as Europe/Bucharest."), params={"value": value})


def zone_name(zone_key):
    return str(ZONE_NAMES.get(zone_key) or gettext("%(city)s time") % {"city": zone_key.rsplit("/", 1)[-1].replace("_", " ")})


def event_months(start, end):
    """The months ("YYYY-MM") an event's local dates fall in."""
    months, year, month = set(), start.year, start.month
    while (year, month) <= (end.year, end.month) and len(months) < 24:
        months.add(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def event_records(events):
    """Per event, its record in the two states it can be in, upcoming (or under way) and
    past, since that depends on the time of each request, not on the content; the audiences'
    names; and the months events fall in. Two queries, whatever the number of events."""
    facts = {}
    for pk, event_type, starts_at, ends_at, start_date, end_date in events.values_list(
        "pk", "event_type", "starts_at", "ends_at", "start_date", "end_date"
    ):
        facts[pk] = {
            "starts": starts_at.timestamp(),
            "ends": ends_at.timestamp(),
            "type": {event_type},
            "audience": set(),
            "month": event_months(start_date, end_date or start_date),
        }
    audiences = {}
    rows = events.filter(audiences__isnull=False).values_list("pk", "audiences__slug", "audiences__sort_order", "audiences__name")
    for pk, slug, order, name in rows:
        facts[pk]["audience"].add(slug)
        audiences.setdefault(slug, (order, name))
    # Upcoming soonest first, then past most recent first.
    records = {
        pk: (
            {**fact, "when": {"upcoming"}, "sort": (0, fact["starts"], pk)},
            {**fact, "when": {"past"}, "sort": (1, -fact["starts"], pk)},
        )
        for pk, fact in facts.items()
    }
    months = sorted({month for fact in facts.values() for month in fact["month"]})
    return records, audiences, months


def with_place_names(events):
    """`events` with `place_title`, the title of the Qub space or the school each is held at,
    for the event cards: two joined columns instead of two joined pages per event."""
    return events.annotate(place_title=Coalesce(F("space__title"), F("school__title")))


def month_label(month):
    year, number = (int(part) for part in month.split("-"))
    return date_format(datetime.date(year, number, 1), "YEAR_MONTH_FORMAT")


def timed_records(records, now):
    """Each event's record as it stands at the timestamp `now`: upcoming until it ends."""
    return {pk: upcoming if upcoming["ends"] > now else past for pk, (upcoming, past) in records.items()}


def checked_months(params, known, messages):
    """The `month` values of the query string that are months; the others are reported."""
    months = []
    for raw in params.getlist("month")[:30] if hasattr(params, "getlist") else [params.get("month", "")]:
        value = raw.strip()
        if not value:
            continue
        match = MONTH.match(value)
        if not match or not 1 <= int(match.group(2)) <= 12 or int(match.group(1)) < 1900:
            messages.append(
                gettext("“%(value)s” is not a month written as year-month (for example 2027-03), so that filter was ignored.")
                % {"value": shown(raw)}
            )
        elif value not in known:
            months.append(value)
    return months


class EventIndexPage(BasePage):
    """The events of one network: upcoming first, then the past ones, with filters.

    The filters' data is cached under the content version; whether an event is upcoming is
    decided at each request. A page served from the whole-page cache for anonymous visitors
    is at most PAGE_CACHE_SECONDS old (five minutes by default), so an event moves to the
    past list at most that long after it ends (docs/events-and-spaces.md)."""

    body = StreamField(BodyStreamBlock(), verbose_name=_("introduction"), blank=True)

    parent_page_types = ["network.NetworkPage"]
    subpage_types = ["network.EventPage"]
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("lead"), FieldPanel("body")]
    api_fields = BasePage.api_fields + [APIField("body")]

    class Meta:
        verbose_name = _("event index")

    def events(self):
        return public_only(EventPage.objects.live().child_of(self))

    def listing(self, params, now=None):
        records, audiences, known_months = cached_structure(
            f"kluby:event-listing:{content_version()}:{self.pk}", lambda: event_records(self.events())
        )
        records = timed_records(records, (now or timezone.now()).timestamp())
        messages = []
        extra_months = checked_months(params, set(known_months), messages)
        if messages or extra_months:
            # Bad months are reported here, not as unknown values by the listing.
            params = params.copy()
            params.setlist("month", [value for value in params.getlist("month") if value.strip() in known_months or value.strip() in extra_months])
        months = sorted({*known_months, *extra_months})
        facets = [
            Facet("when", _("When"), [("upcoming", _("Upcoming and under way")), ("past", _("Past"))]),
            Facet("type", _("Type"), EventType.choices),
            Facet(
                "audience",
                _("Audience"),
                [(slug, name) for slug, (_order, name) in sorted(audiences.items(), key=lambda entry: entry[1])],
                multiple=True,
            ),
            Facet("month", _("Month"), [Option(month, month_label(month)) for month in months]),
        ]
        listing = Listing(params, facets, records)
        listing.messages[:0] = messages
        return listing

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        listing = self.listing(request.GET)
        page_obj = listing.page(
            EVENTS_PER_PAGE,
            lambda keys: with_place_names(EventPage.objects.filter(pk__in=keys).defer_streamfields())
            .select_related("locale")
            .prefetch_related("audiences"),
        )
        upcoming = [event for event in page_obj.object_list if "upcoming" in listing.records[event.pk]["when"]]
        context.update(
            listing=listing,
            page_obj=page_obj,
            upcoming_events=upcoming,
            past_events=[event for event in page_obj.object_list if event not in upcoming],
        )
        return context


class EventPage(RoutablePageMixin, ReachFields, BasePage):
    """One event; the reach fields record who came, once it has taken place. Its calendar
    file is a route of the page, `ics/`."""

    event_type = models.CharField(_("type"), max_length=20, choices=EventType.choices)
    start_date = models.DateField(_("start date"))
    start_time = models.TimeField(_("start time"))
    end_date = models.DateField(_("end date"), null=True, blank=True, help_text=_("Leave empty when it ends on the start date."))
    end_time = models.TimeField(_("end time"))
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default=DEFAULT_TIME_ZONE,
        validators=[validate_time_zone],
        help_text=_("The dates and times above are local times of this zone."),
    )
    # The same instants in UTC, kept by save(): for sorting, filtering and calendars.
    starts_at = models.DateTimeField(_("starts at"), editable=False, db_index=True)
    ends_at = models.DateTimeField(_("ends at"), editable=False)
    space = models.ForeignKey(
        "network.SpacePage",
        verbose_name=_("Qub space"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    school = models.ForeignKey(
        "network.SchoolPage",
        verbose_name=_("school"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    venue = models.CharField(
        _("other venue"), max_length=255, blank=True, help_text=_("Name and address, when it is neither a Qub space nor a school.")
    )
    online_url = models.URLField(_("online link"), blank=True)
    audiences = ParentalManyToManyField("network.Audience", verbose_name=_("audience"), blank=True, related_name="events")
    capacity = models.PositiveIntegerField(_("capacity"), null=True, blank=True, help_text=_("How many people can take part."))
    registration_url = models.URLField(_("registration link"), blank=True)
    free_entry = models.BooleanField(_("free entry"), default=False, help_text=_("No registration needed."))
    organisers = ParentalManyToManyField("network.PartnerPage", verbose_name=_("organisers"), blank=True, related_name="events")
    body = StreamField(BodyStreamBlock(), verbose_name=_("description"), blank=True)
    is_sample = models.BooleanField(_("sample data"), default=False, help_text=_("The event is invented to demonstrate the portal."))

    parent_page_types = ["network.EventIndexPage"]
    subpage_types = []

    content_panels = BasePage.content_panels + [
        FieldPanel("lead"),
        FieldPanel("event_type"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
                FieldPanel("time_zone"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [FieldPanel("space"), FieldPanel("school"), FieldPanel("venue"), FieldPanel("online_url")],
            heading=_("Where (one or more)"),
        ),
        FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
        FieldRowPanel([FieldPanel("capacity"), FieldPanel("free_entry")]),
        FieldPanel("registration_url"),
        FieldPanel("organisers"),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel(field) for field, _label in REACH_FIELDS], heading=_("Who came")),
        FieldPanel("is_sample"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("venue"),
        index.FilterField("event_type"),
        index.FilterField("starts_at"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("event_type"),
        APIField("starts_at"),
        APIField("ends_at"),
        APIField("time_zone"),
        APIField("venue"),
        APIField("online_url"),
        APIField("capacity"),
        APIField("registration_url"),
        APIField("free_entry"),
        APIField("body"),
        *(APIField(field) for field, _label in REACH_FIELDS),
        APIField("is_sample"),
    ]

    class Meta:
        verbose_name = _("event page")

    def local_instants(self):
        """The start and end as aware datetimes of the event's zone (DST included)."""
        zone = zoneinfo.ZoneInfo(self.time_zone if self.time_zone in time_zone_names() else DEFAULT_TIME_ZONE)
        start = datetime.datetime.combine(self.start_date, self.start_time, tzinfo=zone)
        end = datetime.datetime.combine(self.end_date or self.start_date, self.end_time, tzinfo=zone)
        return start, end

    @property
    def is_multi_day(self):
        return bool(self.end_date and self.end_date != self.start_date)

    def has_ended(self, now=None):
        return self.ends_at <= (now or timezone.now())

    def when_text(self):
        """The dates and times in the event's zone, the zone named: "14 March 2027,
        10:00–14:00 (Romanian time, EET)"; a range of days names both ends."""
        start, end = self.local_instants()
        zones = start.tzname() if start.tzname() == end.tzname() else f"{start.tzname()}/{end.tzname()}"
        zone = pgettext("time zone", "%(zone)s, %(abbreviation)s") % {"zone": zone_name(self.time_zone), "abbreviation": zones}
        if self.is_multi_day:
            period = (
                f"{date_format(start, 'DATE_FORMAT')}, {start:%H:%M} – {date_format(end, 'DATE_FORMAT')}, {end:%H:%M}"
            )
        else:
            period = f"{date_format(start, 'DATE_FORMAT')}, {start:%H:%M}–{end:%H:%M}"
        return f"{period} ({zone})"

    def reach(self):
        """(label, number) of the people who came, for the kinds recorded."""
        return [(label, getattr(self, field)) for field, label in REACH_FIELDS if getattr(self, field) is not None]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["audiences"] = self.audiences.all()
        context["organisers"] = public_only(self.organisers.live(), request).order_by("title")
        context["has_ended"] = self.has_ended()
        context["space_page"] = self.space if self.space_id and self.space.live else None
        context["school_page"] = self.school if self.school_id and self.school.live else None
        return context

    @path("ics/", name="ics")
    def ics(self, request):
        response = HttpResponse(calendar.calendar_of([self], request), content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.slug}.ics"'
        return response

    def clean(self):
        super().clean()
        if not (self.space_id or self.school_id or self.venue or self.online_url):
            raise ValidationError(_("Say where the event takes place: a Qub space, a school, another venue or an online link."))
        if self.start_date and self.start_time and self.end_time:
            start, end = self.local_instants()
            if end <= start:
                raise ValidationError({"end_time": _("The event must end after it starts.")})

    def save(self, *args, **kwargs):
        start, end = self.local_instants()
        self.starts_at = start.astimezone(datetime.UTC)
        self.ends_at = end.astimezone(datetime.UTC)
        super().save(*args, **kwargs)
