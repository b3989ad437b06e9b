"""The equipment catalogue and a page per item, for the sitemap: they are routes of each
language's club index rather than pages of their own, so the page sitemap does not see them."""

from collections import defaultdict

from wagtail.contrib.sitemaps import Sitemap

from kluby.queries import public_only

from .models import ClubIndexPage, EquipmentItem


class EquipmentSitemap(Sitemap):
    limit = 1000

    def items(self):
        """(key shared by the translations, language, address) of every catalogue and item."""
        entries = []
        indexes = {}
        for index in public_only(ClubIndexPage.objects.live()).select_related("locale").order_by("path"):
            index_url = index.get_full_url(self.request)
            if index_url is None or index.locale_id in indexes:
                continue
            indexes[index.locale_id] = (index, index_url)
            catalogue = index_url + index.reverse_subpage("equipment_catalogue")
            entries.append((("catalogue", index.translation_key), index.locale.language_code, catalogue))
        items = EquipmentItem.objects.filter(locale_id__in=indexes).select_related("locale").order_by("locale_id", "slug")
        for item in items:
            index, index_url = indexes[item.locale_id]
            address = index_url + index.reverse_subpage("equipment_item", kwargs={"slug": item.slug})
            entries.append((("item", item.translation_key), item.locale.language_code, address))
        return entries

    def lastmod(self, entry):
        return None  # routes of the club index: no publication date of their own

    def get_latest_lastmod(self):
        return None

    def get_urls(self, page=1, site=None, protocol=None):
        # Addresses come whole from Wagtail's site roots, so protocol and domain are unused.
        by_key = defaultdict(list)
        for key, language, address in self.items():
            by_key[key].append({"lang_code": language, "location": address})
        urls = []
        for key, _language, address in self.paginator.page(page).object_list:
            alternates = sorted(by_key[key], key=lambda alternate: alternate["lang_code"])
            urls.append(
                {"item": address, "location": address, "lastmod": None, "alternates": alternates if len(alternates) > 1 else []}
            )
        return urls
