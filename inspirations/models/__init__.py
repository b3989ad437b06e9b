"""The inspirations app's models: activities and their index (other apps import from here)."""

from .index import InspirationIndexPage
from .inspirations import (
    InspirationClubRun,
    InspirationDownload,
    InspirationEquipment,
    InspirationPage,
    InspirationResource,
)

__all__ = [
    "InspirationClubRun",
    "InspirationDownload",
    "InspirationEquipment",
    "InspirationIndexPage",
    "InspirationPage",
    "InspirationResource",
]
