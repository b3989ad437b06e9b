"""Examples from the world: the list with its filters and counts, the map data, a page."""

import pytest
from bs4 import BeautifulSoup

from resources.models import ExamplePage
from tests.factories import ImageFactory
from tests.resources.factories import ExampleIndexPageFactory, ExamplePageFactory

pytestmark = pytest.mark.django_db

EXAMPLES = [
    # title, country code, country, model, latitude, longitude
    ("FryskLab", "NL", "Netherlands", "mobile", 53.2, 5.8),
    ("Maker Bus", "GB", "United Kingdom", "mobile", 51.5, -0.1),
    ("4th Floor", "US", "United States", "makerspace", 35.05, -85.31),
    ("Fayetteville Fab Lab", "US", "United States", "fab-lab", 43.03, -76.0),
    ("YOUmedia", "US", "United States", "media-lab", 41.88, -87.63),
    ("Oodi Urban Workshop", "FI", "Finland", "makerspace", 60.17, 24.94),
    ("Dokk1 Lab", "DK", "Denmark", "makerspace", 56.15, 10.21),
    ("Fab Lab Barcelona Library", "ES", "Spain", "fab-lab", 41.39, 2.17),
    ("Stadtbibliothek Makerspace", "DE", "Germany", "makerspace", 48.78, 9.18),
    ("Médiathèque Lab", "FR", "France", "media-lab", 48.86, 2.35),
    ("Biblioteca Creativa", "IT", "Italy", "makerspace", 45.46, 9.19),
    ("Openbare Bibliotheek Lab", "BE", "Belgium", "makerspace", 50.85, 4.35),
    ("Tallinn Library Lab", "EE", "Estonia", "media-lab", 59.44, 24.75),
    ("Cluj Library Hub", "RO", "Romania", "makerspace", 46.77, 23.59),
]


@pytest.fixture
def examples_index(homes):
    index = ExampleIndexPageFactory(parent=homes["en"])
    for title, code, country, model, latitude, longitude in EXAMPLES:
        ExamplePageFactory(
            parent=index,
            title=title,
            country_code=code,
            country=country,
            model=model,
            latitude=latitude,
            longitude=longitude,
            opened=2018,
            website=f"https://example.org/{code.lower()}/",
        )
    return index


def example_titles(response):
    return [link.get_text() for link in BeautifulSoup(response.content, "html.parser").select(".card__title > a")]


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
    assert f'href="{example.website}"' in html


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
    source.listing_image = ImageFactory()
    with_a_few = count(url)
    for number in range(200 - len(EXAMPLES)):
        copied = {"name", "institution", "city", "country_code", "country", "latitude", "longitude", "model",
                  "opened", "lead", "listing_image"}
        fields = {name: getattr(source, name) for name in copied}
        examples_index.add_child(instance=ExamplePage(title=f"Copy {number}", slug=f"copy-{number}", **fields))
    assert ExamplePage.objects.child_of(examples_index).live().count() >= 200
    client.get(url)
    with django_assert_max_num_queries(with_a_few):
        assert client.get(url).status_code == 200
    assert with_a_few <= 15
