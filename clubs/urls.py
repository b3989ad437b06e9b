"""Open data about the clubs, mounted at /open-data/ (outside the language prefixes)."""

from django.urls import path

from . import views

urlpatterns = [
    path("clubs.geojson", views.clubs_geojson, name="open_data_clubs_geojson"),
    path("clubs.csv", views.clubs_csv, name="open_data_clubs_csv"),
]
