"""The home page (with its areas and featured content) and the standard page."""


from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
)
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from ..blocks import BodyStreamBlock, table_of_contents
from ..queries import (
    listing_images_with_renditions,
    public_only,
)
from .base import BasePage
from .news import NewsArticlePage


class HomePage(BasePage):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    hero_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    featured_title = models.CharField(
        _("featured section title"), max_length=120, blank=True, default=""
    )

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = None

    content_panels = BasePage.content_panels + [
        FieldPanel("lead"),
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        InlinePanel("areas", label=_("Areas"), max_num=6),
        FieldPanel("featured_title"),
        InlinePanel("featured_pages", label=_("Featured content"), max_num=6),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    api_fields = BasePage.api_fields + [
        APIField("intro"),
        APIField("hero_image"),
        APIField("areas"),
        APIField("featured_pages"),
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["areas"] = self.areas.select_related("link_page", "image")
        featured_ids = list(self.featured_pages.values_list("featured_id", flat=True))
        featured = public_only(Page.objects.filter(pk__in=featured_ids).live(), request).specific()
        order = {pk: position for position, pk in enumerate(featured_ids)}
        context["featured"] = sorted(featured, key=lambda page: order[page.pk])
        context["latest_news"] = public_only(
            NewsArticlePage.objects.live().filter(locale_id=self.locale_id), request
        ).select_related("locale").prefetch_related(listing_images_with_renditions()).order_by("-date")[:3]
        return context


class HomePageArea(Orderable):
    """One of the portal's areas (resources, clubs, inspirations, school network) on the home page."""

    page = ParentalKey(HomePage, related_name="areas", on_delete=models.CASCADE)
    title = models.CharField(_("title"), max_length=120)
    text = models.TextField(_("text"), max_length=400)
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("links to"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("title"), FieldPanel("text"), FieldPanel("link_page"), FieldPanel("image")]
    api_fields = [APIField("title"), APIField("text"), APIField("link_page")]


class HomePageFeatured(Orderable):
    page = ParentalKey(HomePage, related_name="featured_pages", on_delete=models.CASCADE)
    featured = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("featured")]
    api_fields = [APIField("featured")]


class StandardPage(BasePage):
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    parent_page_types = ["kluby.HomePage", "kluby.StandardPage"]
    subpage_types = ["kluby.StandardPage"]

    content_panels = BasePage.content_panels + [FieldPanel("lead"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    api_fields = BasePage.api_fields + [APIField("body")]

    class Meta:
        verbose_name = _("standard page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["toc"] = table_of_contents(self.body)
        return context
