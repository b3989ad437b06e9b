"""Whatever an editor types into a search box of the admin, the admin answers without a server
error: every listing, chooser and report, for an editor and for a moderator.

The URLs come from the URL resolver (every view that lists or chooses things), so a snippet,
report or listing added later is covered without touching this file.
"""

import inspect
import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import checks
from django.urls import URLResolver, get_resolver, reverse
from wagtail.admin.views import chooser as page_chooser
from wagtail.admin.views.generic.base import BaseListingView
from wagtail.admin.views.generic.chooser import BaseChooseView
from wagtail.admin.views.workflows import BaseTaskChooserView
from wagtail.admin.viewsets.pages import base_page_viewset
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Site
from wagtail.snippets.models import get_snippet_models
from wagtail.snippets.views.snippets import SnippetViewSet

from kluby.checks import check_admin_search_fields
from kluby.models import ContactPage, HomePage
from resources.models import GlossaryTerm
from tests.all_factories import SNIPPET_FACTORIES
from tests.factories import DocumentFactory, ImageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def one_of_everything(site_pages, locales):
    """Something in every listing: the site's pages, an image, a document and one record of
    every snippet, so that every listing and chooser has a row to show and search."""
    ImageFactory()
    DocumentFactory()
    for factory in SNIPPET_FACTORIES.values():
        factory(locale=locales["en"])

HOSTILE_QUERIES = [
    '"',
    'a"b',
    "'",
    "*",
    "-",
    "OR",
    "a OR b AND NOT c",
    "NEAR(a b)",
    "title:a",
    "<script>alert(1)</script>",
    "x" * 500,
    " ",
    "a\x00b",
    "zażółć",
]
# Views that read a search query but do not derive from Wagtail's generic listing views.
OTHER_SEARCHING_VIEWS = (page_chooser.BrowseView, page_chooser.SearchView, BaseTaskChooserView)
# Listings served by plain functions (form submissions: the view depends on the form page).
FUNCTION_LISTINGS = {"wagtailforms:list_submissions", "wagtailforms:list_submissions_results"}


def admin_routes(patterns=None, prefix="", namespace=""):
    """(route, URL name, callback) of every named admin URL pattern."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}:{pattern.namespace}" if pattern.namespace else namespace
            yield from admin_routes(pattern.url_patterns, prefix + str(pattern.pattern), inner.strip(":"))
        elif pattern.name and (prefix + str(pattern.pattern)).startswith("admin/"):
            name = f"{namespace}:{pattern.name}" if namespace else pattern.name
            yield prefix + str(pattern.pattern), name, pattern.callback


def view_class(callback):
    if hasattr(callback, "view_class"):
        return callback.view_class
    # Page views are routed by page type; the base page type's view stands for all of them.
    if callback.__name__ == "view_router":
        view_name = inspect.getclosurevars(inspect.unwrap(callback)).nonlocals["view_name"]
        return getattr(base_page_viewset.get_view_by_name(view_name), "view_class", None)
    return None


def lists_or_chooses(name, callback):
    cls = view_class(callback)
    if cls is None:
        return name in FUNCTION_LISTINGS
    return issubclass(cls, (BaseListingView, BaseChooseView, *OTHER_SEARCHING_VIEWS))


def argument_values():
    """A function from (URL name, argument) to real values for it: a page whose children are
    listed, an object whose history or usage is listed."""
    home = HomePage.objects.get(locale__language_code="pl")
    model_of_namespace = {
        "wagtailusers_users": get_user_model,
        "wagtailusers_groups": lambda: Group,
        "wagtaillocales": lambda: Locale,
        "wagtailsites": lambda: Site,
    }
    for model in get_snippet_models():
        model_of_namespace[model.snippet_viewset.get_admin_url_namespace()] = lambda model=model: model
    simple = {
        "parent_page_id": lambda: home.pk,
        # A form page: its submissions are listed too.
        "page_id": lambda: ContactPage.objects.order_by("pk").first().pk,
        "image_id": lambda: get_image_model().objects.first().pk,
        "document_id": lambda: get_document_model().objects.first().pk,
        "content_type_app_name": lambda: "resources",
        "content_type_model_name": lambda: "resourcepage",
    }

    def values(name, argument):
        if argument in simple:
            return [simple[argument]()]
        namespace = name.rsplit(":", 1)[0]
        if argument == "pk" and namespace in model_of_namespace:
            instance = model_of_namespace[namespace]().objects.first()
            return [instance.pk] if instance else []
        return []  # e.g. a workflow state when none exists: not listed

    return values


def listing_urls():
    """Every admin listing, chooser and report with real arguments, and the settings forms,
    as {URL: URL of its results-only view, or None}."""
    values = argument_values()
    urls = set()
    for route, name, callback in admin_routes():
        if not lists_or_chooses(name, callback):
            continue
        combinations = [{}]
        for argument in re.findall(r"<(?:\w+:)?(\w+)>", route):
            combinations = [dict(combo, **{argument: value}) for combo in combinations for value in values(name, argument)]
        urls.update(reverse(name, kwargs=kwargs) for kwargs in combinations)
    for model in settings_registry:
        urls.add(reverse("wagtailsettings:edit", args=(model._meta.app_label, model._meta.model_name)))
    # A results-only view ("…/results/") answers the searches of the listing it belongs to.
    results = {url for url in urls if url.endswith("/results/") and url[: -len("results/")] in urls}
    return {url: (url + "results/" if url + "results/" in results else None) for url in sorted(urls - results)}


def offers_search(response):
    """Whether the answer has a search box (full pages and chooser modals alike)."""
    if response["Content-Type"].startswith("application/json"):
        html = response.json().get("html", "")
    else:
        html = response.content.decode()
    return BeautifulSoup(html, "html.parser").find("input", attrs={"name": "q"}) is not None


@pytest.fixture
def staff(django_user_model):
    def make(group_name):
        user = django_user_model.objects.create_user(f"{group_name.lower()}-user", password="x")
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


def test_the_walk_covers_every_kind_of_admin_listing():
    urls = listing_urls()
    expected = [
        reverse("wagtailadmin_explore", args=(HomePage.objects.get(locale__language_code="pl").pk,)),
        reverse("wagtailadmin_pages:search"),
        reverse("wagtailadmin_choose_page_search"),
        reverse("wagtailimages:index"),
        reverse("wagtailimages_chooser:choose"),
        reverse("wagtaildocs:index"),
        reverse("wagtaildocs_chooser:choose"),
        reverse("wagtailusers_users:index"),
        reverse("wagtailforms:index"),
        reverse("wagtailforms:list_submissions", args=(ContactPage.objects.order_by("pk").first().pk,)),
        reverse("wagtailadmin_reports:locked_pages"),
        reverse("wagtailadmin_reports:aging_pages"),
        reverse("wagtailadmin_reports:site_history"),
        reverse("wagtailsettings:edit", args=("kluby", "sitesettings")),
    ]
    for model in get_snippet_models():
        viewset = model.snippet_viewset
        expected += [reverse(viewset.get_url_name("list")), reverse(viewset.chooser_viewset.get_url_name("choose"))]
    assert [url for url in expected if url not in urls] == []
    assert urls[reverse("wagtailimages:index")] == reverse("wagtailimages:index_results")


@pytest.mark.parametrize("group_name", ["Editors", "Moderators"])
def test_no_admin_listing_fails_on_hostile_search_text(client, staff, group_name):
    client.force_login(staff(group_name))
    client.raise_request_exception = False  # collect every failure, not only the first
    modal = {"x-requested-with": "XMLHttpRequest"}
    failures, searched = [], set()
    for url, results_url in listing_urls().items():
        response = client.get(url, {"q": HOSTILE_QUERIES[0]}, headers=modal)
        if response.status_code >= 500:
            failures.append((url, HOSTILE_QUERIES[0]))
        # Refused to this group, or nothing to search: other queries would answer alike.
        if response.status_code != 200 or not offers_search(response):
            continue
        searched.add(url)
        for query in HOSTILE_QUERIES[1:]:
            response = client.get(results_url or url, {"q": query}, headers=modal)
            if response.status_code >= 500:
                failures.append((results_url or url, query))
    assert failures == []
    # The group sees the admin's main listings, so the walk exercised searches, not refusals.
    for name in ("wagtailadmin_pages:search", "wagtailimages:index", "wagtaildocs:index", "wagtailforms:index"):
        assert reverse(name) in searched
    assert reverse("wagtailsnippets_resources_glossaryterm:list") in searched


def test_admin_search_still_finds_snippets(admin_client):
    term = GlossaryTerm.objects.filter(locale__language_code="en").first()
    response = admin_client.get(reverse("wagtailsnippets_resources_glossaryterm:list"), {"q": term.term[:4]})
    assert response.status_code == 200
    assert term.term in response.content.decode()


def test_a_viewset_naming_search_fields_of_an_indexed_model_is_reported():
    assert check_admin_search_fields(None) == []

    class BrokenViewSet(SnippetViewSet):
        model = GlossaryTerm
        search_fields = ["term", "definition"]

    broken = BrokenViewSet()
    original = GlossaryTerm.snippet_viewset
    GlossaryTerm.snippet_viewset = broken
    try:
        errors = check_admin_search_fields(None)
    finally:
        GlossaryTerm.snippet_viewset = original
    assert [error.id for error in errors] == ["kluby.E001"]
    assert errors[0].level == checks.ERROR
