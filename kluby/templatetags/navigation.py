"""Template tags for the site's frame: main menu, language switcher, canonical address and
hreflang alternates, footer."""

from django import template
from django.conf import settings
from django.core.cache import cache
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page

from kluby.alternates import x_default
from kluby.frame import site_frame
from kluby.freshness import content_version
from kluby.queries import STRUCTURE_CACHE_SECONDS, public_only

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


def _structure_key(name, page, request):
    host = request.get_host() if request is not None else ""
    return f"kluby:{name}:{content_version()}:{page.pk}:{host}"


def translation_urls(page, request):
    """(language, URL, full URL) of each live, public translation of the page, in the order
    of the settings' languages; kept in the cache under the content version."""

    def read():
        translations = page_translations(page, request)
        return [
            (code, translations[code].get_url(request), translations[code].get_full_url(request))
            for code, _name in settings.LANGUAGES
            if code in translations
        ]

    return cache.get_or_set(_structure_key("translations", page, request), read, STRUCTURE_CACHE_SECONDS)


def route_subpath(page, request):
    """The part of the request's path below a routable page that serves one of its routes
    ("" for the page itself, and for pages without routes)."""
    match = getattr(request, "routable_resolver_match", None)
    if match is None or getattr(match.func, "__self__", None) != page:
        return ""
    return page.reverse_subpage(match.url_name, args=match.args, kwargs=match.kwargs)


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per language: the page in that language where a translation exists.

    A route of a routable page is the same route under each translation of the page, unless
    its view names its versions itself (`route_translations` in the context: (language, URL,
    full URL) triples), as a route whose arguments differ between languages must. For views
    that are not pages (search, open data), the same view in each language.
    """
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    translations = context.get("route_translations")
    if translations is None and isinstance(page, Page) and page.pk:
        subpath = route_subpath(page, request)
        translations = [
            (code, url + subpath, full_url + subpath)
            for code, url, full_url in translation_urls(page, request)
            if url is not None and full_url is not None
        ]
    links = []
    if translations is not None:
        for code, url, full_url in translations:
            links.append(
                {"code": code, "name": _language_name(code), "url": url, "full_url": full_url, "current": code == current}
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
def canonical_url(context, languages):
    """The address of what is shown, as its alternates and the sitemap give it: no query
    string, and a route's own address rather than its page's."""
    for language in languages:
        if language["current"]:
            return language["full_url"]
    request = context.get("request")
    page = context.get("page")
    if isinstance(page, Page) and page.pk:  # a page being previewed is not live yet
        return page.get_full_url(request)
    return request.build_absolute_uri(request.path) if request is not None else ""


@register.simple_tag
def x_default_url(languages):
    return x_default({language["code"]: language["full_url"] for language in languages})


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    request = context.get("request")
    ancestors = []
    if isinstance(page, Page) and page.depth > 2:
        ancestors = cache.get_or_set(
            _structure_key("breadcrumbs", page, request),
            lambda: [
                {"url": ancestor.get_url(request), "title": ancestor.title}
                for ancestor in public_only(
                    page.get_ancestors().filter(depth__gt=1).live().select_related("locale"), request
                )
            ],
            STRUCTURE_CACHE_SECONDS,
        )
    return {"ancestors": ancestors, "page": page, "request": request}
