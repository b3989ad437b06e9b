"""Open data: schools as GeoJSON and CSV, partners as CSV, read back with the json and csv
modules; listed on the open data page; never the coordinators' e-mail addresses."""

import csv
import io
import json

import pytest

from network.views import PARTNER_COLUMNS, SCHOOL_COLUMNS
from tests.network.conftest import soup

pytestmark = pytest.mark.django_db


def rows(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8"))))


def test_schools_geojson_is_a_feature_collection_with_lon_lat(client, schools):
    response = client.get("/open-data/schools.geojson")
    assert response["Content-Type"].startswith("application/geo+json")
    data = json.loads(response.content)
    assert data["type"] == "FeatureCollection"
    assert len(data["features"]) == 5
    feature = next(f for f in data["features"] if f["properties"]["name"] == "Alpha lower secondary")
    assert feature["geometry"] == {"type": "Point", "coordinates": [23.6, 46.77]}
    properties = feature["properties"]
    assert properties["language"] == "ro" and properties["network"] == "Test Cluj network"
    assert properties["county"] == "Cluj" and properties["country"] == "RO"
    assert properties["themes"] == ["test-steam", "test-arts"]
    assert properties["sample_data"] is True
    assert properties["url"].startswith("http")


def test_no_coordinator_address_in_any_file(client, schools):
    for url in ("/open-data/schools.geojson", "/open-data/schools.csv", "/open-data/partners.csv"):
        content = client.get(url).content.decode()
        assert "@example.org" not in content, url
        assert "coordinator" not in content, url


def test_schools_csv_has_its_columns_and_the_filters_of_the_index(client, schools):
    data = rows(client.get("/open-data/schools.csv?language=ro&level=high-school"))
    assert list(data[0]) == SCHOOL_COLUMNS
    assert [row["name"] for row in data] == ["Beta high school", "Delta high school"]
    assert data[0]["level"] == "high-school" and data[0]["pupils"] == "500" and data[0]["sample_data"] == "yes"
    assert rows(client.get("/open-data/schools.csv?language=en")) == []
    assert len(rows(client.get("/open-data/schools.csv?level=nonsense"))) == 5


def test_partners_csv(client, partners):
    data = rows(client.get("/open-data/partners.csv"))
    assert list(data[0]) == PARTNER_COLUMNS
    assert sorted(row["name"] for row in data) == sorted(partners)
    museum = next(row for row in data if row["name"] == "Museum partner")
    assert museum["type"] == "cultural" and museum["website"] == "https://museum.example.org/"


def test_a_formula_is_not_run_by_a_spreadsheet(client, school_index):
    from tests.network.factories import SchoolPageFactory

    SchoolPageFactory(parent=school_index, title="=HYPERLINK(1)")
    data = rows(client.get("/open-data/schools.csv"))
    assert data[0]["name"] == "'=HYPERLINK(1)"


def test_the_open_data_page_lists_the_network_files(client, homes):
    page = soup(client.get("/en/open-data/"))
    links = {link["href"] for link in page.select("a[href]")}
    assert {"/open-data/schools.geojson", "/open-data/schools.csv", "/open-data/partners.csv"} <= links
