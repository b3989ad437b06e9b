"""The short address of an activity, printed with its QR code: `/<lang>/i/<page id>/`."""

from django.urls import path

from . import views

urlpatterns = [path("i/<int:page_id>/", views.short_url, name="inspiration_short_url")]
