"""Fixed lists of values for activities: difficulty, cost of consumables, STEAM areas,
duration bands and licences (the licences are the resources app's)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Difficulty(models.TextChoices):
    EASY = "easy", _("Easy")
    MEDIUM = "medium", _("Medium")
    ADVANCED = "advanced", _("Advanced")


DIFFICULTY_RANK = {Difficulty.EASY.value: 0, Difficulty.MEDIUM.value: 1, Difficulty.ADVANCED.value: 2}


class Cost(models.TextChoices):
    NONE = "none", _("No cost")
    LOW = "low", _("Low (up to about 50 PLN / 50 RON)")
    MEDIUM = "medium", _("Medium (up to about 250 PLN / 250 RON)")
    HIGH = "high", _("High (more than 250 PLN / 250 RON)")


class SteamArea(models.TextChoices):
    SCIENCE = "science", _("Science")
    TECHNOLOGY = "technology", _("Technology")
    ENGINEERING = "engineering", _("Engineering")
    ARTS = "arts", _("Arts")
    MATHEMATICS = "mathematics", _("Mathematics")


class DurationBand(models.TextChoices):
    SHORT = "up-to-45", _("Up to 45 minutes")
    LESSON = "45-90", _("46–90 minutes")
    AFTERNOON = "90-180", _("91–180 minutes")
    LONG = "over-180", _("Over 3 hours")


def duration_band(minutes):
    if minutes <= 45:
        return DurationBand.SHORT.value
    if minutes <= 90:
        return DurationBand.LESSON.value
    if minutes <= 180:
        return DurationBand.AFTERNOON.value
    return DurationBand.LONG.value
