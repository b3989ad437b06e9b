"""Clubs and the shared equipment catalogue, by concern: the terms clubs are filed under,
the catalogue, club profiles, and the club index with its listing and catalogue pages."""

from .catalogue import CatalogueItemRow, EquipmentCategory, EquipmentItem, club_index_for_locale
from .clubs import (
    COORDINATOR_CONTACT_TOKEN,
    ClubActivity,
    ClubEquipment,
    ClubGalleryImage,
    ClubLink,
    ClubPage,
)
from .index import ClubIndexPage, club_listing
from .taxonomy import Edition, Region

__all__ = [
    "CatalogueItemRow",
    "COORDINATOR_CONTACT_TOKEN",
    "ClubActivity",
    "ClubEquipment",
    "ClubGalleryImage",
    "ClubIndexPage",
    "ClubLink",
    "ClubPage",
    "Edition",
    "EquipmentCategory",
    "EquipmentItem",
    "Region",
    "club_index_for_locale",
    "club_listing",
]
