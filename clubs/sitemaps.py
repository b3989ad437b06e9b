"""The equipment catalogue and a page per item, for the sitemap: they are routes of each
language's club index rather than pages of their own, so the page sitemap does not see them."""

from kluby.queries import public_only
from kluby.sitemaps import AddressSitemap

from .models import ClubIndexPage, EquipmentItem, club_index_for_locale


class EquipmentSitemap(AddressSitemap):
    def items(self):
        """(key shared by the translations, language, address) of every catalogue and item,
        under the club index each language's item pages use (`club_index_for_locale`)."""
        entries = []
        indexes = {}
        locale_ids = public_only(ClubIndexPage.objects.live()).values_list("locale_id", flat=True)
        for locale_id in sorted(set(locale_ids)):
            index = club_index_for_locale(locale_id)
            index_url = index.get_full_url(self.request) if index is not None else None
            if index_url is None:
                continue
            indexes[locale_id] = (index, index_url)
            catalogue = index_url + index.reverse_subpage("equipment_catalogue")
            entries.append((("catalogue", index.translation_key), index.locale.language_code, catalogue))
        items = EquipmentItem.objects.filter(locale_id__in=indexes).select_related("locale").order_by("locale_id", "slug")
        for item in items:
            index, index_url = indexes[item.locale_id]
            address = index_url + index.reverse_subpage("equipment_item", kwargs={"slug": item.slug})
            entries.append((("item", item.translation_key), item.locale.language_code, address))
        return entries
