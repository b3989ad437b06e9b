"""Admin menu of the school network: the themes and audiences its pages are filed under."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Audience, Theme


class NetworkSnippetViewSet(SnippetViewSet):
    # A plain database search on `search_fields`: small tables, and results right after saving.
    search_backend_name = None
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class ThemeViewSet(NetworkSnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Themes")


class AudienceViewSet(NetworkSnippetViewSet):
    model = Audience
    icon = "group"
    menu_label = _("Event audiences")


class NetworkViewSetGroup(SnippetViewSetGroup):
    items = (ThemeViewSet, AudienceViewSet)
    menu_icon = "group"
    menu_label = _("School network")
    menu_name = "network"
    menu_order = 310


register_snippet(NetworkViewSetGroup)
