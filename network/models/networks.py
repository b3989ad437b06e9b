"""The networks section: the index of networks, and a network with its story and milestones.

A network's schools, partners, collaborations and events are pages in its own sub-sections
(one index page each), so a second network is added by editors without code."""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from kluby.blocks import BodyStreamBlock
from kluby.freshness import content_version
from kluby.models import BasePage
from kluby.queries import cached_structure, public_only

from .collaborations import CollaborationIndexPage, CollaborationPage
from .events import EventIndexPage, EventPage
from .partners import PartnerIndexPage, PartnerPage
from .schools import SchoolIndexPage, SchoolPage

UPCOMING_EVENTS = 3


class NetworkIndexPage(BasePage):
    """The programme's section: the networks it runs and the Qub centre."""

    body = StreamField(BodyStreamBlock(), verbose_name=_("introduction"), blank=True)

    parent_page_types = ["kluby.HomePage"]
    subpage_types = ["network.NetworkPage", "network.QubPage"]
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("lead"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    api_fields = BasePage.api_fields + [APIField("body")]

    class Meta:
        verbose_name = _("networks index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        children = public_only(self.get_children().live(), request).specific()
        context["sections"] = list(children)
        return context


class NetworkPage(BasePage):
    """One network of schools (the Cluj Schools Network first): its story and milestones; its
    schools, partners, collaborations and events are its sub-sections."""

    region = models.ForeignKey(
        "clubs.Region",
        verbose_name=_("county or region"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="networks",
        help_text=_("Where the network works today; schools elsewhere can still join it."),
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("story"), blank=True)

    parent_page_types = ["network.NetworkIndexPage"]
    subpage_types = [
        "network.SchoolIndexPage",
        "network.PartnerIndexPage",
        "network.CollaborationIndexPage",
        "network.EventIndexPage",
        "network.ImpactPage",
    ]

    content_panels = BasePage.content_panels + [
        FieldPanel("lead"),
        FieldPanel("region"),
        FieldPanel("body"),
        InlinePanel("milestones", label=_("Milestones")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.RelatedFields("milestones", [index.SearchField("title"), index.SearchField("text")]),
    ]
    api_fields = BasePage.api_fields + [APIField("region_name"), APIField("body"), APIField("milestones")]

    class Meta:
        verbose_name = _("network page")

    @property
    def region_name(self):
        return self.region.name if self.region_id else ""

    @staticmethod
    def section(children, model):
        """The child of type `model` (a plain Page: its title and address are all it shows)."""
        content_type = ContentType.objects.get_for_model(model)
        return next((child for child in children if child.content_type_id == content_type.pk), None)

    def figures(self):
        """What the page counts and lists of the network's live, public pages, read once per
        content version: a few aggregate queries whatever the number of schools."""

        def under(model):
            return public_only(model.objects.live().descendant_of(self))

        def by_town(pages):
            return list(pages.values("town").annotate(count=Count("pk")).order_by("town"))

        schools = under(SchoolPage)
        partner_towns = by_town(under(PartnerPage))
        return {
            "school_figures": schools.aggregate(count=Count("pk"), pupils=Sum("pupils"), teachers=Sum("teachers")),
            "collaboration_count": under(CollaborationPage).count(),
            "event_count": under(EventPage).count(),
            "event_times": list(under(EventPage).values_list("pk", "starts_at", "ends_at")),
            # The text alternative to the map: schools and partners by town.
            "school_towns": by_town(schools),
            "partner_towns": partner_towns,
            "partner_count": sum(town["count"] for town in partner_towns),
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        children = list(public_only(self.get_children().live(), request))
        sections = {
            "school_index": self.section(children, SchoolIndexPage),
            "partner_index": self.section(children, PartnerIndexPage),
            "collaboration_index": self.section(children, CollaborationIndexPage),
            "event_index": self.section(children, EventIndexPage),
            # The dashboard module reads the network: it is named through the app registry.
            "impact": self.section(children, apps.get_model("network", "ImpactPage")),
        }
        context.update(sections)
        context["milestones"] = sorted(self.milestones.all(), key=lambda milestone: (milestone.year, milestone.sort_order or 0))
        figures = cached_structure(f"kluby:network-figures:{content_version()}:{self.pk}", self.figures)
        context.update(figures)
        # Which events are still to come depends on the time of the request, not the content.
        now = timezone.now()
        upcoming = sorted((starts_at, pk) for pk, starts_at, ends_at in figures["event_times"] if ends_at >= now)
        keys = [pk for _starts_at, pk in upcoming[:UPCOMING_EVENTS]]
        context["upcoming_events"] = sorted(EventPage.objects.filter(pk__in=keys), key=lambda event: keys.index(event.pk))
        if not sections["school_index"]:
            # A translation without the network's sections (the Polish page): its other
            # language versions have them.
            context["fuller_versions"] = [
                translation
                for translation in public_only(self.get_translations().live(), request).select_related("locale")
                if translation.get_children().type(SchoolIndexPage).live().exists()
            ]
        context["map_geojson_url"] = reverse("network_map_geojson", args=[self.pk])
        return context


class NetworkMilestone(Orderable):
    """A step in the network's history, shown on its timeline in year order."""

    page = ParentalKey(NetworkPage, related_name="milestones", on_delete=models.CASCADE)
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1990), MaxValueValidator(2100)]
    )
    title = models.CharField(_("title"), max_length=160)
    text = models.TextField(_("what happened"), max_length=800, blank=True)

    panels = [FieldPanel("year"), FieldPanel("title"), FieldPanel("text")]
    api_fields = [APIField("year"), APIField("title"), APIField("text")]

    class Meta(Orderable.Meta):
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
