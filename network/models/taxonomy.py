"""Terms the network's schools and collaborations are filed under, managed by editors."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import TranslatableMixin

SLUG_HELP = _("Used in filter addresses; keep it the same in every language.")


class Term(TranslatableMixin, models.Model):
    """A term editors manage, in each language, with a slug that is the same in all of them."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, help_text=SLUG_HELP)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    api_fields = [APIField("name"), APIField("slug")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_%(class)s_slug_per_locale")
        ]

    def __str__(self):
        return self.name


class Theme(Term):
    """What a school or a collaboration works on: cultural education, STEAM, wellbeing..."""

    class Meta(Term.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")


class Audience(Term):
    """Who an event is for: pupils, teachers, families, specialists, the public..."""

    class Meta(Term.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
