"""The Qub centre and its spaces (education, exhibition, co-creation, networking), with
the requests schools and partners send to use a space, which editors answer in the admin."""

from django.apps import apps
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from clubs.models import CatalogueItemRow, ClubIndexPage
from kluby.blocks import BodyStreamBlock
from kluby.models import BasePage
from kluby.queries import public_only

from ..choices import RequestStatus, SpaceKind
from .common import GalleryImage, Located
from .events import with_place_names

UPCOMING_EVENTS_SHOWN = 6


class QubPage(Located, BasePage):
    """The Qub, a STEAM education centre: its story, its spaces and its resource library."""

    opening_hours = models.CharField(_("opening hours"), max_length=255, blank=True)
    address_is_sample = models.BooleanField(
        _("the address is sample data"), default=False, help_text=_("Tick while the real address is not confirmed.")
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("story"), blank=True)

    parent_page_types = ["network.NetworkIndexPage"]
    subpage_types = ["network.SpacePage", "resources.ResourceIndexPage"]

    content_panels = BasePage.content_panels + [
        FieldPanel("lead"),
        MultiFieldPanel(
            [
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("town")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("address_is_sample"),
                FieldPanel("opening_hours"),
            ],
            heading=_("Where and when"),
        ),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    api_fields = BasePage.api_fields + [
        APIField("street"),
        APIField("postcode"),
        APIField("town"),
        APIField("latitude"),
        APIField("longitude"),
        APIField("address_is_sample"),
        APIField("opening_hours"),
        APIField("body"),
    ]

    class Meta:
        verbose_name = _("Qub centre page")


class SpacePage(BasePage):
    """One of the Qub's spaces, which schools and partners can ask to use."""

    kind = models.CharField(_("kind of space"), max_length=20, choices=SpaceKind.choices)
    capacity = models.PositiveIntegerField(
        _("capacity"), validators=[MinValueValidator(1), MaxValueValidator(10000)], help_text=_("How many people it holds.")
    )
    area_m2 = models.PositiveIntegerField(_("area (m²)"), null=True, blank=True)
    step_free = models.BooleanField(_("step-free access"), default=False)
    accessibility = RichTextField(
        _("accessibility"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("Access, toilets, hearing loop, seating, lighting, quiet corner: what a visitor needs to know."),
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("description"), blank=True)

    parent_page_types = ["network.QubPage"]
    subpage_types = []

    content_panels = BasePage.content_panels + [
        FieldPanel("lead"),
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("capacity"), FieldPanel("area_m2")]),
        FieldPanel("step_free"),
        FieldPanel("accessibility"),
        FieldPanel("body"),
        InlinePanel("equipment", label=_("Equipment")),
        InlinePanel("gallery_images", label=_("Photo gallery")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("accessibility"),
        index.FilterField("kind"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("kind"),
        APIField("capacity"),
        APIField("area_m2"),
        APIField("step_free"),
        APIField("accessibility"),
        APIField("body"),
        APIField("equipment"),
        APIField("gallery_images"),
    ]

    class Meta:
        verbose_name = _("space page")

    def upcoming_events(self, request=None, limit=UPCOMING_EVENTS_SHOWN):
        """Live, public events in this space that have not ended yet, soonest first."""
        events = self.events.live().filter(ends_at__gt=timezone.now()).order_by("starts_at", "pk")
        return with_place_names(public_only(events, request)).select_related("locale").prefetch_related("audiences")[:limit]

    def equipment_catalogue_url(self, request=None):
        """The public equipment catalogue in this page's language (a route of the club index),
        whose item pages the equipment list links to; None when there is none."""
        club_index = ClubIndexPage.objects.live().filter(locale_id=self.locale_id).order_by("path").first()
        index_url = club_index.get_url(request=request) if club_index else None
        return index_url + club_index.reverse_subpage("equipment_catalogue") if index_url else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["equipment"] = self.equipment.select_related("item", "item__category").order_by(
            "item__category__sort_order", "item__name"
        )
        context["equipment_base_url"] = self.equipment_catalogue_url(request)
        context["gallery"] = self.gallery_images.select_related("image").prefetch_related("image__renditions")
        context["upcoming_events"] = self.upcoming_events(request)
        return context


class SpaceEquipment(CatalogueItemRow, Orderable):
    """How many of a catalogue item a space has."""

    page = ParentalKey(SpacePage, related_name="equipment", on_delete=models.CASCADE)
    item = models.ForeignKey(
        "clubs.EquipmentItem", verbose_name=_("item"), on_delete=models.PROTECT, related_name="space_equipment"
    )
    quantity = models.PositiveSmallIntegerField(_("quantity"), default=1)

    panels = [FieldPanel("item"), FieldPanel("quantity")]
    api_fields = [APIField("item_name"), APIField("item_slug"), APIField("quantity")]

    class Meta(Orderable.Meta):
        verbose_name = _("equipment")
        verbose_name_plural = _("equipment")


class SpaceGalleryImage(GalleryImage):
    page = ParentalKey(SpacePage, related_name="gallery_images", on_delete=models.CASCADE)


def overlapping_events(space, date, start_time, end_time):
    """Live events in `space` whose local times overlap `date` from `start_time` to
    `end_time` (the Qub's local time, as requests are). Values or OuterRefs."""
    event_page = apps.get_model("network", "EventPage")
    return (
        event_page.objects.live()
        .annotate(last_date=Coalesce("end_date", "start_date"))
        .filter(space=space)
        .filter(Q(start_date__lt=date) | Q(start_date=date, start_time__lt=end_time))
        .filter(Q(last_date__gt=date) | Q(last_date=date, end_time__gt=start_time))
    )


def overlapping_requests(space, date, start_time, end_time):
    """Accepted requests for `space` on `date` whose times overlap."""
    return SpaceRequest.objects.filter(
        space=space, date=date, status=RequestStatus.ACCEPTED, start_time__lt=end_time, end_time__gt=start_time
    )


class SpaceRequestQuerySet(models.QuerySet):
    def with_clashes(self):
        """Each request with `clashes_request` and `clashes_event`: whether another accepted
        request or an event in the same space overlaps it. Two subqueries, whatever the number
        of requests."""
        where = (OuterRef("space"), OuterRef("date"), OuterRef("start_time"), OuterRef("end_time"))
        return self.annotate(
            clashes_request=Exists(overlapping_requests(*where).exclude(pk=OuterRef("pk"))),
            clashes_event=Exists(overlapping_events(*where)),
        )


class SpaceRequest(models.Model):
    """A school's or partner's request to use a space, and the editors' answer."""

    space = models.ForeignKey(SpacePage, verbose_name=_("space"), on_delete=models.CASCADE, related_name="requests")
    date = models.DateField(_("date"))
    start_time = models.TimeField(_("from"))
    end_time = models.TimeField(_("until"))
    purpose = models.TextField(_("purpose"), max_length=2000)
    group_size = models.PositiveIntegerField(_("group size"), validators=[MinValueValidator(1), MaxValueValidator(10000)])
    organisation = models.CharField(_("school or organisation"), max_length=200)
    contact_name = models.CharField(_("contact person"), max_length=120)
    contact_email = models.EmailField(_("e-mail"))
    contact_phone = models.CharField(_("phone"), max_length=40, blank=True)
    language = models.CharField(_("language"), max_length=8, help_text=_("The requester's language: answers are e-mailed in it."))
    status = models.CharField(_("status"), max_length=10, choices=RequestStatus.choices, default=RequestStatus.NEW)
    answer = models.TextField(_("answer"), blank=True, help_text=_("E-mailed to the requester with the status when you save."))
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True, editable=False)

    objects = SpaceRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("space request")
        verbose_name_plural = _("space requests")
        ordering = ["-submitted_at"]
        indexes = [models.Index(fields=["space", "date"])]

    def __str__(self):
        return f"{self.organisation}: {self.date:%Y-%m-%d} {self.start_time:%H:%M}–{self.end_time:%H:%M}"

    def clashing_requests(self):
        return overlapping_requests(self.space_id, self.date, self.start_time, self.end_time).exclude(pk=self.pk).order_by("start_time")

    def clashing_events(self):
        return overlapping_events(self.space_id, self.date, self.start_time, self.end_time).order_by("starts_at")

