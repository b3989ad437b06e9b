"""English dates as the rest of the portal writes them, day first: "3 December 2026" (Django's
default, "Dec. 3, 2026", is the American order). Other formats are Django's."""

DATE_FORMAT = "j F Y"
