"""SQL queries of the club index, a club page, an item page and the open data do not grow
with the number of clubs or equipment items."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.clubs.factories import ClubPageFactory, EquipmentItemFactory
from tests.factories import ImageFactory

pytestmark = pytest.mark.django_db


def add_items(category, start, stop):
    return [
        EquipmentItemFactory(locale=category.locale, slug=f"bulk-item-{number}", name=f"Bulk item {number}", category=category)
        for number in range(start, stop)
    ]


def add_clubs(index, regions, age_groups, items, images, start, stop):
    region_list = list(regions.values())
    for number in range(start, stop):
        ClubPageFactory(
            parent=index,
            title=f"Bulk club {number:03d}",
            region=region_list[number % len(region_list)],
            latitude=50 + (number % 40) / 10,
            longitude=16 + (number % 70) / 10,
            age_groups=[age_groups[slug] for slug in (["adults", "teens-13-17"] if number % 2 else ["seniors"])],
            equipment=[(items[(number + offset) % len(items)], offset + 1) for offset in range(5)],
            listing_image=images[number % len(images)],
        )


def queries(client, url):
    client.get(url)  # the first visit renders the image renditions once
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context)


def test_query_counts_do_not_grow_with_clubs_and_equipment(
    client, club_index, regions, age_groups, catalogue, django_assert_max_num_queries
):
    images = ImageFactory.create_batch(3)
    category = next(iter(catalogue.values())).category
    items = list(catalogue.values()) + add_items(category, 0, 7)
    add_clubs(club_index, regions, age_groups, items, images, 0, 10)
    first_club = club_index.get_children().first().specific
    urls = {
        "index": club_index.url,
        "filtered index": club_index.url + "?region=test-north&equipment=test-printer&audience=adults",
        "club": first_club.url,
        "item": club_index.url + "equipment/test-printer/",
        "catalogue": club_index.url + "equipment/",
        "geojson": "/open-data/clubs.geojson?language=pl",
        "csv": "/open-data/clubs.csv?language=pl",
    }
    small = {name: queries(client, url) for name, url in urls.items()}

    items += add_items(category, 7, 60)
    add_clubs(club_index, regions, age_groups, items, images, 10, 200)
    assert club_index.get_children().count() == 200
    for name, url in urls.items():
        client.get(url)
        with django_assert_max_num_queries(small[name], info=name):
            client.get(url)
