"""The resource index: Zasobnik in the Polish tree, the Qub's resource library in the
Romanian one, each with its translations; its resources filtered by category, audience,
type, tag and text with the core's listing framework (`kluby.listing`)."""

import logging
import re

from django.db import DatabaseError, transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from kluby.freshness import content_version
from kluby.listing import Facet, Listing
from kluby.models import BasePage
from kluby.queries import cached_structure, prefetch_listing_images, public_only
from kluby.search import ranked_ids

from .resources import RESOURCES_PER_PAGE, ResourcePage
from .taxonomy import ResourceType, sort_key

logger = logging.getLogger(__name__)


class ResourceIndexPage(BasePage):
    """Zasobnik (Polish tree) or the Qub's resource library (Romanian tree): its resources,
    filtered by category, audience, type, tag and text."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    # The Qub's library belongs in the school network's section once the network app has
    # its index page; until then both libraries live under their home pages.
    # A library sits under a home page, or in a section of its own (the Qub's library).
    parent_page_types = ["kluby.HomePage", "network.QubPage"]
    subpage_types = ["resources.ResourcePage", "resources.GlossaryPage", "resources.ExampleIndexPage"]

    content_panels = BasePage.content_panels + [FieldPanel("lead"), FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    api_fields = BasePage.api_fields + [APIField("intro")]

    class Meta:
        verbose_name = _("resource index")
        verbose_name_plural = _("resource indexes")

    def resources(self):
        return public_only(ResourcePage.objects.child_of(self).live())

    def filter_records(self, resources):
        """Per resource of this index: its sort key and the values of each filter, with the
        names of the values. Read with one query per filter, kept under the content version."""
        return cached_structure(
            f"kluby:resource-records:{content_version()}:{self.pk}", lambda: self.read_filter_records(resources)
        )

    def read_filter_records(self, resources):
        records = {
            pk: {"sort": (sort_key(title), pk), "category": set(), "audience": set(), "type": {resource_type}, "tag": set()}
            for pk, title, resource_type in resources.values_list("pk", "title", "resource_type")
        }
        names = {"category": {}, "audience": {}, "tag": {}}
        for facet, path in (("category", "category"), ("audience", "audiences"), ("tag", "tagged_items__tag")):
            rows = resources.filter(**{f"{path}__isnull": False}).values_list("pk", f"{path}__slug", f"{path}__name")
            for pk, slug, name in rows:
                records[pk][facet].add(slug)
                names[facet][slug] = name
        return records, names

    @staticmethod
    def facets(records, names):
        """The filters; each offers only the values that some resource of this index has."""
        types = set().union(*(record["type"] for record in records.values()))

        def alphabetical(pairs):
            return sorted(pairs, key=lambda pair: sort_key(pair[1]))

        return [
            Facet("category", _("Category"), alphabetical(names["category"].items())),
            Facet("audience", _("Audience"), alphabetical(names["audience"].items())),
            Facet("type", _("Type"), [(value, label) for value, label in ResourceType.choices if value in types]),
            Facet("tag", _("Tag"), alphabetical(names["tag"].items()), hide_empty=True),
        ]

    def text_matches(self, query):
        """Keys of the resources whose indexed text has every word, or whose title or lead
        has the text (worked out once per query and page object)."""
        memo = self.__dict__.setdefault("_text_matches", {})
        if query in memo:
            return memo[query]
        resources = self.resources()
        found = set(resources.filter(Q(title__icontains=query) | Q(lead__icontains=query)).values_list("pk", flat=True))
        # Only plain lower-case words reach the search backend: quotes, operators and
        # upper-case keywords (OR, NEAR) mean something to full-text query parsers.
        words = " ".join(re.findall(r"\w+", query)).lower()
        if words:
            try:
                with transaction.atomic():
                    ids = ranked_ids(resources, words)
                    if ids is None:
                        ids = [page.pk for page in resources.search(words, operator="and", order_by_relevance=False)]
                found.update(ids)
            except DatabaseError:
                logger.exception("Resource search failed for %r", words)
        memo[query] = found
        return found

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        resources = self.resources()
        records, names = self.filter_records(resources)
        listing = Listing(request.GET, self.facets(records, names), records, text_search=self.text_matches)
        context["listing"] = listing
        # Only the resources of the shown page are read.
        context["page_obj"] = listing.page(
            RESOURCES_PER_PAGE,
            lambda keys: prefetch_listing_images(ResourcePage.objects.filter(pk__in=keys).select_related("category")),
        )
        context["see_also"] = (
            public_only(Page.objects.child_of(self).live(), request).not_type(ResourcePage).order_by("path")
        )
        return context
