"""Shared query helpers that keep the number of SQL queries per page small and fixed.

Facts every request needs and editors rarely change (the locales, the site, which pages are
private) are kept in the cache under the content version, a number that goes up whenever
published content, the site or a view restriction changes (the signals are wired in
`kluby.frame`). A stale entry can therefore live only as long as its timeout, and only in a
process that did not see the change (with the per-process cache of the default settings).
"""

import time

from django.core.cache import cache
from django.db.models import Prefetch, Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import get_language
from wagtail.models import Locale, PageViewRestriction

VERSION_KEY = "kluby:frame:version"
STRUCTURE_CACHE_SECONDS = 300

_locales_by_code = {}


def content_version(request=None):
    """A number that goes up whenever published content changes (read once per request)."""
    version = getattr(request, "_kluby_content_version", None)
    if version is None:
        # A cache that starts empty starts from the clock, never from a number an earlier
        # cache (or this process's memory) may have used for other content.
        version = cache.get_or_set(VERSION_KEY, time.time_ns, None)
        if request is not None:
            request._kluby_content_version = version
    return version


def bump_content_version(**kwargs):
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, time.time_ns(), None)


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


def active_locale():
    """The Locale of the active language, cached for the process (locales rarely change)."""
    code = get_language() or "pl"
    locale = _locales_by_code.get(code)
    if locale is None:
        locale = Locale.get_active()
        _locales_by_code[code] = locale
    return locale


@receiver([post_save, post_delete], sender=Locale)
def forget_cached_locales(**kwargs):
    _locales_by_code.clear()


def restricted_paths(request=None):
    """Tree paths of the pages with a view restriction (private, password, groups)."""
    paths = getattr(request, "_kluby_restricted_paths", None)
    if paths is None:
        paths = cache.get_or_set(
            f"kluby:restricted:{content_version(request)}",
            lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True)),
            STRUCTURE_CACHE_SECONDS,
        )
        if request is not None:
            request._kluby_restricted_paths = paths
    return paths


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
