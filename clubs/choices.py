"""Fixed lists of values for clubs and the equipment catalogue. Lists that editors grow
(regions, editions, age groups) are snippets instead."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CostBand(models.TextChoices):
    UNDER_500 = "under-500", _("under PLN 500")
    FROM_500 = "500-2000", _("PLN 500–2,000")
    FROM_2000 = "2000-5000", _("PLN 2,000–5,000")
    FROM_5000 = "5000-15000", _("PLN 5,000–15,000")
    OVER_15000 = "over-15000", _("over PLN 15,000")


class OrganisationalModel(models.TextChoices):
    MAKERSPACE = "makerspace", _("Makerspace")
    FAB_LAB = "fab-lab", _("Library fab lab")
    MOBILE = "mobile", _("Mobile makerspace")
    MEDIA_LAB = "media-lab", _("Media lab")
    OCCASIONAL = "occasional", _("Occasional maker sessions")
    WHOLE_LIBRARY = "whole-library", _("The whole library as a makerspace")


class ClubStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ACTIVE = "active", _("Active")
    PAUSED = "paused", _("Paused")
    CLOSED = "closed", _("Closed")


class TownSize(models.TextChoices):
    VILLAGE = "village", _("Village")
    SMALL_TOWN = "small-town", _("Small town (under 20,000 residents)")
    MEDIUM_TOWN = "medium-town", _("Medium town (20,000–100,000 residents)")
    CITY = "city", _("City (over 100,000 residents)")
