"""The public API answers every request with JSON: results, or a 4xx with a message; never a
server error, never a redirect into the HTML site."""

import string
from urllib.parse import urlencode, urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from kluby import api
from kluby.models import StandardPage

ENDPOINTS = ("pages", "images", "documents")
COMMON_PARAMETERS = ("search", "search_operator", "offset", "limit", "order", "fields", "title", "id")
PARAMETERS = {
    "pages": COMMON_PARAMETERS
    + ("type", "child_of", "descendant_of", "ancestor_of", "translation_of", "locale", "slug", "show_in_menus"),
    "images": COMMON_PARAMETERS + ("tags",),
    "documents": COMMON_PARAMETERS + ("tags",),
}
HOSTILE_VALUES = ["\u00b2", '"', 'a"b', "\x00", " ", "<b>bold</b>", "99999999999999999999", "-1", "xyz", "*", "'; --"]

# Text a client might send: anything printable, quotes, NUL and other control characters,
# and numbers of every size written out.
values = st.one_of(
    st.text(alphabet=string.printable + "\x00\u0142\u0103\u200b\u00b2\u0663", max_size=30),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.sampled_from(HOSTILE_VALUES),
)

HYPOTHESIS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def api_content(home):
    """A published page, an image and a document for the endpoints to find."""
    page = StandardPage(title="Drukarka 3D w bibliotece", slug="drukarka-3d-w-bibliotece")
    home.add_child(instance=page)
    page.save_revision().publish()
    image = get_image_model().objects.create(
        title="Pracownia", file=get_test_image_file(), description="Stoły i drukarka 3D w pracowni"
    )
    document = get_document_model().objects.create(title="Regulamin pracowni", file=get_test_image_file("regulamin.txt"))
    return {"page": page, "image": image, "document": document}


def assert_json_answer(response):
    """A result, a redirect within the API, or a client error with a JSON message."""
    assert response.status_code < 500, response.content[:300]
    if 300 <= response.status_code < 400:
        assert urlsplit(response["Location"]).path.startswith("/api/v2/"), response["Location"]
        return
    assert response["Content-Type"].startswith("application/json"), response["Content-Type"]
    if response.status_code >= 400:
        assert response.json()["message"]


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize("value", HOSTILE_VALUES)
def test_hostile_searches_are_answered_in_json(client, api_content, endpoint, value):
    response = client.get(f"/api/v2/{endpoint}/", {"search": value})
    assert_json_answer(response)


@pytest.mark.parametrize(
    "query, message",
    [
        ({"search": "druk", "search_operator": "xyz"}, "search_operator must be 'and' or 'or'"),
        ({"offset": "99999999999999999999"}, "offset must be at most"),
        ({"child_of": "99999999999999999999"}, "child_of must be at most"),
        ({"search": "a\x00b"}, "search must not contain a NUL character"),
    ],
)
def test_values_the_database_cannot_take_are_a_400_that_says_why(client, api_content, query, message):
    response = client.get("/api/v2/pages/", query)
    assert response.status_code == 400
    assert message in response.json()["message"]


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@given(query=st.dictionaries(st.sampled_from(PARAMETERS["pages"] + ("tags",)), values, min_size=1, max_size=3))
@HYPOTHESIS
def test_any_parameters_get_a_json_answer(client, api_content, endpoint, query):
    query = {name: value for name, value in query.items() if name in PARAMETERS[endpoint]}
    response = client.get(f"/api/v2/{endpoint}/?{urlencode(query)}")
    assert_json_answer(response)


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@given(identifier=values)
@example(identifier="999999")
@example(identifier="99999999999999999999")
@example(identifier="abc")
@HYPOTHESIS
def test_any_detail_or_find_address_gets_a_json_answer(client, api_content, endpoint, identifier):
    assert_json_answer(client.get(f"/api/v2/{endpoint}/{identifier}/".replace("//", "/x/")))
    assert_json_answer(client.get(f"/api/v2/{endpoint}/find/?{urlencode({'id': identifier})}"))
    if endpoint == "pages":
        assert_json_answer(client.get(f"/api/v2/pages/find/?{urlencode({'html_path': identifier})}"))


@pytest.mark.parametrize(
    "path",
    ["/api/v2/pages/999999/", "/api/v2/pages/abc/", "/api/v2/pages/?locale=xx", "/api/v2/nonexistent/", "/api/"],
)
def test_not_found_in_the_api_is_a_json_404_at_the_same_address(client, api_content, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["message"]


def test_find_takes_a_pages_public_address_with_its_language(client, api_content):
    page = api_content["page"]
    response = client.get("/api/v2/pages/find/", {"html_path": page.url})
    assert page.url.startswith("/pl/")
    assert response.status_code == 302
    assert urlsplit(response["Location"]).path == f"/api/v2/pages/{page.pk}/"
    assert client.get("/api/v2/pages/find/", {"html_path": "/pl/no-such-page/"}).status_code == 404
    assert client.get("/api/v2/pages/find/", {"html_path": "/xx/"}).status_code == 404


def test_image_and_document_download_urls_are_absolute(client, api_content):
    image = client.get(f"/api/v2/images/{api_content['image'].pk}/").json()
    document = client.get(f"/api/v2/documents/{api_content['document'].pk}/").json()
    for address in (image["meta"]["download_url"], document["meta"]["download_url"]):
        assert urlsplit(address).scheme in ("http", "https") and urlsplit(address).netloc, address
    assert urlsplit(image["meta"]["download_url"]).path == api_content["image"].file.url


def test_a_server_error_in_the_api_is_json_too(client, api_content, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(api.PortalPagesAPIViewSet, "listing_view", broken)
    client.raise_request_exception = False
    response = client.get("/api/v2/pages/")
    assert response.status_code == 500
    assert response.json() == {"message": "server error"}


@pytest.mark.parametrize("query", ["", "&type=kluby.StandardPage"])
def test_the_page_listing_costs_the_same_queries_for_3_pages_or_30(client, home, query, settings):
    settings.PAGE_CACHE_SECONDS = 0  # every request is answered by the API itself
    def publish(number):
        page = home.add_child(instance=StandardPage(title=f"Strona {number}", slug=f"strona-{number}"))
        page.save_revision().publish()

    def listing_queries():
        with CaptureQueriesContext(connection) as context:
            response = client.get(f"/api/v2/pages/?limit=50{query}")
        assert response.status_code == 200
        return len(response.json()["items"]), len(context.captured_queries)

    for number in range(3):
        publish(number)
    client.get("/api/v2/pages/?limit=50")  # caches warmed (sites, restrictions)
    few_items, few = listing_queries()
    for number in range(3, 30):
        publish(number)
    many_items, many = listing_queries()
    assert many_items == few_items + 27
    assert many == few, f"{few} queries for {few_items} pages, {many} for {many_items}"
