"""Fixed lists of values for the school network. Lists that editors grow (themes, counties)
are snippets instead."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SchoolLevel(models.TextChoices):
    PRIMARY = "primary", _("Primary school")
    LOWER_SECONDARY = "lower-secondary", _("Lower secondary school")
    HIGH_SCHOOL = "high-school", _("High school")
    VOCATIONAL = "vocational", _("Vocational school")
    ARTS = "arts-school", _("Arts school")
    SPECIAL = "special-education", _("Special education school")


class MembershipStatus(models.TextChoices):
    JOINING = "joining", _("Joining")
    MEMBER = "member", _("Member")
    ALUMNI = "alumni", _("Alumni")


class PartnerType(models.TextChoices):
    CULTURAL = "cultural", _("Cultural organisation")
    CIVIL_SOCIETY = "civil-society", _("Civil society")
    ACADEMIC = "academic", _("Academic")
    BUSINESS = "business", _("Business")
    PUBLIC = "public-institution", _("Public institution")


class EventType(models.TextChoices):
    TRAINING = "training", _("Training")
    WORKSHOP = "workshop", _("Workshop")
    EXHIBITION = "exhibition", _("Exhibition")
    RESIDENCY = "residency", _("Artist residency")
    NETWORK_MEETING = "network-meeting", _("Network meeting")
    CONFERENCE = "conference", _("Conference")


class SpaceKind(models.TextChoices):
    EDUCATION = "education", _("Education space")
    EXHIBITION = "exhibition", _("Exhibition space")
    CO_CREATION = "co-creation", _("Co-creation space")
    NETWORKING = "networking", _("Networking space")


class RequestStatus(models.TextChoices):
    NEW = "new", _("New")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    CANCELLED = "cancelled", _("Cancelled")


class Programme(models.TextChoices):
    LEARNING_QUB = "learning-qub", _("Learning Qub (the school network)")
    KLUBY = "kluby-kreatywnosci", _("Kluby Kreatywności (the clubs)")


# The people a network reaches, in the order of the programme's targets: (field, label).
REACH_FIELDS = (
    ("pupils", _("pupils")),
    ("family_members", _("family members")),
    ("teachers", _("teachers")),
    ("education_specialists", _("education specialists")),
    ("other_specialists", _("other specialists")),
)
