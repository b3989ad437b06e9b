"""The shared equipment catalogue: kinds of equipment that clubs hold, activities need and
the Qub's spaces offer. Each item has a page of its own, a route of its language's club index."""

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import TranslatableMixin
from wagtail.search import index

from kluby.admin_forms import LocalisedModelForm
from kluby.freshness import content_version
from kluby.queries import STRUCTURE_CACHE_SECONDS, public_only

from ..choices import CostBand


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
    # Named through the app registry: the index's module builds on this one.
    club_index_model = apps.get_model("clubs", "ClubIndexPage")
    # Kept in a tuple, so that "no index" is cached too.
    found = cache.get_or_set(
        f"kluby:club-index:{content_version()}:{locale_id}",
        lambda: (public_only(club_index_model.objects.live()).filter(locale_id=locale_id).first(),),
        STRUCTURE_CACHE_SECONDS,
    )
    return found[0]


class EquipmentItem(TranslatableMixin, index.Indexed, models.Model):
    """A kind of equipment in the shared catalogue (a generic item or a well-known product)."""

    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=150, help_text=_("Keep it the same in every language."))
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
    # The category picker offers the item's language.
    base_form_class = LocalisedModelForm
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("category"),
        index.FilterField("cost_band"),
        index.FilterField("locale"),
    ]
    api_fields = [APIField("name"), APIField("slug"), APIField("cost_band"), APIField("description")]

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


class CatalogueItemRow:
    """An inline row that names a catalogue item (a club's holding, an activity's need):
    the item's name and slug for the API."""

    @property
    def item_name(self):
        return self.item.name

    @property
    def item_slug(self):
        return self.item.slug
