"""The resources' taxonomy: types and licences (choices), and the translatable snippets that
editors manage: categories, audiences and glossary terms."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import TranslatableMixin
from wagtail.search import index

from kluby.text import sort_key  # noqa: F401 - part of this module's interface


class ResourceType(models.TextChoices):
    ARTICLE = "article", _("Article")
    GUIDE = "guide", _("Guide")
    CHECKLIST = "checklist", _("Checklist")
    LESSON_PLAN = "lesson-plan", _("Lesson plan")
    VIDEO = "video", _("Video")
    TOOLKIT = "toolkit", _("Toolkit")
    CASE_STUDY = "case-study", _("Case study")


class Licence(models.TextChoices):
    CC_BY = "cc-by-4.0", "CC BY 4.0"
    CC_BY_SA = "cc-by-sa-4.0", "CC BY-SA 4.0"
    CC_BY_NC = "cc-by-nc-4.0", "CC BY-NC 4.0"
    CC_BY_NC_SA = "cc-by-nc-sa-4.0", "CC BY-NC-SA 4.0"
    CC_BY_ND = "cc-by-nd-4.0", "CC BY-ND 4.0"
    CC_BY_NC_ND = "cc-by-nc-nd-4.0", "CC BY-NC-ND 4.0"
    CC0 = "cc0", "CC0 1.0"


LICENCE_URLS = {
    Licence.CC_BY: "https://creativecommons.org/licenses/by/4.0/",
    Licence.CC_BY_SA: "https://creativecommons.org/licenses/by-sa/4.0/",
    Licence.CC_BY_NC: "https://creativecommons.org/licenses/by-nc/4.0/",
    Licence.CC_BY_NC_SA: "https://creativecommons.org/licenses/by-nc-sa/4.0/",
    Licence.CC_BY_ND: "https://creativecommons.org/licenses/by-nd/4.0/",
    Licence.CC_BY_NC_ND: "https://creativecommons.org/licenses/by-nc-nd/4.0/",
    Licence.CC0: "https://creativecommons.org/publicdomain/zero/1.0/",
}


# --- Taxonomy: translatable snippets ---------------------------------------------------------


class TaxonomySnippet(TranslatableMixin, index.Indexed, models.Model):
    """A named term with a slug that stays the same in every language, so that filter URLs
    keep their meaning when a visitor switches language."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        help_text=_("Used in filter addresses; keep it the same in every language."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
        index.FilterField("slug"),
    ]
    api_fields = [APIField("name"), APIField("slug")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class ResourceCategory(TaxonomySnippet):
    description = models.TextField(_("description"), blank=True, max_length=400)

    panels = TaxonomySnippet.panels + [FieldPanel("description")]
    search_fields = TaxonomySnippet.search_fields + [index.SearchField("description")]
    api_fields = TaxonomySnippet.api_fields + [APIField("description")]

    class Meta(TaxonomySnippet.Meta):
        verbose_name = _("resource category")
        verbose_name_plural = _("resource categories")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_resource_category_slug")
        ]


class Audience(TaxonomySnippet):
    class Meta(TaxonomySnippet.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_audience_slug")
        ]


class GlossaryTerm(TranslatableMixin, index.Indexed, models.Model):
    term = models.CharField(_("term"), max_length=160)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        help_text=_("The term's anchor on the glossary page; keep it the same in every language."),
    )
    definition = models.TextField(_("definition"))

    panels = [FieldPanel("term"), FieldPanel("slug"), FieldPanel("definition")]
    search_fields = [
        index.SearchField("term", boost=2),
        index.AutocompleteField("term"),
        index.SearchField("definition"),
        index.FilterField("locale"),
        index.FilterField("slug"),
    ]
    api_fields = [APIField("term"), APIField("slug"), APIField("definition")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")
        ordering = ["term"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_glossary_term_slug")
        ]

    def __str__(self):
        return self.term

    @property
    def anchor(self):
        return f"term-{self.slug}"


class NameSlugSerializer(serializers.Serializer):
    name = serializers.CharField()
    slug = serializers.CharField()


class GlossaryTermSerializer(serializers.Serializer):
    term = serializers.CharField()
    slug = serializers.CharField()


# --- Resources -------------------------------------------------------------------------------
