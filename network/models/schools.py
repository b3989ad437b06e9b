"""The schools of a network: who they are, where, how many pupils and teachers, what they
work on, and whom to contact (an address never printed in the page's HTML)."""

from urllib.parse import urlencode

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail.snippets.widgets import AdminSnippetChooser

from clubs.models import Region
from kluby.blocks import BodyStreamBlock
from kluby.freshness import content_version
from kluby.models import BasePage
from kluby.queries import prefetch_listing_images, public_only
from kluby.signed_tokens import ObjectToken

from ..choices import MembershipStatus, SchoolLevel
from ..listings import school_listing
from .common import GalleryImage, Located, latest_activity

# The school page carries this token for its "show the coordinator's e-mail" button; a
# visitor has two hours after the page was served to press it (as on club pages).
SCHOOL_CONTACT_TOKEN = ObjectToken("network.school-contact", lifetime=2 * 60 * 60)
SCHOOLS_PER_PAGE = 24


class SchoolIndexPage(BasePage):
    """The schools of one network, with filters and a map."""

    body = StreamField(BodyStreamBlock(), verbose_name=_("introduction"), blank=True)

    parent_page_types = ["network.NetworkPage"]
    subpage_types = ["network.SchoolPage"]
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("lead"), FieldPanel("body")]
    api_fields = BasePage.api_fields + [APIField("body")]

    class Meta:
        verbose_name = _("school index")

    def schools(self):
        """Every live, public school under this index."""
        return public_only(SchoolPage.objects.live().child_of(self))

    def listing(self, params):
        return school_listing(params, self.schools(), cache_key=f"kluby:school-listing:{content_version()}:{self.pk}")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        listing = self.listing(request.GET)
        context["listing"] = listing
        context["page_obj"] = listing.page(
            SCHOOLS_PER_PAGE,
            lambda keys: prefetch_listing_images(SchoolPage.objects.filter(pk__in=keys).select_related("region")),
        )
        # The map shows the schools the list shows.
        query = [("language", self.locale.language_code), ("index", self.pk), *listing.query_items()]
        context["map_geojson_url"] = reverse("open_data_schools_geojson") + "?" + urlencode(query)
        return context


class CountyChooser(AdminSnippetChooser):
    """The chooser of a school's county (a region of the clubs' list), with the field's word:
    the field is "County", so its button says "Choose a county" rather than "Choose region"."""

    def __init__(self, **kwargs):
        super().__init__(Region, **kwargs)
        self.choose_one_text = _("Choose a county")
        self.choose_another_text = _("Choose another county")
        self.link_to_chosen_text = _("Edit this county")


class SchoolPage(Located, BasePage):
    """One school of a network."""

    level = models.CharField(_("level"), max_length=20, choices=SchoolLevel.choices)
    region = models.ForeignKey(
        "clubs.Region",
        verbose_name=_("county"),
        on_delete=models.PROTECT,
        related_name="schools",
    )
    pupils = models.PositiveIntegerField(_("pupils"), null=True, blank=True)
    teachers = models.PositiveIntegerField(_("teachers"), null=True, blank=True)
    year_joined = models.PositiveSmallIntegerField(
        _("year joined"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
    )
    status = models.CharField(
        _("membership"), max_length=10, choices=MembershipStatus.choices, default=MembershipStatus.MEMBER
    )
    themes = ParentalManyToManyField(
        "network.Theme", verbose_name=_("themes"), blank=True, related_name="schools"
    )
    coordinator_name = models.CharField(_("coordinator"), max_length=120, blank=True)
    coordinator_email = models.EmailField(
        _("coordinator's e-mail"),
        blank=True,
        help_text=_("Never printed in the page's HTML: visitors reveal it with a button."),
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("description"), blank=True)
    is_sample = models.BooleanField(
        _("sample data"),
        default=False,
        help_text=_("The profile is invented to demonstrate the portal (membership not public)."),
    )

    parent_page_types = ["network.SchoolIndexPage"]
    subpage_types = []

    content_panels = BasePage.content_panels + [
        FieldPanel("lead"),
        MultiFieldPanel(
            [
                FieldPanel("level"),
                FieldRowPanel([FieldPanel("pupils"), FieldPanel("teachers")]),
                FieldRowPanel([FieldPanel("year_joined"), FieldPanel("status")]),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("The school"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("town")]),
                FieldPanel("region", widget=CountyChooser()),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [FieldPanel("coordinator_name"), FieldPanel("coordinator_email")],
            heading=_("Coordinator"),
        ),
        FieldPanel("body"),
        InlinePanel("gallery_images", label=_("Photo gallery")),
        FieldPanel("is_sample"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("town"),
        index.AutocompleteField("town"),
        index.SearchField("body"),
        index.FilterField("level"),
        index.FilterField("status"),
        index.RelatedFields("themes", [index.SearchField("name")]),
    ]
    api_fields = BasePage.api_fields + [
        APIField("level"),
        APIField("street"),
        APIField("postcode"),
        APIField("town"),
        APIField("region_name"),
        APIField("latitude"),
        APIField("longitude"),
        APIField("pupils"),
        APIField("teachers"),
        APIField("year_joined"),
        APIField("status"),
        APIField("theme_names"),
        APIField("body"),
        APIField("gallery_images"),
        APIField("is_sample"),
    ]

    class Meta:
        verbose_name = _("school page")

    @property
    def region_name(self):
        return self.region.name if self.region_id else ""

    @property
    def theme_names(self):
        return [theme.name for theme in self.themes.all()]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["themes"] = self.themes.all()
        context.update(latest_activity(self, request))
        context["gallery"] = self.gallery_images.select_related("image").prefetch_related("image__renditions")
        if self.coordinator_email:
            context["contact_token"] = SCHOOL_CONTACT_TOKEN.for_object(self.pk)
        return context


class SchoolGalleryImage(GalleryImage):
    page = ParentalKey(SchoolPage, related_name="gallery_images", on_delete=models.CASCADE)
