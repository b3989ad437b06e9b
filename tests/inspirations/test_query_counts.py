"""The index, the matcher and an inspiration page cost the same number of SQL queries for
10 as for 200 inspirations."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kluby.queries import forget_cached_structures

from .factories import InspirationPageFactory

pytestmark = pytest.mark.django_db

BUDGET = 35


def add_activities(index, items, start, stop):
    catalogue = list(items.values())
    for number in range(start, stop):
        InspirationPageFactory(
            parent=index,
            title=f"Bulk activity {number:03d}",
            duration_minutes=30 + number % 200,
            technology=bool(number % 2),
            arts=not number % 2,
            needs=[(catalogue[(number + offset) % len(catalogue)], offset == 2) for offset in range(3)],
        )


def queries(client, url):
    client.get(url)  # the first visit makes the image renditions once
    cache.clear()
    forget_cached_structures()
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context)


def test_query_counts_do_not_grow_with_inspirations(client, index, items, clubs, django_assert_max_num_queries):
    add_activities(index, items, 0, 10)
    first = index.get_children().first().specific
    urls = {
        "index": index.url,
        "filtered index": index.url + "?age=children-9-12&steam=arts&equipment=test-laptop&sort=shortest",
        "matcher": index.url + "matcher/?equipment=test-printer&equipment=test-laptop",
        "matcher with a club": index.url + f"matcher/?club={clubs['near'].pk}",
        "matcher with a club's name": index.url + "matcher/?club=near+club",
        "matcher offering clubs of a town": index.url + "matcher/?club=Nearby&equipment=test-pen",
        "matcher, second page": index.url + "matcher/?page=2",
        "inspiration": first.url,
        "inspiration near a town": first.url + "?town=Nearby",
    }
    small = {name: queries(client, url) for name, url in urls.items()}
    add_activities(index, items, 10, 200)
    large = {name: queries(client, url) for name, url in urls.items()}
    assert large == small
    for url in urls.values():
        with django_assert_max_num_queries(BUDGET):
            cache.clear()
            forget_cached_structures()
            client.get(url)
    print("queries with cold caches:", small)
