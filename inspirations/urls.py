"""Open data about the inspirations, served at the site's root (outside the language prefixes)."""

from django.urls import path

from . import views

urlpatterns = [path("open-data/inspirations.csv", views.inspirations_csv, name="open_data_inspirations_csv")]
