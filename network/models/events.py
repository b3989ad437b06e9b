"""Events of a network: trainings, workshops, exhibitions, residencies, meetings.

Editors type the start and end as the local date and time of the event's time zone (Europe/
Bucharest for Cluj); the page keeps the same instants in UTC (`starts_at`, `ends_at`) for
sorting, the upcoming/past split and the calendar files, whatever the server's time zone."""

import datetime
import zoneinfo
from functools import cache

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from kluby.blocks import BodyStreamBlock
from kluby.models import BasePage

from ..choices import REACH_FIELDS, EventType
from .common import ReachFields

DEFAULT_TIME_ZONE = "Europe/Bucharest"


@cache
def time_zone_names():
    return frozenset(zoneinfo.available_timezones())


def validate_time_zone(value):
    if value not in time_zone_names():
        raise ValidationError(_("“%(value)s” is not a time zone name such as Europe/Bucharest."), params={"value": value})


class EventIndexPage(BasePage):
    """The events of one network: upcoming first, then the past ones, with filters."""

    body = StreamField(BodyStreamBlock(), verbose_name=_("introduction"), blank=True)

    parent_page_types = ["network.NetworkPage"]
    subpage_types = ["network.EventPage"]
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("lead"), FieldPanel("body")]
    api_fields = BasePage.api_fields + [APIField("body")]

    class Meta:
        verbose_name = _("event index")


class EventPage(ReachFields, BasePage):
    """One event; the reach fields record who came, once it has taken place."""

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
