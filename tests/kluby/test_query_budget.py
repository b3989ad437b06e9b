"""SQL query budgets: every shared page type stays under 15 queries, and listings do not
grow with the number of items."""

import datetime

import pytest
from wagtail.models import Page, get_page_models

from tests.factories import ImageFactory
from tests.kluby.factories import NewsArticlePageFactory

pytestmark = pytest.mark.django_db
QUERY_BUDGET = 15


def demo_pages_of_every_type():
    """One live page of every page type in each of its languages, from the demo content."""
    pages = []
    for model in get_page_models():
        if model is Page:
            continue
        for language in ("pl", "ro", "en"):
            page = model.objects.live().filter(locale__language_code=language).order_by("path").first()
            if page is not None:
                pages.append(page)
    return pages


@pytest.mark.demo  # the demo's pages, with their images, bodies and listings, are the realistic load
def test_every_page_type_stays_within_budget(client, settings, django_assert_max_num_queries):
    settings.PAGE_CACHE_SECONDS = 0  # every request renders the page
    pages = demo_pages_of_every_type()
    assert {type(page) for page in pages} == set(get_page_models()) - {Page}
    for page in pages:
        client.get(page.url)  # the first view makes image renditions; later views reuse them
        with django_assert_max_num_queries(QUERY_BUDGET, info=f"{type(page).__name__} {page.url}"):
            assert client.get(page.url).status_code == 200


def add_articles(index, count):
    image = ImageFactory()
    for number in range(count):
        article = NewsArticlePageFactory(
            parent=index,
            title=f"Wiadomość {number}",
            date=datetime.date(2024, 1, 1) + datetime.timedelta(days=number),
            lead="Krótki opis.",
            listing_image=image,
            tags=["test"],
        )
        article.save_revision().publish()


def count_queries(client, url, django_assert_max_num_queries):
    client.get(url)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_news_listing_queries_do_not_grow_with_articles(client, site_pages, django_assert_max_num_queries):
    index = site_pages["news"]["pl"]
    add_articles(index, 10)
    with_ten = count_queries(client, index.url + "?page=2", django_assert_max_num_queries)
    add_articles(index, 190)
    with_two_hundred = count_queries(client, index.url + "?page=2", django_assert_max_num_queries)
    assert with_two_hundred == with_ten
    assert with_two_hundred <= QUERY_BUDGET


def test_search_queries_do_not_grow_with_results(client, site_pages, django_assert_max_num_queries):
    index = site_pages["news"]["pl"]
    add_articles(index, 10)
    with_ten = count_queries(client, "/pl/search/?q=Wiadomość", django_assert_max_num_queries)
    add_articles(index, 100)
    with_more = count_queries(client, "/pl/search/?q=Wiadomość", django_assert_max_num_queries)
    assert with_more == with_ten
    assert with_more <= QUERY_BUDGET
