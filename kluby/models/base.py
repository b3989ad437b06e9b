"""The base of every public page: a short lead and a listing image; cached view restrictions."""


from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
)
from wagtail.api import APIField
from wagtail.models import Page
from wagtail.search import index

from ..admin_forms import LocalisedPageForm
from ..queries import (
    CachedViewRestrictionsMixin,
)


class BasePage(CachedViewRestrictionsMixin, Page):
    """Fields every public page shares: a short lead and a listing image."""

    lead = models.TextField(
        _("lead"),
        blank=True,
        max_length=400,
        help_text=_("One or two sentences shown under the title and in listings."),
    )
    listing_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    search_fields = Page.search_fields + [index.SearchField("lead")]
    api_fields = [APIField("lead"), APIField("listing_image")]
    promote_panels = Page.promote_panels + [FieldPanel("listing_image")]
    # Pickers of translatable snippets offer the page's language.
    base_form_class = LocalisedPageForm

    class Meta:
        abstract = True

    @property
    def meta_description(self):
        return self.search_description or self.lead
