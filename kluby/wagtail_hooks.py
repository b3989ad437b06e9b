"""The core's snippets in the admin."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .taxonomy import AgeGroup


class AgeGroupViewSet(SnippetViewSet):
    model = AgeGroup
    icon = "group"
    menu_label = _("Age groups")
    list_display = ["name", "slug", "min_age", "max_age", "intergenerational", "locale"]
    list_filter = ["locale"]
    ordering = ["sort_order", "name"]


register_snippet(AgeGroupViewSet)
