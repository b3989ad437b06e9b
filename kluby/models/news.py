"""News: the index of articles and the tagged articles."""


from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
)
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from ..blocks import BodyStreamBlock
from ..freshness import content_version
from ..listing import Facet, Listing
from ..queries import (
    cached_structure,
    listing_images_with_renditions,
    public_only,
)
from ..text import sort_key
from .base import BasePage


class NewsIndexPage(BasePage):
    parent_page_types = ["kluby.HomePage"]
    subpage_types = ["kluby.NewsArticlePage"]
    max_count_per_parent = 1
    per_page = 10

    content_panels = BasePage.content_panels + [FieldPanel("lead")]

    class Meta:
        verbose_name = _("news index")

    def news_records(self):
        """Per article: its place (newest first) and its tags; with the tags' names."""
        articles = public_only(NewsArticlePage.objects.child_of(self).live())
        records = {pk: {"sort": (-date.toordinal(), -pk), "tag": set()} for pk, date in articles.values_list("pk", "date")}
        tags = {}
        for pk, slug, name in NewsArticleTag.objects.filter(content_object__in=articles).values_list(
            "content_object_id", "tag__slug", "tag__name"
        ):
            records[pk]["tag"].add(slug)
            tags[slug] = name
        return records, tags

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        records, tags = cached_structure(f"kluby:news-listing:{content_version()}:{self.pk}", self.news_records)
        listing = Listing(request.GET, [Facet("tag", _("Tag"), sorted(tags.items(), key=lambda tag: sort_key(tag[1])))], records)
        context["listing"] = listing
        context["page_obj"] = listing.page(
            self.per_page,
            lambda keys: NewsArticlePage.objects.filter(pk__in=keys)
            .select_related("locale")
            .prefetch_related(listing_images_with_renditions()),
        )
        return context


class NewsArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "kluby.NewsArticlePage", related_name="tagged_items", on_delete=models.CASCADE
    )


class NewsArticlePage(BasePage):
    date = models.DateField(_("date"))
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)
    tags = ClusterTaggableManager(through=NewsArticleTag, blank=True, verbose_name=_("tags"))

    parent_page_types = ["kluby.NewsIndexPage"]
    subpage_types = []

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("lead"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("tags"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("date"),
        APIField("image"),
        APIField("body"),
        APIField("tags"),
    ]

    class Meta:
        verbose_name = _("news article")
        ordering = ["-date"]
