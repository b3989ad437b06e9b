"""Open data: the GeoJSON and CSV of every published club, and the open data page."""

import csv
import io
import json

import pytest

from clubs.models import ClubPage
from tests.clubs.factories import (
    ClubIndexPageFactory,
    ClubPageFactory,
    EquipmentItemFactory,
    RegionFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def oswiecim(homes, locales):
    """A club with an item of equipment, in the language `code`."""

    def make(code, title, region, item):
        index = ClubIndexPageFactory(parent=homes[code])
        return ClubPageFactory(
            parent=index,
            title=title,
            town="Oświęcim",
            region=RegionFactory(locale=locales[code], slug="malopolskie", name=region),
            latitude=50.038,
            longitude=19.221,
            equipment=[(EquipmentItemFactory(locale=locales[code], slug="3d-printer-fdm", name=item), 2)],
            sample_note="Opening hours.",
        )

    return make


def geojson(client, query=""):
    response = client.get("/open-data/clubs.geojson" + query)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/geo+json")
    return json.loads(response.content)


def csv_rows(client, query=""):
    response = client.get("/open-data/clubs.csv" + query)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8"), newline="")))


def test_geojson_is_a_feature_collection_of_every_published_club(client, clubs):
    data = geojson(client)
    assert data["type"] == "FeatureCollection"
    live = ClubPage.objects.live().public()
    assert len(data["features"]) == live.count() == len(clubs)
    for feature in data["features"]:
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] == "Point"
        longitude, latitude = feature["geometry"]["coordinates"]
        # [longitude, latitude] in that order: Polish clubs lie around 14-24 E, 49-55 N.
        assert 14 <= longitude <= 24.2 and 49 <= latitude <= 55
        properties = feature["properties"]
        for key in ("name", "url", "region", "model", "equipment", "status"):
            assert key in properties
        assert properties["url"].startswith("http://testserver/")
        assert isinstance(properties["equipment"], list)
    statuses = {feature["properties"]["status"] for feature in data["features"]}
    assert "closed" in statuses  # closed clubs are published data too


def test_geojson_feature_matches_the_club(client, oswiecim):
    club = oswiecim("en", "Creativity Club in Oświęcim", "Lesser Poland", "FDM 3D printer")
    data = geojson(client, "?language=en")
    feature = next(f for f in data["features"] if f["properties"]["name"] == club.title)
    assert feature["geometry"]["coordinates"] == [float(club.longitude), float(club.latitude)]
    assert feature["properties"]["region"] == "Lesser Poland"
    assert feature["properties"]["model"] == club.organisational_model
    assert "FDM 3D printer" in feature["properties"]["equipment"]
    assert client.get(feature["properties"]["url"]).status_code == 200
    assert {f["properties"]["language"] for f in data["features"]} == {"en"}


def test_geojson_follows_the_index_filters(client, clubs):
    data = geojson(client, "?language=pl&region=test-north&status=active")
    assert sorted(f["properties"]["name"] for f in data["features"]) == ["Alpha club", "Bravo club"]


def test_unpublished_clubs_are_not_published_as_data(client, club_index, regions):
    ClubPageFactory(parent=club_index, title="Secret draft club", region=regions["test-north"], live=False)
    assert "Secret draft club" not in json.dumps(geojson(client))
    assert all(row["name"] != "Secret draft club" for row in csv_rows(client))


def test_csv_has_one_row_per_club_with_the_same_facts(client, clubs, oswiecim):
    oswiecim("pl", "Klub Kreatywności w Oświęcimiu", "małopolskie", "Drukarka 3D FDM")
    rows = csv_rows(client)
    assert len(rows) == ClubPage.objects.live().public().count()
    row = next(r for r in rows if r["name"] == "Klub Kreatywności w Oświęcimiu")
    assert row["language"] == "pl"
    assert row["region"] == "małopolskie"
    assert row["country"] == "PL"
    assert float(row["latitude"]) == pytest.approx(50.038)
    assert float(row["longitude"]) == pytest.approx(19.221)
    assert "Drukarka 3D FDM (2)" in row["equipment"]
    assert row["sample_data"] == "yes"


def test_csv_escapes_commas_quotes_and_newlines(client, club_index, regions):
    awkward = 'Biblioteka "Pod Lipą", filia nr 2\nparter; wejście od podwórza'
    ClubPageFactory(parent=club_index, title='Klub "Zębatka", Łódź', region=regions["test-north"],
        library=awkward,
        street="ul. Długa 1, lok. 2",
    )
    response = client.get("/open-data/clubs.csv?language=pl&region=test-north")
    text = response.content.decode("utf-8")
    assert '"Klub ""Zębatka"", Łódź"' in text
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert len(rows) == 1
    assert rows[0]["name"] == 'Klub "Zębatka", Łódź'
    assert rows[0]["library"] == awkward
    assert rows[0]["street"] == "ul. Długa 1, lok. 2"
    assert list(rows[0]) == text.splitlines()[0].split(",")


def test_open_data_page_lists_the_club_datasets_with_the_licence(client):
    html = client.get("/en/open-data/").content.decode()
    assert "Creativity clubs" in html
    assert 'href="/open-data/clubs.geojson"' in html
    assert 'href="/open-data/clubs.csv"' in html
    assert "CC BY 4.0" in html


def test_csv_cells_that_a_spreadsheet_would_run_are_escaped(client, club_index, regions):
    ClubPageFactory(parent=club_index, title='=HYPERLINK("http://evil.example","Open")', region=regions["test-north"],
        library="@SUM(1+1)*cmd|' /C calc'!A0",
        street="-2+3",
        town="+Testowo",
        latitude=-12.5,
        longitude=-31.25,
    )
    row = next(row for row in csv_rows(client) if "evil.example" in row["name"])
    assert row["name"] == '\'=HYPERLINK("http://evil.example","Open")'
    assert row["library"] == "'@SUM(1+1)*cmd|' /C calc'!A0"
    assert row["street"] == "'-2+3"
    assert row["town"] == "'+Testowo"
    # Numbers stay numbers; the GeoJSON is not a spreadsheet and keeps the text as it is.
    assert (row["latitude"], row["longitude"]) == ("-12.5", "-31.25")
    feature = next(f for f in geojson(client)["features"] if "evil.example" in f["properties"]["name"])
    assert feature["properties"]["name"] == '=HYPERLINK("http://evil.example","Open")'
