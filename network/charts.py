"""Horizontal bar charts drawn as SVG on the server (templates/network/includes/chart.html):
no script and no chart library. Each chart carries its numbers twice, as bars with text
labels and as a data table, both formatted for the visitor's language."""

from dataclasses import dataclass

from django.utils.formats import number_format
from django.utils.translation import gettext as _

# The drawing's own units (the viewBox): it is scaled to the width of its column.
WIDTH = 400
ROW_HEIGHT = 42
LABEL_BASELINE = 15
BAR_TOP = 21
BAR_HEIGHT = 16
# About how many characters fit on a 400-unit line at the phone's 15-unit type.
LINE_CHARS = 48
# A label too long to share its line with the bar's text gets the line to itself, and the
# text moves to a line of its own below it: the row grows by this much.
VALUE_LINE = 18


def formatted(value):
    """An integer with the thousands grouped the way the active language writes them."""
    return number_format(value, force_grouping=True)


def percent(value, whole):
    """The share of `whole` as a whole percentage, or None without a whole."""
    if not whole:
        return None
    return round(100 * value / whole)


def formatted_percent(share):
    return _("%(percent)s%%") % {"percent": formatted(share)}


@dataclass
class Bar:
    label: str
    value: int
    text: str  # what the bar says, at the end of its label line
    width: float = 0.0
    top: float = 0.0

    @property
    def text_below(self):
        """Whether the label and the text are too long to share one line."""
        return len(self.label) + len(self.text) + 2 > LINE_CHARS

    @property
    def short_label(self):
        if len(self.label) <= LINE_CHARS:
            return self.label
        return self.label[: LINE_CHARS - 1].rstrip() + "…"

    @property
    def row_height(self):
        return ROW_HEIGHT + (VALUE_LINE if self.text_below else 0)

    @property
    def label_y(self):
        return self.top + LABEL_BASELINE

    @property
    def text_y(self):
        return self.label_y + (VALUE_LINE if self.text_below else 0)

    @property
    def bar_y(self):
        return self.text_y - LABEL_BASELINE + BAR_TOP


@dataclass
class BarChart:
    """A chart and its data table; `key` makes the ids of its parts unique on the page."""

    key: str
    title: str
    bars: list
    headers: list  # column headings of the data table, the first one for the row headings
    rows: list  # (row heading, [cells]) of the data table, cells already formatted
    note: str = ""
    # A progress chart: each bar's track is its target, the bar stops at the track's end.
    progress: bool = False
    width: int = WIDTH
    bar_height: int = BAR_HEIGHT

    def __post_init__(self):
        largest = max((bar.value for bar in self.bars), default=0)
        top = 0
        for bar in self.bars:
            bar.top = top
            top += bar.row_height
            if self.progress:
                share = min(bar.value, 100) / 100
            else:
                share = bar.value / largest if largest else 0
            bar.width = round(share * WIDTH, 1)

    @property
    def height(self):
        return sum(bar.row_height for bar in self.bars) or ROW_HEIGHT

    @property
    def description(self):
        """The bars in words: what a screen reader says for the drawing."""
        return "; ".join(f"{bar.label}: {bar.text}" for bar in self.bars) or _("No data yet.")


def bar_chart(key, title, items, *, value_heading, note=""):
    """A chart of (label, value) pairs, in the order given, with a two-column table."""
    bars = [Bar(label=str(label), value=value, text=formatted(value)) for label, value in items]
    rows = [(bar.label, [bar.text]) for bar in bars]
    return BarChart(key=key, title=title, bars=bars, headers=["", value_heading], rows=rows, note=note)


def progress_chart(key, title, figures, *, note=""):
    """Figures against their targets: `figures` are dicts with label, value and target; the
    ones without a target are in the table only."""
    bars, rows = [], []
    for figure in figures:
        share = percent(figure["value"], figure["target"])
        value_text = formatted(figure["value"])
        if share is not None:
            target_text = formatted(figure["target"])
            bars.append(
                Bar(
                    label=str(figure["label"]),
                    value=share,
                    text=_("%(value)s of %(target)s (%(percent)s)")
                    % {"value": value_text, "target": target_text, "percent": formatted_percent(share)},
                )
            )
            rows.append((str(figure["label"]), [value_text, target_text, formatted_percent(share)]))
        else:
            rows.append((str(figure["label"]), [value_text, "–", "–"]))
    headers = ["", _("Figure"), _("Target"), _("Share of the target")]
    return BarChart(key=key, title=title, bars=bars, headers=headers, rows=rows, note=note, progress=True)
