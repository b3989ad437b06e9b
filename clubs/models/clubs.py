"""Club profiles: where a club is, who runs it, what it has and does, and for whom."""

from django import forms
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from kluby.blocks import BodyStreamBlock
from kluby.geo import nearest
from kluby.models import BasePage
from kluby.queries import public_only
from kluby.signed_tokens import ObjectToken

from ..choices import ClubStatus, OrganisationalModel, TownSize
from .catalogue import CatalogueItemRow, EquipmentItem
from .taxonomy import Edition, Region

NEARBY_CLUBS = 4
# Beyond this a club is not "nearby", however few clubs there are.
NEARBY_MAX_KM = 250
# The club page carries this token for its "show the coordinator's e-mail" button
# (clubs/contact.py); a visitor has two hours after the page was served to press it.
COORDINATOR_CONTACT_TOKEN = ObjectToken("clubs.coordinator-contact", lifetime=2 * 60 * 60)


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
        help_text=_(
            "In decimal degrees, north positive, e.g. 52.22977 for Warsaw. Copy it from a map: "
            "it places the club on the map and finds the clubs nearby."
        ),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("In decimal degrees, east positive, e.g. 21.01178 for Warsaw."),
    )
    town_size = models.CharField(_("town size"), max_length=20, choices=TownSize.choices, blank=True)
    opening_hours = models.CharField(
        _("opening hours"),
        max_length=255,
        blank=True,
        help_text=_("When visitors can come, as on the door, e.g. “Tue–Thu 15:00–19:00, Sat 10:00–14:00”."),
    )
    organisational_model = models.CharField(
        _("organisational model"), max_length=20, choices=OrganisationalModel.choices
    )
    edition = models.ForeignKey(
        Edition,
        verbose_name=_("programme edition"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="clubs",
    )
    age_groups = ParentalManyToManyField(
        "kluby.AgeGroup", verbose_name=_("age groups"), blank=True, related_name="clubs"
    )
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
        FieldPanel("age_groups", widget=forms.CheckboxSelectMultiple),
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
        index.RelatedFields("edition", [index.SearchField("name")]),
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
        APIField("edition_name"),
        APIField("year_founded"),
        APIField("status"),
        APIField("age_group_names"),
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
    def edition_name(self):
        return self.edition.name if self.edition_id else ""

    @property
    def age_group_names(self):
        return [group.name for group in self.age_groups.all()]

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
        distances = nearest((self.latitude, self.longitude), candidates, limit, NEARBY_MAX_KM)
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
        club_index = self.get_parent().specific
        index_url = club_index.get_url(request=request) if club_index else None
        if index_url:
            context["equipment_base_url"] = index_url + club_index.reverse_subpage(
                "equipment_catalogue"
            )
        return context


class ClubEquipment(CatalogueItemRow, Orderable):
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
