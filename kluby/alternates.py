"""A page's versions in other languages, as the sitemap and the page's own hreflang links give
them: both build them here, so that what a crawler reads in one it finds in the other."""

from django.conf import settings


def in_language_order(addresses):
    """(language, address) pairs of `addresses` ({language: address}) in the order of LANGUAGES."""
    return [(code, addresses[code]) for code, _name in settings.LANGUAGES if code in addresses]


def x_default(addresses):
    """The version for visitors whose language the page is not in: the one in the site's
    default language (LANGUAGE_CODE), else the one in the first language of LANGUAGES.

    A page of its own rather than the language-negotiating `/`: slugs differ between
    languages, so no unprefixed address names the same content in every language.
    """
    for code in (settings.LANGUAGE_CODE, *(code for code, _name in settings.LANGUAGES)):
        if code in addresses:
            return addresses[code]
    return None


def sitemap_alternates(addresses):
    """The xhtml:link alternates of a sitemap entry: every version, the entry's own included,
    then the x-default; a page in one language gets its own and the x-default too."""
    alternates = [{"lang_code": code, "location": address} for code, address in in_language_order(addresses)]
    if alternates:
        alternates.append({"lang_code": "x-default", "location": x_default(addresses)})
    return alternates
