"""The sitemap: every public page in every language, each with its hreflang alternates.

`/sitemap.xml` is an index of sections of at most `MultilingualSitemap.limit` pages, so that a
large site never builds one huge file. Addresses are put together from each page's tree path
and its language's root, without loading page objects: the same addresses `Page.get_full_url`
gives, at a fraction of the cost.
"""

from collections import defaultdict

from django.db.models import Max
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site

from .queries import public_only

PAGE_FIELDS = ("pk", "url_path", "translation_key", "locale__language_code", "last_published_at", "latest_revision_created_at")


class MultilingualSitemap(Sitemap):
    limit = 1000

    def items(self):
        site = self.get_wagtail_site()
        roots = site.root_page.get_translations(inclusive=True)
        pages = Page.objects.none()
        for root in roots:
            pages |= Page.objects.descendant_of(root, inclusive=True)
        return public_only(pages.live()).order_by("path").values(*PAGE_FIELDS)

    def lastmod(self, page):
        return page["last_published_at"] or page["latest_revision_created_at"]

    def get_latest_lastmod(self):
        # For the index: one aggregate instead of a pass over every page.
        return self.items().order_by().aggregate(latest=Max("last_published_at"))["latest"]

    def full_url(self, page):
        """The page's address, as `Page.get_full_url` would give it for this request's site."""
        language = page["locale__language_code"]
        for _site_id, root_path, root_url, root_language in self.root_paths:
            if root_language == language and page["url_path"].startswith(root_path):
                return root_url + self.prefixes[language] + page["url_path"][len(root_path):]
        return Page.objects.get(pk=page["pk"]).get_full_url(self.request)

    def get_urls(self, page=1, site=None, protocol=None):
        # Addresses come whole from Wagtail's site roots, so protocol and domain are unused.
        self.root_paths = Site.get_site_root_paths()
        self.prefixes = {}
        for language in {root[3] for root in self.root_paths}:
            with translation.override(language):
                self.prefixes[language] = reverse("wagtail_serve", args=("",))
        pages = list(self.paginator.page(page).object_list)
        by_translation = defaultdict(list)
        translations = Page.objects.filter(translation_key__in={p["translation_key"] for p in pages})
        for item in public_only(translations.live()).values(*PAGE_FIELDS):
            by_translation[item["translation_key"]].append(item)

        urls = []
        for item in pages:
            alternates = [
                {"lang_code": translation["locale__language_code"], "location": self.full_url(translation)}
                for translation in sorted(by_translation[item["translation_key"]], key=lambda p: p["locale__language_code"])
            ]
            urls.append(
                {
                    "item": item,
                    "location": self.full_url(item),
                    "lastmod": item["last_published_at"] or item["latest_revision_created_at"],
                    "alternates": alternates if len(alternates) > 1 else [],
                }
            )
        lastmods = [url["lastmod"] for url in urls if url["lastmod"]]
        if lastmods:
            self.latest_lastmod = max(lastmods)
        return urls
