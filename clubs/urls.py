"""Open data about the clubs, served at the site's root (outside the language prefixes)."""

from django.urls import path

from . import views

urlpatterns = [
    path("open-data/clubs.geojson", views.clubs_geojson, name="open_data_clubs_geojson"),
    path("open-data/clubs.csv", views.clubs_csv, name="open_data_clubs_csv"),
]
