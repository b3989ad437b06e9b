"""Property-based checks: whatever a visitor types into a query string or a form, the site
answers without a server error, never reflects markup unescaped and never half-saves."""

import pytest
from django.utils.http import urlencode
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.contrib.forms.models import FormSubmission

from kluby.models import ContactPage, NewsIndexPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_pages")]

MARKUP = "<script>alert(1)</script>"
hostile_text = st.one_of(
    st.text(max_size=60),
    st.sampled_from(
        [
            "zażółć gęślą jaźń",
            "ȘCOALĂ ȚĂRĂNEASCĂ în Cluj",
            "szkola w lodzi",
            "' OR 1=1 --",
            "\"; DROP TABLE wagtailcore_page; --",
            MARKUP,
            "<img src=x onerror=alert(1)>",
            "\x00",
            "a\x00b",
            "x" * 10_000,
            "%00%ff",
            "-1",
            "0",
            "99999999999999999999",
            "1e9",
            "",
        ]
    ),
)
PROPERTY_SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def assert_safe(response):
    assert response.status_code < 500
    body = response.content.decode("utf-8", errors="replace")
    assert MARKUP not in body
    assert "<img src=x onerror" not in body


@PROPERTY_SETTINGS
@given(query=hostile_text, page=hostile_text, language=st.sampled_from(["pl", "ro", "en"]))
def test_search_never_fails(client, query, page, language):
    assert_safe(client.get(f"/{language}/search/?" + urlencode({"q": query, "page": page})))


@PROPERTY_SETTINGS
@given(tag=hostile_text, page=hostile_text)
def test_news_index_never_fails(client, tag, page):
    index = NewsIndexPage.objects.live().first()
    assert_safe(client.get(index.url + "?" + urlencode({"tag": tag, "page": page})))


@pytest.mark.parametrize("raw", [b"q=%ff%fe%fd", b"q=\xff\xfe", b"page=%C0%AF", b"q=%00&page=%00"])
def test_invalid_utf8_in_the_query_string_is_harmless(client, raw):
    for path in ("/pl/search/", NewsIndexPage.objects.live().first().url):
        response = client.get(path, QUERY_STRING=raw.decode("latin-1"))
        assert response.status_code == 200


@PROPERTY_SETTINGS
@given(values=st.lists(hostile_text, min_size=5, max_size=5))
def test_contact_form_saves_whole_submissions_or_nothing(client, values):
    page = ContactPage.objects.live().get(locale__language_code="pl")
    fields = list(page.get_form_fields())
    data = {field.clean_name: value for field, value in zip(fields, values, strict=False)}
    before = FormSubmission.objects.filter(page=page).count()
    response = client.post(page.url, data)
    assert_safe(response)
    after = FormSubmission.objects.filter(page=page).count()
    form = page.get_form(data, page=page, user=None)
    assert after == before + (1 if form.is_valid() else 0)
