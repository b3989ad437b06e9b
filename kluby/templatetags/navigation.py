"""Template tags for the site's frame: main menu, language switcher, alternates, footer."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Locale, Page, Site

from kluby.models import FooterContent

register = template.Library()


def _language_name(code):
    return get_language_info(code)["name_local"]


@register.simple_tag(takes_context=True)
def localized_home(context):
    """The home page in the active language (falls back to the site's root page)."""
    request = context.get("request")
    cache = getattr(request, "_kluby_home_cache", None) if request else None
    if cache is not None:
        return cache
    site = Site.find_for_request(request) if request else Site.objects.get(is_default_site=True)
    home = site.root_page.localized if site else None
    if request is not None:
        request._kluby_home_cache = home
    return home


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    home = localized_home(context)
    current_path = getattr(context.get("page"), "path", "") or ""
    items = []
    if home is not None:
        for child in home.get_children().live().public().in_menu().select_related("locale"):
            state = ""
            if current_path == child.path:
                state = "page"
            elif current_path.startswith(child.path):
                state = "true"
            items.append({"page": child, "state": state})
    return {"items": items, "request": context.get("request")}


def page_translations(page):
    """Live, public translations of a page, including itself, keyed by language code."""
    translations = (
        Page.objects.filter(translation_key=page.translation_key)
        .live()
        .public()
        .select_related("locale")
    )
    return {translation.locale.language_code: translation for translation in translations}


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per language: the page in that language where a translation exists.

    For views that are not pages (search), the same view in each language.
    """
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    links = []
    if isinstance(page, Page) and page.pk:
        translations = context.get("_translations")
        if translations is None:
            translations = page_translations(page)
        for code, _name in settings.LANGUAGES:
            translation = translations.get(code)
            if translation is not None:
                links.append(
                    {
                        "code": code,
                        "name": _language_name(code),
                        "url": translation.get_url(request),
                        "full_url": translation.get_full_url(request),
                        "current": code == current,
                    }
                )
    elif request is not None:
        # A view that resolved (search) exists in every language; an error page links home.
        resolved = not context.get("error_page")
        for code, _name in settings.LANGUAGES:
            url = translate_url(request.path, code) if resolved else f"/{code}/"
            links.append(
                {
                    "code": code,
                    "name": _language_name(code),
                    "url": url,
                    "full_url": request.build_absolute_uri(url),
                    "current": code == current,
                }
            )
    return links


@register.simple_tag(takes_context=True)
def footer_content(context):
    locale = Locale.get_active()
    return (
        FooterContent.objects.filter(locale=locale).first()
        or FooterContent.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    )


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    ancestors = []
    if isinstance(page, Page) and page.depth > 2:
        ancestors = list(
            page.get_ancestors().filter(depth__gt=1).live().public().select_related("locale")
        )
    return {"ancestors": ancestors, "page": page, "request": context.get("request")}
