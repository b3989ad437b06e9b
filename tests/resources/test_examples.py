"""Examples from the world: the list with its filters and counts, the map data, a page."""

import re

import pytest

from resources.models import ExampleIndexPage, ExamplePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def examples_index(locales):
    return ExampleIndexPage.objects.live().get(locale=locales["en"])


def example_titles(response):
    return re.findall(r'class="card__title"><a href="[^"]*">([^<]+)</a>', response.content.decode())


def test_the_index_lists_real_examples_in_pages_of_twelve(client, examples_index):
    examples = ExamplePage.objects.child_of(examples_index).live()
    assert examples.count() >= 12
    response = client.get(examples_index.url)
    html = response.content.decode()
    assert f"{examples.count()} examples" in html
    assert len(example_titles(response)) == min(12, examples.count())


def test_filter_by_country_and_model_alone_and_combined(client, examples_index):
    examples = ExamplePage.objects.child_of(examples_index).live()
    us = set(examples.filter(country_code="US").values_list("title", flat=True))
    fab_labs = set(examples.filter(model="fab-lab").values_list("title", flat=True))
    assert len(us) >= 2 and fab_labs
    assert set(example_titles(client.get(f"{examples_index.url}?country=US"))) == us
    assert set(example_titles(client.get(f"{examples_index.url}?model=fab-lab"))) == fab_labs
    both = client.get(f"{examples_index.url}?country=US&model=fab-lab")
    assert set(example_titles(both)) == us & fab_labs
    html = both.content.decode()
    # Counts of the country filter take the chosen model into account.
    us_fab_labs = examples.filter(country_code="US", model="fab-lab").count()
    assert f'<option value="US" selected>United States ({us_fab_labs})</option>' in html


def test_unknown_country_is_ignored_with_a_message(client, examples_index):
    response = client.get(f"{examples_index.url}?country=XX&model=%00")
    html = response.content.decode()
    assert response.status_code == 200
    assert "“XX” is not a known value for “Country”" in html
    assert len(example_titles(response)) == 12


def test_the_map_reads_geojson_of_the_filtered_examples(client, examples_index):
    html = client.get(f"{examples_index.url}?model=mobile").content.decode()
    url = f"{examples_index.url}geojson/?model=mobile"
    assert f'data-map data-geojson="{url}"' in html
    assert "js/map.js" in html
    response = client.get(url)
    assert response["Content-Type"] == "application/geo+json"
    data = response.json()
    mobile = ExamplePage.objects.child_of(examples_index).live().filter(model="mobile")
    assert data["type"] == "FeatureCollection"
    assert {feature["properties"]["name"] for feature in data["features"]} == set(mobile.values_list("title", flat=True))
    frysklab = next(f for f in data["features"] if "FryskLab" in f["properties"]["name"])
    longitude, latitude = frysklab["geometry"]["coordinates"]
    assert 53 < latitude < 54 and 5 < longitude < 6


def test_an_example_page_shows_its_facts(client, examples_index):
    example = ExamplePage.objects.child_of(examples_index).live().get(country_code="FI")
    html = client.get(example.url).content.decode()
    for fact in (example.institution, example.city, "Finland", str(example.opened), example.get_model_display()):
        assert fact in html
    assert f'href="{examples_index.url}?country=FI"' in html
    assert example.website and f'href="{example.website}"' in html


def test_the_number_of_queries_does_not_grow_with_the_number_of_examples(
    client, examples_index, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count(url):
        client.get(url)  # renditions are made on the first view
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    url = f"{examples_index.url}?page=2"
    source = ExamplePage.objects.child_of(examples_index).live().first()
    with_twenty = count(url)
    for number in range(180):
        copied = {"name", "institution", "city", "country_code", "country", "latitude", "longitude", "model",
                  "opened", "lead", "listing_image"}
        fields = {name: getattr(source, name) for name in copied}
        examples_index.add_child(instance=ExamplePage(title=f"Copy {number}", slug=f"copy-{number}", **fields))
    assert ExamplePage.objects.child_of(examples_index).live().count() >= 200
    client.get(url)
    with django_assert_max_num_queries(with_twenty):
        assert client.get(url).status_code == 200
    assert with_twenty <= 15
