"""The sitemap: every public page in every language, each with its hreflang alternates and
x-default (`kluby.alternates`, which the pages' own hreflang links use too).

`/sitemap.xml` is an index of sections of at most `MultilingualSitemap.limit` pages, so that a
large site never builds one huge file. Addresses are put together from each page's tree path
and its language's root, without loading page objects: the same addresses `Page.get_full_url`
gives, at a fraction of the cost. Addresses that are not pages (views such as the open data
catalogue, routes of a page) have sections of their own built on `AddressSitemap`.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Max
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import iri_to_uri
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site

from .alternates import sitemap_alternates
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
                # Percent-encoded as `reverse` encodes it: a slug may be Unicode ("aktualności").
                return root_url + iri_to_uri(self.prefixes[language] + page["url_path"][len(root_path):])
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
            addresses = {
                translation["locale__language_code"]: self.full_url(translation)
                for translation in by_translation[item["translation_key"]]
            }
            urls.append(
                {
                    "item": item,
                    "location": self.full_url(item),
                    "lastmod": item["last_published_at"] or item["latest_revision_created_at"],
                    "alternates": sitemap_alternates(addresses),
                }
            )
        lastmods = [url["lastmod"] for url in urls if url["lastmod"]]
        if lastmods:
            self.latest_lastmod = max(lastmods)
        return urls


class AddressSitemap(Sitemap):
    """A section of addresses that are not pages of their own and have no publication date.

    Subclasses give `items()`: (key shared by an address's versions in each language,
    language, address) triples; the versions with the same key are each other's alternates.
    """

    limit = 1000

    def items(self):
        raise NotImplementedError

    def lastmod(self, entry):
        return None

    def get_latest_lastmod(self):
        return None

    def get_urls(self, page=1, site=None, protocol=None):
        # Addresses come whole from `items()`, so protocol and domain are unused.
        versions = defaultdict(dict)
        for key, language, address in self.items():
            versions[key][language] = address
        return [
            {"item": address, "location": address, "lastmod": None, "alternates": sitemap_alternates(versions[key])}
            for key, _language, address in self.paginator.page(page).object_list
        ]


class LanguageViewsSitemap(AddressSitemap):
    """Views that are not pages and exist in every language. Search stays out: robots.txt
    keeps crawlers away from it."""

    url_names = ("open_data",)

    def items(self):
        entries = []
        for name in self.url_names:
            for code, _name in settings.LANGUAGES:
                with translation.override(code):
                    entries.append((name, code, self.request.build_absolute_uri(reverse(name))))
        return entries
