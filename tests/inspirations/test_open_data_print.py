"""Open data (the CSV, the API), the printable card (its QR code, short address and print
view) as the server sends them."""

import csv
import io

import pytest
from django.core.cache import cache

from kluby.queries import forget_cached_structures

from .conftest import soup

pytestmark = pytest.mark.django_db


def rows_of_csv(client):
    response = client.get("/open-data/inspirations.csv")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8"))))


def test_the_csv_lists_every_published_public_inspiration(client, activities):
    rows = {row["title"]: row for row in rows_of_csv(client)}
    keyring = rows["Key ring"]
    assert keyring["language"] == "pl" and keyring["required_equipment"] == "test-printer;test-laptop"
    assert keyring["optional_equipment"] == "test-pen" and keyring["steam_areas"] == "technology;arts"
    assert keyring["age_from"] == "9" and keyring["age_to"] == "12" and keyring["url"].endswith("/key-ring/")
    assert rows["Family game night"]["age_to"] == "" and rows["Family game night"]["intergenerational"] == "yes"
    activities["robots"].unpublish()
    cache.clear()
    forget_cached_structures()
    assert "Drawing robot" not in {row["title"] for row in rows_of_csv(client)}


def test_the_csv_escapes_formulas(client, index):
    from .factories import InspirationPageFactory

    InspirationPageFactory(parent=index, title="=HYPERLINK(1)", slug="formula", author="+evil")
    row = next(row for row in rows_of_csv(client) if row["title"].endswith("HYPERLINK(1)"))
    assert row["title"] == "'=HYPERLINK(1)" and row["author"] == "'+evil"


def test_the_open_data_page_lists_the_csv(client):
    page = soup(client.get("/en/open-data/"))
    assert page.find("a", href=lambda href: href and href.endswith("/open-data/inspirations.csv")) is not None


def test_the_api_shows_inspirations_with_their_facts(client, activities):
    keyring = activities["keyring"]
    response = client.get(f"/api/v2/pages/{keyring.pk}/")
    assert response.status_code == 200
    data = response.json()
    assert data["age_from"] == 9 and data["steam_areas"] == ["technology", "arts"]
    assert [(need["item_slug"], need["optional"]) for need in data["equipment"]] == [
        ("test-printer", False), ("test-laptop", False), ("test-pen", True)
    ]
    listing = client.get("/api/v2/pages/", {"type": "inspirations.InspirationPage", "fields": "duration_minutes"}).json()
    assert keyring.pk in {item["id"] for item in listing["items"]}


def test_the_card_carries_a_qr_code_and_a_short_address(client, activities):
    keyring = activities["keyring"]
    page = soup(client.get(keyring.url))
    assert page.select_one(".inspiration-qr svg") is not None
    short = page.select_one(".inspiration-source a")["href"]
    assert short == f"http://testserver/pl/i/{keyring.pk}/"
    response = client.get(f"/pl/i/{keyring.pk}/")
    assert response.status_code == 302 and response["Location"] == keyring.url
    assert client.get("/pl/i/999999999/").status_code == 404
    button = page.select_one("a[data-print]")
    assert button["href"] == keyring.url + "print/"


def test_the_print_view_has_no_site_frame_styles_and_is_not_indexed(client, activities):
    page = soup(client.get(activities["keyring"].url + "print/"))
    assert "print-view" in page.body["class"]
    assert page.find("meta", attrs={"name": "robots", "content": "noindex"}) is not None
    sheets = [link["href"] for link in page.select("link[rel=stylesheet]") if not link.get("media")]
    assert any(sheet.endswith("inspiration-card-print.css") for sheet in sheets)
    assert page.select_one(".clubs-ready") is None
