"""The sitemap: every public page in every language, each with its hreflang alternates."""

from collections import defaultdict

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .queries import public_only


class MultilingualSitemap(Sitemap):
    def items(self):
        site = self.get_wagtail_site()
        roots = site.root_page.get_translations(inclusive=True)
        pages = Page.objects.none()
        for root in roots:
            pages |= Page.objects.descendant_of(root, inclusive=True)
        return public_only(pages.live()).order_by("path").select_related("locale").defer_streamfields()

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        by_translation = defaultdict(list)
        translations = Page.objects.filter(translation_key__in={p.translation_key for p in pages})
        for item in public_only(translations.live()).select_related("locale"):
            by_translation[item.translation_key].append(item)

        urls = []
        for item in pages:
            alternates = [
                {
                    "lang_code": translation.locale.language_code,
                    "location": translation.get_full_url(self.request),
                }
                for translation in sorted(
                    by_translation[item.translation_key], key=lambda p: p.locale.language_code
                )
            ]
            urls.append(
                {
                    "item": item,
                    "location": item.get_full_url(self.request),
                    "lastmod": item.last_published_at or item.latest_revision_created_at,
                    "alternates": alternates if len(alternates) > 1 else [],
                }
            )
        lastmods = [url["lastmod"] for url in urls if url["lastmod"]]
        if lastmods:
            self.latest_lastmod = max(lastmods)
        return urls
