"""How an app of the portal plugs into the core: its AppConfig subclasses `PortalAppConfig`
and says what it brings, so that the core never names it (docs/adding-an-area.md).

Apps subclass it as `registry.PortalAppConfig` (importing the module, not the class), so
that Django still finds exactly one AppConfig in each `apps.py`.
"""

from django.apps import AppConfig, apps
from django.utils.module_loading import import_string


class PortalAppConfig(AppConfig):
    """An app of the portal.

    - `demo_loader`: dotted path of its demo content's `load(stdout)`, or None; loaders run
      in INSTALLED_APPS order, so an app comes after the apps it builds on.
    - `urls`: dotted path of a URL module served at the site's root, without a language
      prefix (open-data files, feeds).
    - `localized_urls`: dotted path of a URL module served under each language prefix
      (views of their own that are not pages).
    - `sitemaps`: {section name: dotted path of a Sitemap class} for addresses that the
      page tree's sitemap does not list (routes of routable pages).
    - `audited_page_types`: labels of the page types Lighthouse audits (`make audit`): an
      area's index and a page of it.
    - `benchmarked_pages`: (label, page type label, query string) of the pages `make bench`
      loads: the first live page of that type, in Polish where there is one.
    - `page_sections`: {place: dotted path of a function} that adds a section to a page of
      another app without that app naming this one. A place is a name the other app's
      template gives `{% page_sections "place" %}` (`kluby.templatetags.sections`), such as
      "clubs.ClubPage" or "clubs.equipment_item"; the function takes the template context
      and returns the section's HTML ("" for nothing). Sections of several apps at one place
      come in INSTALLED_APPS order.
    Open-data sets register themselves in `ready()` (`kluby.open_data.register_dataset`).
    Saving one of the app's own models (other than pages and a page's inline children)
    changes what visitors read (`kluby.freshness`).
    """

    default_auto_field = "django.db.models.BigAutoField"
    demo_loader = None
    urls = None
    localized_urls = None
    sitemaps = {}
    audited_page_types = ()
    benchmarked_pages = ()
    page_sections = {}


def portal_apps():
    """The portal's apps, in INSTALLED_APPS order."""
    return [config for config in apps.get_app_configs() if isinstance(config, PortalAppConfig)]


def portal_sitemaps():
    """{section name: Sitemap class} that the apps bring."""
    return {name: import_string(path) for config in portal_apps() for name, path in config.sitemaps.items()}


def page_sections(place):
    """The section functions the apps register for `place`, in INSTALLED_APPS order."""
    return [import_string(config.page_sections[place]) for config in portal_apps() if place in config.page_sections]
