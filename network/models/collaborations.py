"""Collaborations: projects that join a network's schools and partners, with what they
produced and how many people they reached."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from kluby.blocks import BodyStreamBlock
from kluby.freshness import content_version
from kluby.models import BasePage
from kluby.queries import prefetch_listing_images, public_only

from ..choices import REACH_FIELDS
from ..listings import collaboration_listing, today_key
from .common import GalleryImage, ReachFields

COLLABORATIONS_PER_PAGE = 12


class CollaborationIndexPage(BasePage):
    """The collaborations of one network, by theme and period."""

    body = StreamField(BodyStreamBlock(), verbose_name=_("introduction"), blank=True)

    parent_page_types = ["network.NetworkPage"]
    subpage_types = ["network.CollaborationPage"]
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("lead"), FieldPanel("body")]
    api_fields = BasePage.api_fields + [APIField("body")]

    class Meta:
        verbose_name = _("collaboration index")

    def collaborations(self):
        return public_only(CollaborationPage.objects.live().child_of(self))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        listing = collaboration_listing(
            request.GET,
            self.collaborations(),
            cache_key=f"kluby:collaboration-listing:{content_version()}:{today_key()}:{self.pk}",
        )
        context["listing"] = listing
        context["page_obj"] = listing.page(
            COLLABORATIONS_PER_PAGE,
            lambda keys: prefetch_listing_images(CollaborationPage.objects.filter(pk__in=keys)),
        )
        return context


class CollaborationPage(ReachFields, BasePage):
    """A project that joins schools and partners; the reach fields count who took part."""

    themes = ParentalManyToManyField(
        "network.Theme", verbose_name=_("themes"), blank=True, related_name="collaborations"
    )
    start_date = models.DateField(_("start"))
    end_date = models.DateField(_("end"), null=True, blank=True, help_text=_("Leave empty while it runs."))
    schools = ParentalManyToManyField(
        "network.SchoolPage", verbose_name=_("schools"), blank=True, related_name="collaborations"
    )
    partners = ParentalManyToManyField(
        "network.PartnerPage", verbose_name=_("partners"), blank=True, related_name="collaborations"
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("description"), blank=True)
    outcomes = RichTextField(
        _("outcomes"), blank=True, features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("What came out of it: products, changes in the schools, what continues."),
    )
    resources = ParentalManyToManyField(
        "resources.ResourcePage",
        verbose_name=_("resources produced"),
        blank=True,
        related_name="collaborations",
    )
    is_sample = models.BooleanField(
        _("sample data"), default=False, help_text=_("The project is invented to demonstrate the portal.")
    )

    parent_page_types = ["network.CollaborationIndexPage"]
    subpage_types = []

    content_panels = BasePage.content_panels + [
        FieldPanel("lead"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("schools"),
        FieldPanel("partners"),
        FieldPanel("body"),
        FieldPanel("outcomes"),
        MultiFieldPanel(
            [FieldPanel(field) for field, _label in REACH_FIELDS],
            heading=_("Participants reached"),
        ),
        FieldPanel("resources"),
        InlinePanel("gallery_images", label=_("Photo gallery")),
        FieldPanel("is_sample"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("outcomes"),
        index.FilterField("start_date"),
        index.RelatedFields("themes", [index.SearchField("name")]),
    ]
    api_fields = BasePage.api_fields + [
        APIField("start_date"),
        APIField("end_date"),
        APIField("theme_names"),
        APIField("body"),
        APIField("outcomes"),
        *(APIField(field) for field, _label in REACH_FIELDS),
        APIField("gallery_images"),
        APIField("is_sample"),
    ]

    class Meta:
        verbose_name = _("collaboration page")

    @property
    def theme_names(self):
        return [theme.name for theme in self.themes.all()]

    @property
    def reach(self):
        """[(label, number)] of the people it reached, the kinds recorded."""
        return [(label, getattr(self, field)) for field, label in REACH_FIELDS if getattr(self, field) is not None]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["themes"] = self.themes.all()
        context["schools"] = public_only(self.schools.live(), request).order_by("title")
        context["partners"] = public_only(self.partners.live(), request).order_by("title")
        context["resources"] = public_only(self.resources.live(), request).order_by("title")
        context["gallery"] = self.gallery_images.select_related("image").prefetch_related("image__renditions")
        return context

    def clean(self):
        super().clean()
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end cannot come before the start.")})


class CollaborationGalleryImage(GalleryImage):
    page = ParentalKey(CollaborationPage, related_name="gallery_images", on_delete=models.CASCADE)
