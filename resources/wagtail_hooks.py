"""The resources' taxonomy in the admin: categories, audiences and glossary terms, grouped.

The admin searches these snippets through their search index (`search_fields` on the models):
a `search_fields` list on a viewset would restrict the search to named fields, which the
SQLite full-text backend cannot do (see `kluby.checks`).
"""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Audience, GlossaryTerm, ResourceCategory


class ResourceCategoryViewSet(SnippetViewSet):
    model = ResourceCategory
    icon = "folder-open-inverse"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "group"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    list_display = ["term", "slug", "locale"]
    list_filter = ["locale"]


class ResourceTaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Resources")
    menu_icon = "doc-full-inverse"
    menu_order = 300
    items = (ResourceCategoryViewSet, AudienceViewSet, GlossaryTermViewSet)


register_snippet(ResourceTaxonomyGroup)
