"""Admin menus for the equipment catalogue and the regions clubs are filed under."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Edition, EquipmentCategory, EquipmentItem, Region


class ClubsSnippetViewSet(SnippetViewSet):
    # A plain database search on `search_fields`: small tables, and results right after saving.
    search_backend_name = None


class EquipmentItemViewSet(ClubsSnippetViewSet):
    model = EquipmentItem
    icon = "cogs"
    menu_label = _("Equipment items")
    list_display = ["name", "category", "cost_band", "locale"]
    list_filter = ["category", "cost_band", "locale"]
    search_fields = ["name", "description"]
    ordering = ["name"]


class EquipmentCategoryViewSet(ClubsSnippetViewSet):
    model = EquipmentCategory
    icon = "folder-open-inverse"
    menu_label = _("Equipment categories")
    list_display = ["name", "sort_order", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class RegionViewSet(ClubsSnippetViewSet):
    model = Region
    icon = "site"
    menu_label = _("Regions")
    list_display = ["name", "country_code", "locale"]
    list_filter = ["country_code", "locale"]
    search_fields = ["name"]


class EditionViewSet(ClubsSnippetViewSet):
    model = Edition
    icon = "date"
    menu_label = _("Programme editions")
    list_display = ["name", "start_year", "end_year", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class ClubsViewSetGroup(SnippetViewSetGroup):
    items = (EquipmentItemViewSet, EquipmentCategoryViewSet, RegionViewSet, EditionViewSet)
    menu_icon = "cogs"
    menu_label = _("Clubs")
    menu_name = "clubs"
    menu_order = 300


register_snippet(ClubsViewSetGroup)
