"""The organisations that work with a network's schools: cultural, civil society, academic,
business and public institutions."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from kluby.blocks import BodyStreamBlock
from kluby.freshness import content_version
from kluby.models import BasePage
from kluby.queries import prefetch_listing_images, public_only

from ..choices import PartnerType
from ..listings import partner_listing
from .common import Located, latest_activity

PARTNERS_PER_PAGE = 24


class PartnerIndexPage(BasePage):
    """The partners of one network, by type."""

    body = StreamField(BodyStreamBlock(), verbose_name=_("introduction"), blank=True)

    parent_page_types = ["network.NetworkPage"]
    subpage_types = ["network.PartnerPage"]
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("lead"), FieldPanel("body")]
    api_fields = BasePage.api_fields + [APIField("body")]

    class Meta:
        verbose_name = _("partner index")

    def partners(self):
        return public_only(PartnerPage.objects.live().child_of(self))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        listing = partner_listing(
            request.GET, self.partners(), cache_key=f"kluby:partner-records:{content_version()}:{self.pk}"
        )
        context["listing"] = listing
        context["page_obj"] = listing.page(
            PARTNERS_PER_PAGE,
            lambda keys: prefetch_listing_images(PartnerPage.objects.filter(pk__in=keys).select_related("logo")),
        )
        return context


class PartnerPage(Located, BasePage):
    """One partner organisation; its collaborations and events are found from their pages."""

    partner_type = models.CharField(_("type"), max_length=20, choices=PartnerType.choices)
    logo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("description"), blank=True)
    is_sample = models.BooleanField(
        _("sample data"), default=False, help_text=_("The organisation is invented to demonstrate the portal.")
    )

    parent_page_types = ["network.PartnerIndexPage"]
    subpage_types = []

    content_panels = BasePage.content_panels + [
        FieldPanel("lead"),
        FieldRowPanel([FieldPanel("partner_type"), FieldPanel("website")]),
        FieldPanel("logo"),
        MultiFieldPanel(
            [
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("town")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Where"),
        ),
        FieldPanel("body"),
        FieldPanel("is_sample"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("town"),
        index.FilterField("partner_type"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("partner_type"),
        APIField("logo"),
        APIField("website"),
        APIField("street"),
        APIField("postcode"),
        APIField("town"),
        APIField("latitude"),
        APIField("longitude"),
        APIField("body"),
        APIField("is_sample"),
    ]

    class Meta:
        verbose_name = _("partner page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(latest_activity(self, request))
        return context
