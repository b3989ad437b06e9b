"""Terms clubs are filed under, managed by editors: regions and programme editions."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.api import APIField
from wagtail.models import TranslatableMixin

SLUG_HELP = _("Used in filter addresses; keep it the same in every language.")


class Region(TranslatableMixin, models.Model):
    """A first-level administrative region: a voivodeship in Poland, a county (județ) in Romania."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, help_text=SLUG_HELP)
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


class Edition(TranslatableMixin, models.Model):
    """An edition of the programme that libraries joined (the 2018 pilot, later rounds):
    editors add the next one without a developer."""

    name = models.CharField(_("name"), max_length=120, help_text=_("For example: “Pilot edition (2018)”."))
    slug = models.SlugField(_("slug"), max_length=60, help_text=SLUG_HELP)
    start_year = models.PositiveSmallIntegerField(
        _("first year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    end_year = models.PositiveSmallIntegerField(
        _("last year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
        help_text=_("Leave empty while the edition runs."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")])]
    api_fields = [APIField("name"), APIField("slug"), APIField("start_year"), APIField("end_year")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("programme edition")
        verbose_name_plural = _("programme editions")
        ordering = ["start_year", "name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_edition_slug_per_locale")
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.end_year is not None and self.start_year is not None and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("The last year cannot come before the first.")})
