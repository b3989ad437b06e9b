"""The networks section: the index of networks, and a network with its story and milestones.

A network's schools, partners, collaborations and events are pages in its own sub-sections
(one index page each), so a second network is added by editors without code."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from kluby.blocks import BodyStreamBlock
from kluby.models import BasePage


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
