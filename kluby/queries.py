"""Shared query helpers that keep the number of SQL queries per page small and fixed."""

from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import get_language
from wagtail.models import Locale, PageViewRestriction

_locales_by_code = {}


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


def public_only(queryset, request=None):
    """`queryset.public()`, with the view restrictions read once per request."""
    if request is None:
        return queryset.public()
    paths = getattr(request, "_kluby_restricted_paths", None)
    if paths is None:
        paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
        request._kluby_restricted_paths = paths
    condition = Q()
    for path in paths:
        condition |= Q(path__startswith=path)
    return queryset.exclude(condition) if paths else queryset
