"""Resources and the pages that list them: the resource page, the filterable resource index
and the glossary page."""

import logging
import math
import re

from django import forms
from django.db import DatabaseError, models, transaction
from django.db.models import Count, F, Q
from django.db.models.functions import RowNumber
from django.utils.functional import SimpleLazyObject
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from kluby.blocks import table_of_contents
from kluby.freshness import content_version
from kluby.models import BasePage
from kluby.queries import (
    cached_structure,
    listing_images_with_renditions,
    prefetch_listing_images,
    public_only,
)
from kluby.search import ranked_ids

from ..blocks import ResourceBodyBlock
from ..filters import Facet, FilterSet
from .taxonomy import (
    LICENCE_URLS,
    Audience,
    GlossaryTerm,
    GlossaryTermSerializer,
    Licence,
    NameSlugSerializer,
    ResourceCategory,
    ResourceType,
    sort_key,
)

logger = logging.getLogger(__name__)

RESOURCES_PER_PAGE = 12
GLOSSARY_RESOURCES_PER_TERM = 5
RELATED_RESOURCES = 3
WORDS_PER_MINUTE = 200


class ResourceTag(TaggedItemBase):
    content_object = ParentalKey(
        "resources.ResourcePage", related_name="tagged_items", on_delete=models.CASCADE
    )


def body_text(raw_data):
    """The readable words of a stream's raw data: paragraphs, headings, quotes, captions."""
    text_keys = {"text", "title", "caption", "attribution", "transcript", "note"}
    parts = []

    def walk(block_type, value):
        if isinstance(value, str):
            if block_type == "paragraph":
                parts.append(strip_tags(value))
        elif isinstance(value, dict):
            for key, item in value.items():
                if isinstance(item, str) and key in text_keys:
                    parts.append(strip_tags(item))
                elif isinstance(item, (dict, list)):
                    walk(key, item)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, dict) and "type" in item and "value" in item:
                    walk(item["type"], item["value"])
                else:
                    walk(block_type, item)

    walk("", list(raw_data))
    return " ".join(parts)


class ResourcePage(BasePage):
    body = StreamField(ResourceBodyBlock(), verbose_name=_("body"), blank=True)
    category = models.ForeignKey(
        ResourceCategory,
        verbose_name=_("category"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="resources",
    )
    audiences = ParentalManyToManyField(
        Audience, verbose_name=_("audiences"), related_name="resources", blank=True
    )
    resource_type = models.CharField(
        _("type"), max_length=20, choices=ResourceType.choices, default=ResourceType.ARTICLE
    )
    tags = ClusterTaggableManager(through=ResourceTag, blank=True, verbose_name=_("tags"))
    author = models.CharField(
        _("author"), max_length=200, blank=True, help_text=_("A person, a team or an organisation.")
    )
    licence = models.CharField(
        _("licence"), max_length=20, choices=Licence.choices, default=Licence.CC_BY
    )
    reading_minutes = models.PositiveSmallIntegerField(_("reading time in minutes"), null=True, editable=False)
    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("When someone last checked that the content is still accurate."),
    )
    glossary_terms = ParentalManyToManyField(
        GlossaryTerm,
        verbose_name=_("glossary terms"),
        related_name="resources",
        blank=True,
        help_text=_("Terms used in the text; they are linked to the glossary."),
    )
    equipment = ParentalManyToManyField(
        "clubs.EquipmentItem",
        verbose_name=_("equipment"),
        related_name="resources",
        blank=True,
        help_text=_("Catalogue items this resource explains or uses."),
    )

    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = []

    content_panels = BasePage.content_panels + [
        FieldPanel("lead"),
        FieldPanel("body"),
        InlinePanel("attachments", label=_("Attachments")),
    ]
    classification_panels = [
        FieldPanel("category"),
        FieldPanel("resource_type"),
        FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
        FieldPanel("tags"),
        FieldPanel("glossary_terms"),
        FieldPanel("equipment"),
        InlinePanel("related_links", label=_("Related resources"), max_num=6),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("author"), FieldPanel("licence")]), FieldPanel("last_reviewed")],
            heading=_("Authorship and review"),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(classification_panels, heading=_("Classification")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("author"),
        index.AutocompleteField("title"),
        index.FilterField("category"),
        index.FilterField("resource_type"),
        index.FilterField("last_reviewed"),
        index.RelatedFields("category", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.RelatedFields("glossary_terms", [index.SearchField("term")]),
        index.RelatedFields("equipment", [index.SearchField("name")]),
    ]
    api_fields = BasePage.api_fields + [
        APIField("body"),
        APIField("category", serializer=NameSlugSerializer()),
        APIField("audiences", serializer=NameSlugSerializer(many=True)),
        APIField("resource_type"),
        APIField("tags"),
        APIField("author"),
        APIField("licence"),
        APIField("last_reviewed"),
        APIField("reading_time"),
        APIField("glossary_terms", serializer=GlossaryTermSerializer(many=True)),
        APIField("equipment", serializer=NameSlugSerializer(many=True)),
        APIField("attachments"),
        APIField("related_links"),
    ]

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    def count_reading_minutes(self):
        """Minutes to read the body at 200 words a minute; never less than one."""
        words = len(re.findall(r"\w+", body_text(self.body.raw_data)))
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    @property
    def reading_time(self):
        # Stored when the page is saved, so that listings need not walk every body.
        return self.reading_minutes or self.count_reading_minutes()

    def clean(self):
        super().clean()
        self.reading_minutes = self.count_reading_minutes()

    @property
    def licence_url(self):
        return LICENCE_URLS.get(self.licence, "")

    def localize_taxonomy(self):
        """Point category, audiences and terms at the snippets in this page's own locale, so
        that a translated page (which starts as a copy) never shows another language's terms."""
        if self.category_id and self.category.locale_id != self.locale_id:
            self.category = self.category.get_translation_or_none(self.locale) or self.category
        for name in ("audiences", "glossary_terms", "equipment"):
            manager = getattr(self, name)
            current = list(manager.all())
            if any(item.locale_id != self.locale_id for item in current):
                manager.set([item.get_translation_or_none(self.locale) or item for item in current])

    def save(self, *args, **kwargs):
        if self.locale_id:
            self.localize_taxonomy()
        self.reading_minutes = self.count_reading_minutes()
        return super().save(*args, **kwargs)

    def related_resources(self):
        """The editors' choice (in this page's language), else the resources that share most tags."""
        # In the editors' order (the links as the page holds them), with one query for the keys.
        chosen_ids = [link.related_page_id for link in self.related_links.all()]
        keys = dict(ResourcePage.objects.filter(pk__in=chosen_ids).values_list("pk", "translation_key"))
        chosen_keys = [keys[pk] for pk in chosen_ids if pk in keys]
        live = public_only(ResourcePage.objects.live()).filter(locale_id=self.locale_id).exclude(pk=self.pk)
        if chosen_keys:
            order = {key: position for position, key in enumerate(chosen_keys)}
            chosen = live.filter(translation_key__in=chosen_keys).select_related("category")
            return sorted(chosen, key=lambda page: order[page.translation_key])
        shared_tags = ResourceTag.objects.filter(content_object_id=self.pk).values("tag_id")
        return list(
            live.filter(tagged_items__tag_id__in=shared_tags)
            .annotate(shared=Count("tagged_items"))
            .select_related("category")
            .order_by("-shared", "title")[:RELATED_RESOURCES]
        )

    def glossary_page(self):
        return public_only(GlossaryPage.objects.live()).filter(locale_id=self.locale_id).first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["toc"] = table_of_contents(self.body)
        context["related"] = self.related_resources()
        models.prefetch_related_objects(context["related"], listing_images_with_renditions())
        context["terms"] = sorted(self.glossary_terms.all(), key=lambda term: sort_key(term.term))
        context["glossary"] = self.glossary_page() if context["terms"] else None
        context["attachments"] = self.attachments.select_related("document")
        context["audience_list"] = self.audiences.all()
        context["tag_list"] = self.tags.all()
        context["equipment_list"] = self.equipment.all()
        return context


class ResourceAttachment(Orderable):
    page = ParentalKey(ResourcePage, related_name="attachments", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("document"), on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(
        _("link text"), max_length=200, blank=True, help_text=_("Leave empty to use the document's title.")
    )

    panels = [FieldPanel("document"), FieldPanel("title")]
    api_fields = [APIField("document"), APIField("title")]

    @property
    def display_title(self):
        return self.title or self.document.title


class ResourceRelatedLink(Orderable):
    page = ParentalKey(ResourcePage, related_name="related_links", on_delete=models.CASCADE)
    related_page = models.ForeignKey(
        ResourcePage, verbose_name=_("resource"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("related_page")]
    api_fields = [APIField("related_page")]


# --- Index pages -----------------------------------------------------------------------------




class ResourceIndexPage(BasePage):
    """Zasobnik (Polish tree) or the Qub's resource library (Romanian tree): its resources,
    filtered by category, audience, type, tag and text."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    # The Qub's library belongs in the school network's section once the network app has
    # its index page; until then both libraries live under their home pages.
    parent_page_types = ["kluby.HomePage"]
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

    def facets(self, resources):
        """The filters; each offers only the values that some resource of this index has."""
        records, names = self.filter_records(resources)
        types = set().union(*(record["type"] for record in records.values()))

        def alphabetical(pairs):
            return dict(sorted(pairs, key=lambda pair: sort_key(pair[1])))

        values = {
            "category": alphabetical(names["category"].items()),
            "audience": alphabetical(names["audience"].items()),
            "type": types,
            "tag": alphabetical(names["tag"].items()),
        }
        return [
            Facet("category", _("Category"), values["category"], "category__slug", "category__slug"),
            Facet("audience", _("Audience"), values["audience"], "audiences__slug", "audiences__slug"),
            Facet(
                "type",
                _("Type"),
                {value: label for value, label in ResourceType.choices if value in values["type"]},
                "resource_type",
                "resource_type",
            ),
            Facet(
                "tag",
                _("Tag"),
                values["tag"],
                "tagged_items__tag__slug",
                "tagged_items__tag__slug",
                hide_empty=True,
            ),
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

    def text_search(self, query):
        return Q(pk__in=self.text_matches(query))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        resources = self.resources()
        filters = FilterSet(request.GET, self.facets(resources), self.text_search)
        records, _names = self.filter_records(resources)
        text_ids = self.text_matches(filters.query) if filters.text_q is not None else None
        matching, context["facets"] = filters.count_records(records, text_ids)
        # Only the resources of the shown page are read.
        page_obj = filters.paginate(request, matching, RESOURCES_PER_PAGE)
        shown = prefetch_listing_images(
            ResourcePage.objects.filter(pk__in=page_obj.object_list).select_related("category")
        )
        shown = {resource.pk: resource for resource in shown}
        page_obj.object_list = [shown[pk] for pk in page_obj.object_list if pk in shown]
        context["page_obj"] = page_obj
        context["filters"] = filters
        context["active_filters"] = filters.active_filters()
        context["query"] = filters.query
        context["filter_messages"] = filters.messages
        context["see_also"] = (
            public_only(Page.objects.child_of(self).live(), request).not_type(ResourcePage).order_by("path")
        )
        return context


class GlossaryPage(BasePage):
    """The glossary of the page's language: every term, alphabetically, with an anchor."""

    parent_page_types = ["resources.ResourceIndexPage", "kluby.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("lead")]
    search_fields = BasePage.search_fields
    api_fields = BasePage.api_fields + [APIField("terms", serializer=GlossaryTermSerializer(many=True))]

    class Meta:
        verbose_name = _("glossary")
        verbose_name_plural = _("glossaries")

    @property
    def terms(self):
        return sorted(
            GlossaryTerm.objects.filter(locale_id=self.locale_id), key=lambda term: sort_key(term.term)
        )

    def used_in(self, request):
        """For each term, the first resources that use it (alphabetically) and how many do:
        a term used across hundreds of resources must not make the page grow without end."""
        through = ResourcePage.glossary_terms.through
        rows = (
            through.objects.filter(
                resourcepage__in=public_only(ResourcePage.objects.live(), request).values("pk"),
                glossaryterm__locale_id=self.locale_id,
            )
            .annotate(
                position=models.Window(
                    RowNumber(), partition_by=[F("glossaryterm_id")], order_by=[F("resourcepage__title").asc()]
                ),
                total=models.Window(Count("pk"), partition_by=[F("glossaryterm_id")]),
            )
            .filter(position__lte=GLOSSARY_RESOURCES_PER_TERM)
            .order_by("glossaryterm_id", "position")
            .values_list("glossaryterm_id", "resourcepage_id", "total")
        )
        rows = list(rows)
        pages = ResourcePage.objects.filter(pk__in={row[1] for row in rows}).only("pk", "title", "url_path")
        pages = {page.pk: page for page in pages}
        used = {}
        for term_id, page_id, total in rows:
            shown, _total = used.setdefault(term_id, ([], total))
            shown.append(pages[page_id])
        return used

    def terms_with_usage(self, request):
        used = self.used_in(request)
        terms = sorted(GlossaryTerm.objects.filter(locale_id=self.locale_id), key=lambda term: sort_key(term.term))
        for term in terms:
            term.live_resources, total = used.get(term.pk, ([], 0))
            term.more_resources = total - len(term.live_resources)
        return terms

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read only when the template's cached fragment is missing.
        context["terms"] = SimpleLazyObject(lambda: self.terms_with_usage(request))
        parent = self.get_parent().specific
        context["resource_index"] = parent if isinstance(parent, ResourceIndexPage) else None
        return context
