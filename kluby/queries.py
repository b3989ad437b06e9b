"""Shared query helpers that keep the number of SQL queries per page small and fixed.

Facts every request needs and editors rarely change (the locales, the site, which pages are
private) are kept in the cache under the published-content version (`kluby.freshness`), which
every worker reads from the database: an entry filed under an older version is never read
again, so nothing here can be stale, whatever the timeout or the cache backend.
"""

import time

from django.core.cache import cache
from django.db.models import Prefetch, Q
from django.utils.translation import get_language
from wagtail.models import Locale, PageViewRestriction

from .freshness import content_version

# Entries are correct for as long as they are kept: the timeout only bounds memory.
STRUCTURE_CACHE_SECONDS = 3600

_structure_memo = {}


def cached_structure(key, build):
    """`build()`, kept under `key` (which should carry the content version) in the cache and,
    to spare unpickling large structures on every request, in this process's memory too,
    for the same time. Callers must not change what they get back."""
    now = time.monotonic()
    entry = _structure_memo.get(key)
    if entry is not None and entry[0] > now:
        return entry[1]
    value = cache.get_or_set(key, build, STRUCTURE_CACHE_SECONDS)
    if len(_structure_memo) > 64:
        _structure_memo.clear()
    _structure_memo[key] = (now + STRUCTURE_CACHE_SECONDS, value)
    return value


def forget_cached_structures():
    """Empty this process's memory of cached structures (tests, with `cache.clear()`)."""
    _structure_memo.clear()


def active_locale():
    """The Locale of the active language, kept in the process's memory while the content
    version (which a change of locales moves) stays the same."""
    code = get_language() or "pl"
    return cached_structure(f"kluby:locale:{content_version()}:{code}", Locale.get_active)


def restricted_paths(request=None):
    """Tree paths of the pages with a view restriction (private, password, groups)."""
    return cached_structure(
        f"kluby:restricted:{content_version()}",
        lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True)),
    )


def public_only(queryset, request=None):
    """`queryset.public()`, with the view restrictions read from the cache."""
    paths = restricted_paths(request)
    condition = Q()
    for path in paths:
        condition |= Q(path__startswith=path)
    return queryset.exclude(condition) if paths else queryset


def listing_images_with_renditions():
    """Wagtail's rendition prefetch: one query for the images and one for all their
    renditions, and no per-image querysets (the plain `listing_image__renditions` prefetch
    builds one per image)."""
    from wagtail.images import get_image_model

    return Prefetch("listing_image", queryset=get_image_model().objects.prefetch_renditions())


def prefetch_listing_images(queryset):
    """Listing images with all their renditions, in two queries whatever the page size."""
    return queryset.prefetch_related(listing_images_with_renditions())


class CachedViewRestrictionsMixin:
    """Answers "which restrictions apply to this page?" without a query for public pages.

    Wagtail asks this of every page it serves (two queries). The answer is empty unless the
    page or an ancestor is restricted, which the cached restricted paths tell; aliases take
    their source's restrictions, so they keep Wagtail's own lookup.
    """

    def get_view_restrictions(self):
        if self.alias_of_id is None and not any(
            self.path.startswith(path) for path in restricted_paths()
        ):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
