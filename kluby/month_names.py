"""Month names as the portal writes them in dates ("3 decembrie 2026", "3 grudnia 2026").

Django's own Romanian catalogue capitalises the months ("3 Decembrie 2026"); Romanian writes
them in lower case. Naming Django's msgids here puts them in the project's catalogues, which
Django reads before its own (LOCALE_PATHS), so their case is set in locale/*/django.po. The
Polish entries repeat Django's Polish names. Nothing imports this module: makemessages reads it.
"""

from django.utils.translation import gettext_noop, pgettext_lazy

# The names the "F" date format uses (Romanian dates, the month filters and headings).
MONTHS = (
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
)

# The names the "E" format uses: in Polish the genitive ("3 grudnia 2026").
MONTHS_ALT = (
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
)
