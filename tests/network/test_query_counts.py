"""SQL queries of the network page, the school, partner and collaboration indexes, a school
page and the open data do not grow with the number of schools (35, then 700)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ImageFactory
from tests.network.factories import PartnerPageFactory, SchoolPageFactory

pytestmark = pytest.mark.django_db

LEVELS = ("primary", "lower-secondary", "high-school", "vocational")
TOWNS = ("Cluj-Napoca", "Turda", "Dej", "Gherla", "Florești")


def add_schools(index, counties, themes, images, start, stop):
    theme_list = list(themes.values())
    for number in range(start, stop):
        SchoolPageFactory(
            parent=index,
            title=f"Bulk school {number:04d}",
            level=LEVELS[number % len(LEVELS)],
            town=TOWNS[number % len(TOWNS)],
            region=counties["cluj"],
            latitude=round(46.70 + (number % 40) / 400, 4),
            longitude=round(23.50 + (number % 70) / 400, 4),
            themes=theme_list[: 1 + number % len(theme_list)],
            listing_image=images[number % len(images)],
            coordinator_email=f"bulk{number}@example.org",
        )


def queries(client, url):
    client.get(url)  # the first visit renders the image renditions once
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context)


def test_query_counts_do_not_grow_with_schools(
    client, network, school_index, partner_index, collaboration_index, events, counties, themes, django_assert_max_num_queries
):
    images = ImageFactory.create_batch(3)
    add_schools(school_index, counties, themes, images, 0, 30)  # with the 5 of the fixture: 35
    for number in range(5):
        PartnerPageFactory(parent=partner_index, title=f"Bulk partner {number}")
    school = school_index.get_children().first().specific
    urls = {
        "network": network.url,
        "school index": school_index.url,
        "filtered school index": school_index.url + "?level=primary&theme=test-steam&town=Turda",
        "school index, page 2": school_index.url + "?page=2",
        "searched school index": school_index.url + "?q=bulk",
        "school": school.url,
        "partner index": partner_index.url,
        "collaboration index": collaboration_index.url + "?status=ongoing",
        "network map": f"/network-map/{network.pk}.geojson",
        "geojson": "/open-data/schools.geojson?language=ro",
        "csv": "/open-data/schools.csv?language=ro",
        "partners csv": "/open-data/partners.csv",
    }
    small = {name: queries(client, url) for name, url in urls.items()}

    add_schools(school_index, counties, themes, images, 30, 695)
    for number in range(5, 60):
        PartnerPageFactory(parent=partner_index, title=f"Bulk partner {number}")
    assert school_index.get_children().count() == 700
    for name, url in urls.items():
        client.get(url)
        with django_assert_max_num_queries(small[name], info=name):
            client.get(url)
