"""The club index: the list of clubs with its filters and map, and the public pages of the
equipment catalogue (routes of the index, one catalogue per language).

Both listings use the core's listing framework (`kluby.listing`): the facts every filter
needs are read once per content version, in one query per relation, and matched and counted
in memory, so the number of queries does not grow with the number of clubs or items.
"""

from urllib.parse import urlencode

from django.db import models
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index

from kluby.freshness import content_version
from kluby.listing import Facet, Listing
from kluby.models import BasePage
from kluby.queries import cached_structure, prefetch_listing_images, public_only
from kluby.text import sort_key

from ..choices import ClubStatus, CostBand, OrganisationalModel
from .catalogue import EquipmentItem
from .clubs import ClubEquipment, ClubPage

CLUBS_PER_PAGE = 12
ITEMS_PER_PAGE = 200


def club_records(clubs):
    """Per club: its sort key and the values of each filter; and the names of those values.
    One query per relation, whatever the number of clubs."""
    records = {
        pk: {
            "sort": (sort_key(title), pk),
            "region": set(),
            "model": {model},
            "edition": set(),
            "status": {status},
            "audience": set(),
            "equipment": set(),
        }
        for pk, title, model, status in clubs.values_list("pk", "title", "organisational_model", "status")
    }
    names = {"region": {}, "edition": {}, "audience": {}, "equipment": {}}
    # (facet, relation, fields that order its values; the last one is the value's name)
    relations = (
        ("region", "region", ("name",)),
        ("edition", "edition", ("start_year", "name")),
        ("audience", "age_groups", ("sort_order", "name")),
    )
    for facet, relation, order in relations:
        rows = clubs.filter(**{f"{relation}__isnull": False}).values_list(
            "pk", f"{relation}__slug", *(f"{relation}__{field}" for field in order)
        )
        for pk, slug, *sort in rows:
            records[pk][facet].add(slug)
            names[facet].setdefault(slug, tuple(sort))
    holdings = ClubEquipment.objects.filter(page__in=clubs).values_list(
        "page_id", "item__slug", "item__category__sort_order", "item__category__name", "item__name"
    )
    for pk, slug, category_order, category, name in holdings:
        if pk in records:
            records[pk]["equipment"].add(slug)
            names["equipment"].setdefault(slug, (category_order, category, name))
    return records, names


def club_facets(names, hide_closed=True):
    by_name = sorted(names["region"].items(), key=lambda entry: sort_key(entry[1][0]))
    equipment = sorted(names["equipment"].items(), key=lambda entry: (entry[1][0], sort_key(entry[1][1]), sort_key(entry[1][2])))
    return [
        Facet("region", _("Region"), [(slug, name) for slug, (name,) in by_name]),
        Facet(
            "equipment",
            _("Equipment (clubs with all of the chosen items)"),
            [(slug, name, category) for slug, (_order, category, name) in equipment],
            multiple=True,
            match="all",
        ),
        Facet("model", _("Organisational model"), OrganisationalModel.choices),
        Facet("audience", _("Age group"), [(slug, sort[-1]) for slug, sort in sorted(names["audience"].items(), key=lambda entry: entry[1])]),
        Facet("edition", _("Programme edition"), [(slug, sort[-1]) for slug, sort in sorted(names["edition"].items(), key=lambda entry: entry[1])]),
        Facet(
            "status",
            _("Status"),
            ClubStatus.choices,
            multiple=True,
            hidden_by_default=frozenset({ClubStatus.CLOSED.value}) if hide_closed else frozenset(),
        ),
    ]


def club_listing(params, clubs, cache_key=None, hide_closed=True):
    """The clubs of `clubs` filtered by the query string `params` (see `club_facets`)."""
    records, names = cached_structure(cache_key, lambda: club_records(clubs)) if cache_key else club_records(clubs)
    return Listing(params, club_facets(names, hide_closed), records)


def equipment_records(items, clubs):
    """Per catalogue item of a language: its sort key, category, cost band and whether any
    of `clubs` holds it; with the items themselves, for the page."""
    held = set(ClubEquipment.objects.filter(page__in=clubs).values_list("item__translation_key", flat=True))
    club_counts = dict(
        ClubEquipment.objects.filter(page__in=clubs)
        .values("item__translation_key")
        .annotate(clubs=models.Count("page", distinct=True))
        .values_list("item__translation_key", "clubs")
    )
    records, categories = {}, {}
    for item in items.select_related("category"):
        records[item.pk] = {
            "sort": (item.category.sort_order, sort_key(item.category.name), sort_key(item.name)),
            "category": {item.category.slug},
            "cost": {item.cost_band} if item.cost_band else set(),
            "held": {"yes"} if item.translation_key in held else set(),
            "club_count": club_counts.get(item.translation_key, 0),
        }
        categories.setdefault(item.category.slug, (item.category.sort_order, item.category.name))
    return records, categories


class ClubIndexPage(RoutablePageMixin, BasePage):
    """The list of clubs with filters and a map, and the public pages of the equipment catalogue."""

    intro = models.TextField(_("introduction"), blank=True)

    parent_page_types = ["kluby.HomePage"]
    subpage_types = ["clubs.ClubPage"]
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("lead"), FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    api_fields = BasePage.api_fields + [APIField("intro")]

    class Meta:
        verbose_name = _("club index page")

    def clubs(self):
        """Every live, public club under this index (closed ones included)."""
        return public_only(ClubPage.objects.live().child_of(self))

    def listing(self, params):
        return club_listing(params, self.clubs(), cache_key=f"kluby:club-listing:{content_version()}:{self.pk}")

    def get_context(self, request, *args, listing=True, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if not listing:
            return context
        club_listing_ = self.listing(request.GET)
        # The listing knows every matching club in order: only the shown page is read.
        context["listing"] = club_listing_
        context["page_obj"] = club_listing_.page(
            CLUBS_PER_PAGE,
            lambda keys: prefetch_listing_images(ClubPage.objects.filter(pk__in=keys).select_related("region")),
        )
        # The map shows the clubs the list shows.
        map_query = [("language", self.locale.language_code), *club_listing_.query_items(), *club_listing_.default_visible_items()]
        context["map_geojson_url"] = reverse("open_data_clubs_geojson") + "?" + urlencode(map_query)
        return context

    @path("equipment/", name="equipment_catalogue")
    def equipment_catalogue(self, request):
        items = EquipmentItem.objects.filter(locale_id=self.locale_id)
        records, categories = cached_structure(
            f"kluby:equipment-listing:{content_version()}:{self.pk}", lambda: equipment_records(items, self.clubs())
        )
        facets = [
            Facet("category", _("Category"), [(slug, name) for slug, (_order, name) in sorted(categories.items(), key=lambda entry: entry[1])]),
            Facet("cost", _("Approximate cost"), CostBand.choices, multiple=True),
            Facet("held", _("Held by clubs"), [("yes", _("Only items some club has"))]),
        ]
        catalogue = Listing(request.GET, facets, records, text_search=lambda query: self.matching_items(items, query))
        page_obj = catalogue.page(ITEMS_PER_PAGE, lambda keys: EquipmentItem.objects.filter(pk__in=keys).select_related("category"))
        for item in page_obj.object_list:
            item.club_count = records[item.pk]["club_count"]
        return self.render(
            request,
            template="clubs/equipment_catalogue.html",
            context_overrides={"listing": catalogue, "page_obj": page_obj},
            listing=False,
        )

    @staticmethod
    def matching_items(items, query):
        return set(
            items.filter(models.Q(name__icontains=query) | models.Q(description__icontains=query)).values_list("pk", flat=True)
        )

    @path("equipment/<slug:slug>/", name="equipment_item")
    def equipment_item(self, request, slug):
        item = get_object_or_404(
            EquipmentItem.objects.select_related("category", "image"),
            locale_id=self.locale_id,
            slug=slug,
        )
        holdings = (
            ClubEquipment.objects.filter(
                item__translation_key=item.translation_key,
                page__in=self.clubs(),
            )
            .select_related("page", "page__region")
            .order_by("page__title")
        )
        return self.render(
            request,
            template="clubs/equipment_item.html",
            context_overrides={
                "item": item,
                "holdings": holdings,
                "resources": item.related_resources(),
                # Slugs may differ between languages: the item's own translations, not this slug.
                "route_translations": item.translation_urls(request),
            },
            listing=False,
        )
