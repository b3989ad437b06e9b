"""An activity (an inspiration): who it is for, what it needs, how it runs step by step,
and its printable card; with the inline rows of its equipment, downloads, the clubs that
ran it and the resources that explain its techniques."""

import segno
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from clubs.models import CatalogueItemRow, EquipmentItem
from kluby.models import BasePage
from resources.models import LICENCE_URLS, Licence

from ..blocks import StepsStreamBlock
from ..choices import Cost, Difficulty, SteamArea
from .matching import age_label, clubs_ready_for, places_of_clubs

CLUBS_READY_SHOWN = 8


def lines(text):
    """The non-empty lines of a text field written one item per line."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def line_list(name):
    """A property: the lines of the text field `name`, as a list."""
    return property(lambda page: lines(getattr(page, name)), doc=f"The lines of {name}, as a list.")


ONE_PER_LINE = _("One item per line.")


class InspirationPage(RoutablePageMixin, BasePage):
    """One activity, following the programme's template (participants; equipment, software
    and materials; organisation and duration; course; benefits) and going beyond it."""

    participants = models.TextField(_("participants"), blank=True, help_text=_("Who takes part and how the group works."))
    organisation = models.TextField(_("organisation and duration"), blank=True, help_text=_("How many sessions, how long, what happens between them."))
    learning_goals = models.TextField(_("learning goals"), blank=True, help_text=ONE_PER_LINE)
    age_from = models.PositiveSmallIntegerField(_("from age"), validators=[MaxValueValidator(120)])
    age_to = models.PositiveSmallIntegerField(
        _("to age"), null=True, blank=True, validators=[MaxValueValidator(120)], help_text=_("Leave empty for “and older”.")
    )
    intergenerational = models.BooleanField(_("families and mixed generations"), default=False)
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration in minutes"), validators=[MinValueValidator(1)], help_text=_("Total time of the sessions, without preparation.")
    )
    group_min = models.PositiveSmallIntegerField(_("smallest group"), default=1, validators=[MinValueValidator(1)])
    group_max = models.PositiveSmallIntegerField(_("largest group"), default=12, validators=[MinValueValidator(1)])
    difficulty = models.CharField(_("difficulty"), max_length=10, choices=Difficulty.choices, default=Difficulty.EASY,
                                  help_text=_("How demanding it is for the facilitator and the group (not the age)."))
    cost = models.CharField(_("cost of consumables"), max_length=10, choices=Cost.choices, default=Cost.LOW)
    science = models.BooleanField(_("science"), default=False)
    technology = models.BooleanField(_("technology"), default=False)
    engineering = models.BooleanField(_("engineering"), default=False)
    arts = models.BooleanField(_("arts"), default=False)
    mathematics = models.BooleanField(_("mathematics"), default=False)
    materials = models.TextField(_("other materials"), blank=True, help_text=_("Not from the equipment catalogue. One per line."))
    preparation = models.TextField(_("preparation"), blank=True, help_text=_("What the facilitator does before the session. One per line."))
    steps = StreamField(StepsStreamBlock(), verbose_name=_("course of the activity"), blank=True)
    variation_younger = models.TextField(_("for younger participants"), blank=True)
    variation_older = models.TextField(_("for older participants"), blank=True)
    variation_online = models.TextField(_("online"), blank=True)
    safety = models.TextField(_("safety notes"), blank=True, help_text=_("The equipment's own safety notes are added on the page."))
    benefits = models.TextField(_("benefits"), blank=True, help_text=ONE_PER_LINE)
    author = models.CharField(_("author"), max_length=200, blank=True)
    licence = models.CharField(_("licence"), max_length=20, choices=Licence.choices, default=Licence.CC_BY)
    is_sample = models.BooleanField(_("sample data"), default=False, help_text=_("The activity is invented to demonstrate the portal."))

    parent_page_types = ["inspirations.InspirationIndexPage"]
    subpage_types = []

    content_panels = BasePage.content_panels + [
        FieldPanel("lead"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("age_from"), FieldPanel("age_to"), FieldPanel("intergenerational")]),
                FieldRowPanel([FieldPanel("group_min"), FieldPanel("group_max"), FieldPanel("duration_minutes")]),
                FieldRowPanel([FieldPanel("difficulty"), FieldPanel("cost")]),
                FieldPanel("participants"),
                FieldPanel("organisation"),
            ],
            heading=_("Who, how long, how hard"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel(name) for name in SteamArea.values])],
            heading=_("STEAM areas"),
        ),
        FieldPanel("learning_goals"),
        InlinePanel("equipment", label=_("Equipment from the catalogue")),
        FieldPanel("materials"),
        FieldPanel("preparation"),
        FieldPanel("steps"),
        MultiFieldPanel(
            [FieldPanel("variation_younger"), FieldPanel("variation_older"), FieldPanel("variation_online")],
            heading=_("Variations"),
        ),
        FieldPanel("safety"),
        FieldPanel("benefits"),
        InlinePanel("downloads", label=_("Downloads and worksheets")),
        InlinePanel("club_runs", label=_("Clubs that ran it")),
        InlinePanel("resource_links", label=_("Resources that explain the techniques")),
        MultiFieldPanel([FieldPanel("author"), FieldPanel("licence"), FieldPanel("is_sample")], heading=_("Author and licence")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("participants"),
        index.SearchField("learning_goals"),
        index.SearchField("materials"),
        index.SearchField("steps"),
        index.AutocompleteField("title"),
        index.FilterField("difficulty"),
        index.FilterField("cost"),
        index.FilterField("age_from"),
        index.FilterField("age_to"),
        index.FilterField("duration_minutes"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("participants"),
        APIField("organisation"),
        APIField("learning_goal_list"),
        APIField("age_from"),
        APIField("age_to"),
        APIField("intergenerational"),
        APIField("duration_minutes"),
        APIField("group_min"),
        APIField("group_max"),
        APIField("difficulty"),
        APIField("cost"),
        APIField("steam_areas"),
        APIField("equipment"),
        APIField("material_list"),
        APIField("preparation_list"),
        APIField("steps"),
        APIField("variation_younger"),
        APIField("variation_older"),
        APIField("variation_online"),
        APIField("safety"),
        APIField("benefit_list"),
        APIField("downloads"),
        APIField("club_runs"),
        APIField("resource_links"),
        APIField("author"),
        APIField("licence"),
        APIField("is_sample"),
    ]

    class Meta:
        verbose_name = _("inspiration")
        verbose_name_plural = _("inspirations")

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        if self.age_to is not None and self.age_from is not None and self.age_to < self.age_from:
            raise ValidationError({"age_to": _("The upper age cannot be below the lower one.")})
        if self.group_min and self.group_max and self.group_max < self.group_min:
            raise ValidationError({"group_max": _("The largest group cannot be smaller than the smallest.")})

    # Facts as the page and the API show them

    @property
    def steam_areas(self):
        return [value for value in SteamArea.values if getattr(self, value)]

    def steam_labels(self):
        return [label for value, label in SteamArea.choices if getattr(self, value)]

    @property
    def age_label(self):
        return age_label(self.age_from, self.age_to, self.intergenerational)

    learning_goal_list = line_list("learning_goals")
    material_list = line_list("materials")
    preparation_list = line_list("preparation")
    benefit_list = line_list("benefits")

    @property
    def licence_url(self):
        return LICENCE_URLS.get(self.licence, "")

    def variations(self):
        return [
            (label, text)
            for label, text in (
                (_("Younger participants"), self.variation_younger),
                (_("Older participants"), self.variation_older),
                (_("Online"), self.variation_online),
            )
            if text
        ]

    def short_url(self, request=None):
        address = reverse("inspiration_short_url", kwargs={"page_id": self.pk})
        return request.build_absolute_uri(address) if request is not None else address

    def qr_svg(self, request):
        """The short address as a QR code, an inline SVG drawn on the server."""
        code = segno.make(self.short_url(request), error="m")
        return code.svg_inline(scale=3, border=2, dark="#000", omitsize=False, title=str(_("QR code: the address of this activity")))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        equipment = list(self.equipment.select_related("item", "item__category").order_by("optional", "sort_order"))
        context["equipment"] = equipment
        context["equipment_safety"] = [row.item for row in equipment if row.item.safety_notes]
        context["downloads"] = self.downloads.select_related("document")
        context["club_runs"] = self.club_runs.select_related("club", "club__region").filter(club__live=True)
        context["resource_links"] = self.resource_links.select_related("resource").filter(resource__live=True)
        context["short_url"] = self.short_url(request)
        context["qr_svg"] = self.qr_svg(request)
        required = {row.item.slug for row in equipment if not row.optional}
        places = places_of_clubs(self.locale_id)
        context["places"] = places
        ready, place_message, place = clubs_ready_for(required, self.locale_id, request.GET, places, CLUBS_READY_SHOWN)
        context["clubs_ready"], context["place_message"], context["place"] = ready, place_message, place
        return context

    @path("")
    def activity(self, request):
        return self.render(request)

    @path("print/", name="print")
    def print_view(self, request):
        """The card alone, for browsers and people who print without the print dialog's
        help: the same content, styled as printed on screen too."""
        return self.render(request, context_overrides={"print_view": True})


class InspirationEquipment(CatalogueItemRow, Orderable):
    """A catalogue item an activity needs (or can use), with how many one group uses."""

    page = ParentalKey(InspirationPage, related_name="equipment", on_delete=models.CASCADE)
    item = models.ForeignKey(EquipmentItem, verbose_name=_("item"), on_delete=models.PROTECT, related_name="inspiration_needs")
    quantity = models.PositiveSmallIntegerField(_("quantity"), default=1, help_text=_("Units one group of the largest size needs."))
    optional = models.BooleanField(_("optional"), default=False, help_text=_("The activity runs without it."))

    panels = [FieldRowPanel([FieldPanel("item"), FieldPanel("quantity"), FieldPanel("optional")])]
    api_fields = [APIField("item_name"), APIField("item_slug"), APIField("quantity"), APIField("optional")]

    class Meta(Orderable.Meta):
        verbose_name = _("equipment needed")
        verbose_name_plural = _("equipment needed")


class InspirationDownload(Orderable):
    page = ParentalKey(InspirationPage, related_name="downloads", on_delete=models.CASCADE)
    document = models.ForeignKey("wagtaildocs.Document", verbose_name=_("document"), on_delete=models.CASCADE, related_name="+")
    title = models.CharField(_("title"), max_length=200, blank=True, help_text=_("Leave empty to use the document's title."))

    panels = [FieldPanel("document"), FieldPanel("title")]
    api_fields = [APIField("document"), APIField("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("download")
        verbose_name_plural = _("downloads")

    @property
    def shown_title(self):
        return self.title or self.document.title


class InspirationClubRun(Orderable):
    """A club that ran the activity, with what it says about it."""

    page = ParentalKey(InspirationPage, related_name="club_runs", on_delete=models.CASCADE)
    club = models.ForeignKey("clubs.ClubPage", verbose_name=_("club"), on_delete=models.CASCADE, related_name="inspiration_runs")
    comment = models.TextField(_("comment"), blank=True)

    panels = [FieldPanel("club"), FieldPanel("comment")]
    api_fields = [APIField("club"), APIField("comment")]

    class Meta(Orderable.Meta):
        verbose_name = _("club that ran it")
        verbose_name_plural = _("clubs that ran it")


class InspirationResource(Orderable):
    page = ParentalKey(InspirationPage, related_name="resource_links", on_delete=models.CASCADE)
    resource = models.ForeignKey(
        "resources.ResourcePage", verbose_name=_("resource"), on_delete=models.CASCADE, related_name="inspiration_links"
    )

    panels = [FieldPanel("resource")]
    api_fields = [APIField("resource")]

    class Meta(Orderable.Meta):
        verbose_name = _("resource")
        verbose_name_plural = _("resources")
