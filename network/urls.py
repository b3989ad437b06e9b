"""Files of the school network served at the site's root, outside the language prefixes."""

from django.urls import path

from . import calendar

urlpatterns = [
    path("open-data/events.ics", calendar.events_feed, name="open_data_events_ics"),
]
