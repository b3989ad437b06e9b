"""Template tags for the site's frame: main menu, language switcher, alternates, footer."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page

from kluby.frame import site_frame
from kluby.queries import public_only

register = template.Library()


def _language_name(code):
    return get_language_info(code)["name_local"]


@register.simple_tag(takes_context=True)
def frame(context):
    """Home link, main menu and footer for the active language (cached)."""
    return site_frame(context["request"])


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    current_path = getattr(context.get("page"), "path", "") or ""
    items = []
    for item in site_frame(context["request"])["menu"]:
        state = ""
        if current_path == item["path"]:
            state = "page"
        elif current_path.startswith(item["path"]):
            state = "true"
        items.append({**item, "state": state})
    return {"items": items}


def page_translations(page, request=None):
    """Live, public translations of a page, including itself, keyed by language code."""
    translations = public_only(
        Page.objects.filter(translation_key=page.translation_key).live().select_related("locale"),
        request,
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
            translations = page_translations(page, request)
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


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    ancestors = []
    if isinstance(page, Page) and page.depth > 2:
        ancestors = list(
            public_only(
                page.get_ancestors().filter(depth__gt=1).live().select_related("locale"),
                context.get("request"),
            )
        )
    return {"ancestors": ancestors, "page": page, "request": context.get("request")}
