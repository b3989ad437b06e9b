"""Open data about the school network and the points of a network's map, served at the
site's root (outside the language prefixes)."""

from django.urls import path

from . import calendar, views

urlpatterns = [
    path("open-data/schools.geojson", views.schools_geojson, name="open_data_schools_geojson"),
    path("open-data/schools.csv", views.schools_csv, name="open_data_schools_csv"),
    path("open-data/partners.csv", views.partners_csv, name="open_data_partners_csv"),
    path("open-data/events.ics", calendar.events_feed, name="open_data_events_ics"),
    path("network-map/<int:page_id>.geojson", views.network_map_geojson, name="network_map_geojson"),
]
