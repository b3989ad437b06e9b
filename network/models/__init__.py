"""The school network's models; other modules import them from here."""

from .collaborations import CollaborationGalleryImage, CollaborationIndexPage, CollaborationPage
from .events import EventIndexPage, EventPage
from .impact import ImpactPage
from .networks import NetworkIndexPage, NetworkMilestone, NetworkPage
from .partners import PartnerIndexPage, PartnerPage
from .qub import QubPage, SpaceEquipment, SpaceGalleryImage, SpacePage, SpaceRequest
from .schools import SchoolGalleryImage, SchoolIndexPage, SchoolPage
from .taxonomy import Audience, Theme

__all__ = [
    "Audience",
    "CollaborationGalleryImage",
    "CollaborationIndexPage",
    "CollaborationPage",
    "EventIndexPage",
    "EventPage",
    "ImpactPage",
    "NetworkIndexPage",
    "NetworkMilestone",
    "NetworkPage",
    "PartnerIndexPage",
    "PartnerPage",
    "QubPage",
    "SchoolGalleryImage",
    "SchoolIndexPage",
    "SchoolPage",
    "SpaceEquipment",
    "SpaceGalleryImage",
    "SpacePage",
    "SpaceRequest",
    "Theme",
]
