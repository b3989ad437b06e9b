"""Spreadsheet cells that no spreadsheet program runs as a formula.

A visitor's "=HYPERLINK(...)" typed into a form, or an editor's club name starting with "+",
would otherwise become a live formula in the spreadsheet of whoever opens the export (CSV
injection). Every CSV or XLSX the portal writes passes its cells through `spreadsheet_safe`.
"""

import re

from wagtail.contrib.forms.views import SubmissionsListView

# What Excel, LibreOffice and Google Sheets read as the start of a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# A plain number such as "-5" or "+48" is data, not a formula, and stays a number.
PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def spreadsheet_safe(value):
    """The value, with a leading apostrophe when a text would be read as a formula."""
    if (
        isinstance(value, str)
        and value.startswith(FORMULA_START)
        and not PLAIN_NUMBER.fullmatch(value)
    ):
        return "'" + value
    return value


class FormulaSafeSubmissionsListView(SubmissionsListView):
    """Wagtail's list of form submissions, whose CSV and XLSX exports escape formulas."""

    def preprocess_field_value(self, field, value, export_format):
        return spreadsheet_safe(super().preprocess_field_value(field, value, export_format))
