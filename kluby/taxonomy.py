"""Terms every area shares, managed by editors as translatable snippets."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.api import APIField
from wagtail.models import TranslatableMixin


class AgeGroup(TranslatableMixin, models.Model):
    """Who an activity or a club is for: an age range ("children 7–12") or a mixed group of
    generations (families). Clubs name the groups they serve; activities are matched to the
    groups their own age range overlaps."""

    name = models.CharField(_("name"), max_length=80, help_text=_("A plain label, such as “Children 7–12”."))
    slug = models.SlugField(
        _("slug"), max_length=80, help_text=_("Used in filter addresses; keep it the same in every language.")
    )
    min_age = models.PositiveSmallIntegerField(_("from age"), null=True, blank=True)
    max_age = models.PositiveSmallIntegerField(
        _("to age"), null=True, blank=True, help_text=_("Leave empty for no upper limit (adults, seniors).")
    )
    intergenerational = models.BooleanField(
        _("mixed generations"),
        default=False,
        help_text=_("For groups of several generations together, such as families; no age range then."),
    )
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("min_age"), FieldPanel("max_age")]),
        FieldPanel("intergenerational"),
        FieldPanel("sort_order"),
    ]
    api_fields = [APIField("name"), APIField("slug"), APIField("min_age"), APIField("max_age"), APIField("intergenerational")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("age group")
        verbose_name_plural = _("age groups")
        ordering = ["sort_order", "name"]
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_age_group_slug_per_locale")]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.min_age is not None and self.max_age is not None and self.min_age > self.max_age:
            raise ValidationError({"max_age": _("The upper age cannot be below the lower one.")})
        if self.intergenerational and (self.min_age is not None or self.max_age is not None):
            raise ValidationError({"intergenerational": _("A group of mixed generations has no age range.")})

    def overlaps(self, age_from, age_to, intergenerational=False):
        """Whether an activity for ages `age_from`–`age_to` (None: no upper limit), or for
        mixed generations, suits this group."""
        if self.intergenerational:
            return intergenerational
        if self.min_age is None and self.max_age is None:
            return False
        starts_before_our_end = self.max_age is None or age_from is None or age_from <= self.max_age
        ends_after_our_start = self.min_age is None or age_to is None or age_to >= self.min_age
        return starts_before_our_end and ends_after_our_start
