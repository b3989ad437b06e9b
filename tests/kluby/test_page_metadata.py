"""What every page the sitemap lists says about itself in its <head>, checked against the
sitemap: one canonical address (its sitemap address), the sitemap's hreflang alternates and an
x-default (each alternate naming the same set back), its language on <html>, and a title and
a description of its own. Each page is rendered once for the whole module."""

from collections import defaultdict
from dataclasses import dataclass, field
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.test import Client

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
HOST = "http://testserver"
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]

# The walk over the sitemap checks the demo content: every page of every type it has.
pytestmark = pytest.mark.demo


@dataclass
class ListedPage:
    """One <url> of the sitemap and what its page's <head> says."""

    address: str
    language: str
    sitemap_alternates: dict
    status: int = 0
    html_lang: str | None = None
    canonicals: list = field(default_factory=list)
    alternates: list = field(default_factory=list)  # (hreflang, href) pairs, repeats kept
    title: str | None = None
    descriptions: list = field(default_factory=list)


def read_sitemap(client):
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    pages = []
    for section in ElementTree.fromstring(index.content).iterfind("s:sitemap/s:loc", SITEMAP_NS):
        response = client.get(section.text.removeprefix(HOST))
        assert response.status_code == 200, section.text
        for url in ElementTree.fromstring(response.content).iterfind("s:url", SITEMAP_NS):
            address = url.findtext("s:loc", namespaces=SITEMAP_NS)
            alternates = {link.get("hreflang"): link.get("href") for link in url.iterfind("x:link", SITEMAP_NS)}
            # Every address starts with its language's prefix (i18n_patterns).
            language = address.removeprefix(HOST).split("/")[1]
            pages.append(ListedPage(address, language, alternates))
    return pages


def read_head(page, response):
    page.status = response.status_code
    # Only the document up to its </head> is parsed: a fifth of the time of the whole page.
    soup = BeautifulSoup(response.content.split(b"</head>", 1)[0], "html.parser")
    page.html_lang = soup.html.get("lang") if soup.html else None
    head = soup.head
    page.canonicals = [link.get("href") for link in head.find_all("link", rel="canonical")]
    page.alternates = [(link.get("hreflang"), link.get("href")) for link in head.find_all("link", rel="alternate") if link.get("hreflang")]
    page.title = " ".join(head.title.get_text().split()) if head.title else None
    page.descriptions = [meta.get("content", "") for meta in head.find_all("meta", attrs={"name": "description"})]


@pytest.fixture(scope="module")
def listed_pages(django_db_setup, django_db_blocker):
    """Every page of the sitemap, rendered once; whatever rendering writes is rolled back."""
    cache.clear()  # nothing that an earlier test's rolled-back data left in the cache
    with django_db_blocker.unblock(), transaction.atomic():
        client = Client()
        pages = read_sitemap(client)
        for page in pages:
            read_head(page, client.get(page.address.removeprefix(HOST)))
        transaction.set_rollback(True)
    return pages


def assert_no_page_has(pages, problem):
    """Fails with one line per page for which `problem(page)` says something."""
    found = [f"{page.address}: {message}" for page in pages if (message := problem(page))]
    if found:
        pytest.fail(f"{len(found)} of {len(pages)} pages:\n" + "\n".join(found[:25]), pytrace=False)


def test_the_sitemap_lists_every_page_once_and_each_answers(listed_pages):
    addresses = [page.address for page in listed_pages]
    assert len(addresses) == len(set(addresses))
    assert_no_page_has(listed_pages, lambda page: page.status != 200 and f"status {page.status}")


def test_the_sitemap_lists_the_open_data_page_and_every_glossary_in_each_language(listed_pages, db):
    from resources.models import GlossaryPage

    addresses = {page.address for page in listed_pages}
    assert {f"{HOST}/{code}/open-data/" for code in LANGUAGE_CODES} <= addresses
    glossaries = GlossaryPage.objects.live().public()
    assert {glossary.locale.language_code for glossary in glossaries} == set(LANGUAGE_CODES)
    assert {glossary.get_full_url() for glossary in glossaries} <= addresses


def test_search_stays_out_of_the_sitemap(listed_pages):
    assert not [page.address for page in listed_pages if "/search/" in page.address]


def test_each_page_has_one_canonical_address_its_sitemap_address(listed_pages):
    assert_no_page_has(listed_pages, lambda page: page.canonicals != [page.address] and f"canonical {page.canonicals}")


def test_html_lang_is_the_language_of_the_page(listed_pages):
    assert_no_page_has(listed_pages, lambda page: page.html_lang != page.language and f"lang={page.html_lang!r}")


def test_each_page_names_the_same_alternates_as_the_sitemap(listed_pages):
    def problem(page):
        hreflangs = [hreflang for hreflang, _href in page.alternates]
        if len(hreflangs) != len(set(hreflangs)):
            return f"repeated hreflang in {hreflangs}"
        if dict(page.alternates) != page.sitemap_alternates:
            return f"page says {dict(page.alternates)}, sitemap says {page.sitemap_alternates}"
        return None

    assert_no_page_has(listed_pages, problem)


def test_every_alternate_is_a_listed_page_that_names_the_same_alternates(listed_pages):
    by_address = {page.address: page for page in listed_pages}

    def problem(page):
        if page.sitemap_alternates.get(page.language) != page.address:
            return f"its own language is missing from its alternates {page.sitemap_alternates}"
        for language, address in page.sitemap_alternates.items():
            if language == "x-default":
                continue
            other = by_address.get(address)
            if other is None:
                return f"alternate {language} {address} is not in the sitemap"
            if other.language != language:
                return f"alternate {language} {address} is a page in {other.language}"
            if other.sitemap_alternates != page.sitemap_alternates or dict(other.alternates) != dict(page.alternates):
                return f"alternate {address} names other alternates: {dict(other.alternates)}"
        return None

    assert_no_page_has(listed_pages, problem)


def test_x_default_is_the_version_in_the_default_language_or_else_the_first_there_is(listed_pages):
    def problem(page):
        versions = {code: address for code, address in page.sitemap_alternates.items() if code != "x-default"}
        first = next((versions[code] for code in [settings.LANGUAGE_CODE, *LANGUAGE_CODES] if code in versions), None)
        x_default = dict(page.alternates).get("x-default")
        return x_default != first and f"x-default {x_default}, expected {first}"

    assert_no_page_has(listed_pages, problem)


def shared_within_language(pages, value):
    """A problem function: which other pages of the same language have the same `value`."""
    holders = defaultdict(list)
    for page in pages:
        holders[page.language, value(page)].append(page.address)

    def problem(page):
        others = [address for address in holders[page.language, value(page)] if address != page.address]
        return others and f"{value(page)!r} also on {others[:3]}"

    return problem


def test_titles_are_unique_within_each_language(listed_pages):
    assert_no_page_has(listed_pages, lambda page: not page.title and "no <title>")
    assert_no_page_has(listed_pages, shared_within_language(listed_pages, lambda page: page.title))


def test_translations_of_a_page_have_titles_that_tell_the_languages_apart(listed_pages):
    titles = {page.address: page.title for page in listed_pages}

    def problem(page):
        same = [
            address
            for language, address in page.sitemap_alternates.items()
            if language not in ("x-default", page.language) and titles.get(address) == page.title
        ]
        return same and f"same title {page.title!r} as {same}"

    assert_no_page_has(listed_pages, problem)


def test_each_page_has_one_description_unique_within_its_language(listed_pages):
    assert_no_page_has(
        listed_pages,
        lambda page: (len(page.descriptions) != 1 or not page.descriptions[0].strip()) and f"descriptions {page.descriptions}",
    )
    assert_no_page_has(listed_pages, shared_within_language(listed_pages, lambda page: page.descriptions[0][:80]))


def description(client, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return [meta["content"] for meta in soup.head.find_all("meta", attrs={"name": "description"})]


@pytest.mark.django_db
@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_search_and_open_data_have_descriptions_of_their_own(client, homes, code):
    from kluby.models import StandardPage

    # What the site says of a page that says nothing of itself.
    bare = StandardPage(title="Bare page", slug="bare-page")
    homes[code].add_child(instance=bare)
    bare.save_revision().publish()
    site_default = description(client, bare.url)
    search = description(client, f"/{code}/search/")
    open_data = description(client, f"/{code}/open-data/")
    assert len(search) == len(open_data) == len(site_default) == 1
    assert len({search[0], open_data[0], site_default[0]}) == 3
