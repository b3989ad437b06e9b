"""Examples from the world: notable creative spaces in libraries, listed and on a map."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.http import JsonResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from clubs.choices import OrganisationalModel
from kluby.freshness import content_version
from kluby.listing import Facet, Listing
from kluby.models import BasePage
from kluby.queries import cached_structure, prefetch_listing_images, public_only
from kluby.text import sort_key

EXAMPLES_PER_PAGE = 12


class ExampleIndexPage(RoutablePageMixin, BasePage):
    """Notable creative spaces around the world: a list and a map, by country and model."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    parent_page_types = ["resources.ResourceIndexPage", "kluby.HomePage"]
    subpage_types = ["resources.ExamplePage"]

    content_panels = BasePage.content_panels + [FieldPanel("lead"), FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    api_fields = BasePage.api_fields + [APIField("intro")]

    class Meta:
        verbose_name = _("examples index")
        verbose_name_plural = _("examples indexes")

    def examples(self):
        return public_only(ExamplePage.objects.child_of(self).live())

    def read_records(self):
        """Per example: its place in the list (country, city, title), its country and model."""
        records, countries = {}, {}
        for pk, title, city, code, country, model in self.examples().values_list(
            "pk", "title", "city", "country_code", "country", "model"
        ):
            records[pk] = {"sort": (sort_key(country), sort_key(city), sort_key(title)), "country": {code}, "model": {model}}
            countries[code] = country
        return records, countries

    def listing(self, params):
        records, countries = cached_structure(f"kluby:example-listing:{content_version()}:{self.pk}", self.read_records)
        facets = [
            Facet("country", _("Country"), sorted(countries.items(), key=lambda entry: sort_key(entry[1]))),
            Facet("model", _("Model"), OrganisationalModel.choices),
        ]
        return Listing(params, facets, records)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        listing = self.listing(request.GET)
        context["listing"] = listing
        context["page_obj"] = listing.page(
            EXAMPLES_PER_PAGE, lambda keys: prefetch_listing_images(ExamplePage.objects.filter(pk__in=keys))
        )
        # The map shows the same examples as the list.
        context["geojson_url"] = self.url + self.reverse_subpage("map_geojson") + listing.query_string()
        return context

    # Wagtail serves page routes only at paths of words ending in a slash, hence no ".geojson".
    @path("geojson/", name="map_geojson")
    def map_geojson(self, request):
        """The (filtered) examples as a GeoJSON FeatureCollection, for the map and for reuse."""
        results = ExamplePage.objects.filter(pk__in=self.listing(request.GET).keys).order_by("title")
        features = [
            {
                "type": "Feature",
                "geometry": {
                    "type": "Point",
                    "coordinates": [float(example.longitude), float(example.latitude)],
                },
                "properties": {
                    "name": example.title,
                    "summary": f"{example.institution}, {example.city}, {example.country}",
                    "space": example.name,
                    "institution": example.institution,
                    "city": example.city,
                    "country": example.country,
                    "country_code": example.country_code,
                    "model": example.get_model_display(),
                    "opened": example.opened,
                    "url": example.get_full_url(request),
                },
            }
            for example in results
            if example.latitude is not None and example.longitude is not None
        ]
        response = JsonResponse({"type": "FeatureCollection", "features": features})
        response["Content-Type"] = "application/geo+json"
        return response


class ExamplePage(BasePage):
    """A real, publicly known creative space in a library, described with facts only."""

    name = models.CharField(
        _("name of the space"), max_length=160, help_text=_("As the institution calls it, e.g. Maker Lab.")
    )
    institution = models.CharField(_("institution"), max_length=200)
    city = models.CharField(_("city"), max_length=120)
    country_code = models.CharField(
        _("country code"),
        max_length=2,
        help_text=_("ISO 3166-1 alpha-2, e.g. PL, RO or FI."),
        validators=[RegexValidator(r"^[A-Z]{2}$", _("Two capital letters, e.g. PL."))],
    )
    country = models.CharField(_("country"), max_length=100, help_text=_("The country's name in this page's language."))
    latitude = models.DecimalField(
        _("latitude"), max_digits=8, decimal_places=5, null=True, blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=8, decimal_places=5, null=True, blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    website = models.URLField(_("website"), blank=True)
    model = models.CharField(
        _("organisational model"), max_length=20, choices=OrganisationalModel.choices
    )
    opened = models.PositiveSmallIntegerField(
        _("opened in"), null=True, blank=True, validators=[MinValueValidator(1900), MaxValueValidator(2100)]
    )
    notable = RichTextField(
        _("what makes it notable"), features=["bold", "italic", "link", "ul"], blank=True
    )

    parent_page_types = ["resources.ExampleIndexPage"]
    subpage_types = []

    content_panels = BasePage.content_panels + [
        FieldPanel("lead"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("name"), FieldPanel("institution")]),
                FieldRowPanel([FieldPanel("city"), FieldPanel("country"), FieldPanel("country_code")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldRowPanel([FieldPanel("model"), FieldPanel("opened")]),
                FieldPanel("website"),
            ],
            heading=_("Facts"),
        ),
        FieldPanel("notable"),
        InlinePanel("photos", label=_("Photos"), max_num=8),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("name"),
        index.SearchField("institution"),
        index.AutocompleteField("institution"),
        index.SearchField("city"),
        index.SearchField("country"),
        index.SearchField("notable"),
        index.FilterField("country_code"),
        index.FilterField("model"),
        index.FilterField("opened"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("name"),
        APIField("institution"),
        APIField("city"),
        APIField("country_code"),
        APIField("country"),
        APIField("latitude"),
        APIField("longitude"),
        APIField("website"),
        APIField("model"),
        APIField("opened"),
        APIField("notable"),
        APIField("photos"),
    ]

    class Meta:
        verbose_name = _("example from the world")
        verbose_name_plural = _("examples from the world")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["photos"] = self.photos.select_related("image")
        return context


class ExamplePhoto(Orderable):
    page = ParentalKey(ExamplePage, related_name="photos", on_delete=models.CASCADE)
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("image"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    caption = models.CharField(_("caption"), max_length=250, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]
    api_fields = [APIField("image"), APIField("caption")]
