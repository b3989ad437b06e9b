"""Clubs and the shared equipment catalogue: club profiles, the club index with its filters
and map, regions, and the equipment items that clubs (and later inspirations and spaces) use."""

import math
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from kluby.blocks import BodyStreamBlock
from kluby.freshness import content_version
from kluby.models import BasePage, paginate
from kluby.queries import (
    STRUCTURE_CACHE_SECONDS,
    prefetch_listing_images,
    public_only,
)
from kluby.signed_tokens import ObjectToken

CLUBS_PER_PAGE = 12
NEARBY_CLUBS = 4
# Beyond this a club is not "nearby", however few clubs there are.
NEARBY_MAX_KM = 250
# The club page carries this token for its "show the coordinator's e-mail" button
# (clubs/contact.py); a visitor has two hours after the page was served to press it.
COORDINATOR_CONTACT_TOKEN = ObjectToken("clubs.coordinator-contact", lifetime=2 * 60 * 60)


class CostBand(models.TextChoices):
    UNDER_500 = "under-500", _("under PLN 500")
    FROM_500 = "500-2000", _("PLN 500–2,000")
    FROM_2000 = "2000-5000", _("PLN 2,000–5,000")
    FROM_5000 = "5000-15000", _("PLN 5,000–15,000")
    OVER_15000 = "over-15000", _("over PLN 15,000")


class OrganisationalModel(models.TextChoices):
    MAKERSPACE = "makerspace", _("Makerspace")
    FAB_LAB = "fab-lab", _("Library fab lab")
    MOBILE = "mobile", _("Mobile makerspace")
    MEDIA_LAB = "media-lab", _("Media lab")
    OCCASIONAL = "occasional", _("Occasional maker sessions")
    WHOLE_LIBRARY = "whole-library", _("The whole library as a makerspace")


class Audience(models.TextChoices):
    CHILDREN_5_8 = "children-5-8", _("Children aged 5–8")
    CHILDREN_9_12 = "children-9-12", _("Children aged 9–12")
    TEENS = "teens-13-17", _("Teenagers aged 13–17")
    ADULTS = "adults", _("Adults")
    SENIORS = "seniors", _("Seniors")
    FAMILIES = "families", _("Families")


class Edition(models.TextChoices):
    PILOT_2018 = "pilot-2018", _("Pilot edition (2018)")
    EDITION_2019 = "edition-2019", _("Second edition (2019–2020)")
    EDITION_2021 = "edition-2021", _("2021 edition")
    EDITION_2023 = "edition-2023", _("2023 edition")


class ClubStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ACTIVE = "active", _("Active")
    PAUSED = "paused", _("Paused")
    CLOSED = "closed", _("Closed")


class TownSize(models.TextChoices):
    VILLAGE = "village", _("Village")
    SMALL_TOWN = "small-town", _("Small town (under 20,000 residents)")
    MEDIUM_TOWN = "medium-town", _("Medium town (20,000–100,000 residents)")
    CITY = "city", _("City (over 100,000 residents)")


class Region(TranslatableMixin, models.Model):
    """A first-level administrative region: a voivodeship in Poland, a county (județ) in Romania."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100)
    country_code = models.CharField(
        _("country code"), max_length=2, default="PL", help_text=_("ISO 3166-1 alpha-2, e.g. PL or RO.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("country_code")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["country_code", "name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_region_slug_per_locale")
        ]

    def __str__(self):
        return self.name


class EquipmentCategory(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("equipment category")
        verbose_name_plural = _("equipment categories")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_equipment_category_slug_per_locale")
        ]

    def __str__(self):
        return self.name


def club_index_for_locale(locale_id):
    """The club index of a language (or None), kept in the cache: equipment links need it
    once per item on many pages."""
    # Kept in a tuple, so that "no index" is cached too.
    found = cache.get_or_set(
        f"kluby:club-index:{content_version()}:{locale_id}",
        lambda: (public_only(ClubIndexPage.objects.live()).filter(locale_id=locale_id).first(),),
        STRUCTURE_CACHE_SECONDS,
    )
    return found[0]


class EquipmentItem(TranslatableMixin, index.Indexed, models.Model):
    """A kind of equipment in the shared catalogue (a generic item or a well-known product)."""

    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=150)
    category = models.ForeignKey(
        EquipmentCategory,
        verbose_name=_("category"),
        on_delete=models.PROTECT,
        related_name="items",
    )
    description = models.TextField(_("description"), blank=True)
    cost_band = models.CharField(
        _("approximate cost"),
        max_length=20,
        choices=CostBand.choices,
        blank=True,
        help_text=_("A rough retail price for one unit or kit."),
    )
    safety_notes = models.TextField(_("safety notes"), blank=True)
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("category"),
        FieldPanel("description"),
        FieldPanel("cost_band"),
        FieldPanel("safety_notes"),
        FieldPanel("image"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("category"),
        index.FilterField("cost_band"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("equipment item")
        verbose_name_plural = _("equipment items")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_equipment_item_slug_per_locale")
        ]

    def __str__(self):
        return self.name

    def _address(self, request, full):
        club_index = club_index_for_locale(self.locale_id)
        if club_index is None:
            return None
        index_url = club_index.get_full_url(request) if full else club_index.get_url(request=request)
        if index_url is None:
            return None
        return index_url + club_index.reverse_subpage("equipment_item", kwargs={"slug": self.slug})

    def get_url(self, request=None):
        """The item's page under the club index of its language, or None when there is none."""
        return self._address(request, full=False)

    def get_full_url(self, request=None):
        return self._address(request, full=True)

    def translation_urls(self, request=None):
        """(language, URL, full URL) of the item's page in each language that has both the
        item and a club index, in the order of LANGUAGES: the page's hreflang alternates, the
        same the sitemap lists."""
        order = [code for code, _name in settings.LANGUAGES]
        urls = []
        for item in EquipmentItem.objects.filter(translation_key=self.translation_key).select_related("locale"):
            url, full_url = item.get_url(request), item.get_full_url(request)
            if url is not None and full_url is not None and item.locale.language_code in order:
                urls.append((item.locale.language_code, url, full_url))
        return sorted(urls, key=lambda entry: order.index(entry[0]))

    def related_resources(self):
        """Live resources in the item's language that explain it.

        The resources app declares the relation from its side (`ResourcePage.equipment`,
        related_name "resources"); while it is absent this returns an empty list.
        """
        descriptor = getattr(type(self), "resources", None)
        field = getattr(descriptor, "field", None)
        if field is None:
            return []
        resource_model = field.model
        return (
            public_only(resource_model.objects.live())
            .filter(
                locale_id=self.locale_id,
                **{f"{field.name}__translation_key": self.translation_key},
            )
            .distinct()
            .order_by("title")
        )


def haversine_km(lat1, lon1, lat2, lon2):
    """Great-circle distance in kilometres between two points given in degrees."""
    lat1, lon1, lat2, lon2 = (math.radians(float(value)) for value in (lat1, lon1, lat2, lon2))
    a = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


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

    def get_context(self, request, *args, listing=True, **kwargs):
        from .filters import ClubFilter

        context = super().get_context(request, *args, **kwargs)
        if not listing:
            return context
        club_filter = ClubFilter(
            request.GET, self.clubs(), cache_key=f"kluby:club-filter:{content_version()}:{self.pk}"
        )
        # The filter knows every matching club in order: only the shown page is read.
        page_obj = paginate(request, club_filter.matching_ids(), CLUBS_PER_PAGE)
        shown = prefetch_listing_images(ClubPage.objects.filter(pk__in=page_obj.object_list).select_related("region"))
        shown = {club.pk: club for club in shown}
        page_obj.object_list = [shown[pk] for pk in page_obj.object_list if pk in shown]
        context["club_filter"] = club_filter
        context["page_obj"] = page_obj
        map_query = urlencode([("language", self.locale.language_code)]) + "&" + club_filter.map_query()
        context["map_geojson_url"] = reverse("open_data_clubs_geojson") + "?" + map_query.rstrip("&")
        return context

    @path("equipment/", name="equipment_catalogue")
    def equipment_catalogue(self, request):
        items = (
            EquipmentItem.objects.filter(locale_id=self.locale_id)
            .select_related("category")
            .annotate(
                club_count=models.Count(
                    "club_equipment__page",
                    filter=models.Q(club_equipment__page__in=self.clubs()),
                    distinct=True,
                )
            )
            .order_by("category__sort_order", "category__name", "name")
        )
        return self.render(
            request,
            template="clubs/equipment_catalogue.html",
            context_overrides={"items": items},
            listing=False,
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


class ClubPage(BasePage):
    """One club: where it is, who runs it, what it has and does, and for whom."""

    library = models.CharField(_("host library"), max_length=255)
    street = models.CharField(_("street address"), max_length=255, blank=True)
    postcode = models.CharField(_("postcode"), max_length=20, blank=True)
    town = models.CharField(_("town"), max_length=120)
    region = models.ForeignKey(
        Region, verbose_name=_("region"), on_delete=models.PROTECT, related_name="clubs"
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    town_size = models.CharField(_("town size"), max_length=20, choices=TownSize.choices, blank=True)
    opening_hours = models.CharField(_("opening hours"), max_length=255, blank=True)
    organisational_model = models.CharField(
        _("organisational model"), max_length=20, choices=OrganisationalModel.choices
    )
    edition = models.CharField(_("programme edition"), max_length=20, choices=Edition.choices)
    year_founded = models.PositiveSmallIntegerField(
        _("year founded"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    status = models.CharField(
        _("status"), max_length=10, choices=ClubStatus.choices, default=ClubStatus.ACTIVE
    )
    contact_email = models.EmailField(
        _("coordinator's e-mail"),
        blank=True,
        help_text=_("Never printed in the page's HTML: visitors reveal it with a button."),
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("description"), blank=True)
    is_sample = models.BooleanField(
        _("sample data"),
        default=False,
        help_text=_("The whole profile is invented to demonstrate the portal."),
    )
    sample_note = models.TextField(
        _("sample data note"),
        blank=True,
        help_text=_("Which parts of a real club's profile are invented or unverified."),
    )

    parent_page_types = ["clubs.ClubIndexPage"]
    subpage_types = []

    content_panels = BasePage.content_panels + [
        FieldPanel("lead"),
        MultiFieldPanel(
            [
                FieldPanel("library"),
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("town")]),
                FieldPanel("region"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("town_size"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("organisational_model"),
                FieldRowPanel([FieldPanel("edition"), FieldPanel("year_founded")]),
                FieldPanel("status"),
                FieldPanel("opening_hours"),
                FieldPanel("contact_email"),
            ],
            heading=_("The club"),
        ),
        InlinePanel("audiences", label=_("Audiences")),
        InlinePanel("equipment", label=_("Equipment")),
        InlinePanel("activities", label=_("Regular activities")),
        FieldPanel("body"),
        InlinePanel("gallery_images", label=_("Photo gallery")),
        InlinePanel("links", label=_("Links")),
        MultiFieldPanel([FieldPanel("is_sample"), FieldPanel("sample_note")], heading=_("Sample data")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("library"),
        index.SearchField("town"),
        index.AutocompleteField("town"),
        index.SearchField("body"),
        index.FilterField("status"),
        index.FilterField("organisational_model"),
        index.FilterField("edition"),
        index.RelatedFields("region", [index.SearchField("name")]),
        index.RelatedFields("activities", [index.SearchField("title")]),
    ]
    api_fields = BasePage.api_fields + [
        APIField("library"),
        APIField("street"),
        APIField("postcode"),
        APIField("town"),
        APIField("region_name"),
        APIField("latitude"),
        APIField("longitude"),
        APIField("town_size"),
        APIField("opening_hours"),
        APIField("organisational_model"),
        APIField("edition"),
        APIField("year_founded"),
        APIField("status"),
        APIField("audiences"),
        APIField("equipment"),
        APIField("activities"),
        APIField("body"),
        APIField("gallery_images"),
        APIField("links"),
        APIField("is_sample"),
        APIField("sample_note"),
    ]

    class Meta:
        verbose_name = _("club page")

    @property
    def region_name(self):
        return self.region.name if self.region_id else ""

    @property
    def is_closed(self):
        return self.status == ClubStatus.CLOSED

    def nearby_clubs(self, limit=NEARBY_CLUBS):
        """The closest other clubs in this language that are not closed, nearest first, as
        (page, kilometres) pairs; none further than NEARBY_MAX_KM.

        One query for the coordinates of every candidate, one for the chosen pages: fine for
        the thousands of clubs a national programme may reach.
        """
        candidates = (
            public_only(ClubPage.objects.live())
            .filter(locale_id=self.locale_id)
            .exclude(pk=self.pk)
            .exclude(status=ClubStatus.CLOSED)
            .values_list("pk", "latitude", "longitude")
        )
        distances = sorted(
            (km, pk)
            for pk, lat, lon in candidates
            if (km := haversine_km(self.latitude, self.longitude, lat, lon)) <= NEARBY_MAX_KM
        )[:limit]
        pages = ClubPage.objects.select_related("region").in_bulk([pk for _km, pk in distances])
        return [(pages[pk], round(km)) for km, pk in distances if pk in pages]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["equipment"] = self.equipment.select_related("item", "item__category").order_by(
            "item__category__sort_order", "item__name"
        )
        context["gallery"] = self.gallery_images.select_related("image").prefetch_related(
            "image__renditions"
        )
        context["nearby"] = self.nearby_clubs()
        if self.contact_email:
            context["contact_token"] = COORDINATOR_CONTACT_TOKEN.for_object(self.pk)
        club_index = ClubIndexPage.objects.ancestor_of(self).first()
        index_url = club_index.get_url(request=request) if club_index else None
        if index_url:
            context["equipment_base_url"] = index_url + club_index.reverse_subpage(
                "equipment_catalogue"
            )
        return context


class ClubAudience(models.Model):
    page = ParentalKey(ClubPage, related_name="audiences", on_delete=models.CASCADE)
    audience = models.CharField(_("audience"), max_length=20, choices=Audience.choices)

    panels = [FieldPanel("audience")]
    api_fields = [APIField("audience")]

    class Meta:
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["page", "audience"], name="unique_club_audience")
        ]

    def __str__(self):
        return self.get_audience_display()


class ClubEquipment(Orderable):
    """How many of a catalogue item a club has."""

    page = ParentalKey(ClubPage, related_name="equipment", on_delete=models.CASCADE)
    item = models.ForeignKey(
        EquipmentItem,
        verbose_name=_("item"),
        on_delete=models.PROTECT,
        related_name="club_equipment",
    )
    quantity = models.PositiveSmallIntegerField(_("quantity"), default=1)

    panels = [FieldPanel("item"), FieldPanel("quantity")]
    api_fields = [APIField("item_name"), APIField("item_slug"), APIField("quantity")]

    class Meta(Orderable.Meta):
        verbose_name = _("equipment")
        verbose_name_plural = _("equipment")

    @property
    def item_name(self):
        return self.item.name

    @property
    def item_slug(self):
        return self.item.slug


class ClubActivity(Orderable):
    page = ParentalKey(ClubPage, related_name="activities", on_delete=models.CASCADE)
    title = models.CharField(_("activity"), max_length=255)

    panels = [FieldPanel("title")]
    api_fields = [APIField("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("regular activity")
        verbose_name_plural = _("regular activities")


class ClubGalleryImage(Orderable):
    page = ParentalKey(ClubPage, related_name="gallery_images", on_delete=models.CASCADE)
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("image"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    caption = models.CharField(_("caption"), max_length=255, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]
    api_fields = [APIField("image"), APIField("caption")]

    class Meta(Orderable.Meta):
        verbose_name = _("gallery image")
        verbose_name_plural = _("gallery images")


class ClubLink(Orderable):
    page = ParentalKey(ClubPage, related_name="links", on_delete=models.CASCADE)
    title = models.CharField(_("link text"), max_length=120)
    url = models.URLField(_("address"))

    panels = [FieldPanel("title"), FieldPanel("url")]
    api_fields = [APIField("title"), APIField("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("link")
        verbose_name_plural = _("links")
