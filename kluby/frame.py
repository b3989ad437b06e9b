"""The site's frame (home link, main menu, footer) per site and language, cached.

Every page shows the same frame, so it is built once and kept in the cache under the
published-content version (`kluby.freshness`): publishing, moving or deleting a page, or
saving the footer or the site settings, starts a new one.
"""

from django.core.cache import cache
from wagtail.models import Page, Site

from .freshness import content_version
from .models import FooterContent, SiteSettings
from .queries import STRUCTURE_CACHE_SECONDS, active_locale


def build_frame(site, locale, request):
    from .queries import public_only

    root = site.root_page
    home = (
        root
        if root.locale_id == locale.pk
        else Page.objects.filter(translation_key=root.translation_key, locale=locale).first()
    ) or root
    menu = [
        {"path": child.path, "url": child.get_url(request), "title": child.title}
        for child in public_only(home.get_children().live().in_menu().select_related("locale"), request)
    ]
    footers = {
        footer.locale_id: footer
        for footer in FooterContent.objects.filter(locale__in={locale.pk, root.locale_id})
    }
    footer = footers.get(locale.pk) or footers.get(root.locale_id)
    settings_for_site = SiteSettings.for_site(site)
    return {
        "home_url": home.get_url(request),
        "menu": menu,
        "footer_text": footer.text if footer else "",
        "footer_funding": footer.funding_note if footer else "",
        "contact_email": settings_for_site.contact_email,
        "contact_phone": settings_for_site.contact_phone,
        "postal_address": settings_for_site.postal_address,
        "postal_address_is_sample": settings_for_site.postal_address_is_sample,
        "social_links": settings_for_site.social_links,
        "footer_pages": [
            {"url": page.get_url(request), "title": page.title}
            for page in settings_for_site.footer_pages()
        ],
    }


def site_frame(request):
    """The frame for the request's site and the active language (cached on the request too)."""
    frame = getattr(request, "_kluby_frame", None)
    if frame is not None:
        return frame
    from .routing import cached_site

    site = cached_site(request) or Site.objects.select_related("root_page").get(is_default_site=True)
    locale = active_locale()
    key = f"kluby:frame:{content_version()}:{site.pk}:{locale.language_code}"
    frame = cache.get_or_set(key, lambda: build_frame(site, locale, request), STRUCTURE_CACHE_SECONDS)
    request._kluby_frame = frame
    return frame
