"""Factories for the school network: themes, audiences, the networks section, a network and
its sub-sections, schools, partners, collaborations, events, the Qub, its spaces, requests and
impact dashboards. Pages are added straight into the tree (no revisions), so hundreds stay
cheap; many-to-many fields take lists of objects, inline rows are keywords noted below."""

import datetime
from decimal import Decimal

import factory
from factory.django import DjangoModelFactory

from network.models import (
    Audience,
    CollaborationIndexPage,
    CollaborationPage,
    EventIndexPage,
    EventPage,
    ImpactPage,
    NetworkIndexPage,
    NetworkMilestone,
    NetworkPage,
    PartnerIndexPage,
    PartnerPage,
    QubPage,
    SchoolIndexPage,
    SchoolPage,
    SpaceEquipment,
    SpacePage,
    SpaceRequest,
    Theme,
)
from tests.clubs.factories import RegionFactory
from tests.factories import NamedSnippetFactory, in_decimal_degrees
from tests.kluby.factories import PageFactory


class ThemeFactory(NamedSnippetFactory):
    slug = factory.Sequence(lambda n: f"theme-{n}")

    class Meta:
        model = Theme


class AudienceFactory(NamedSnippetFactory):
    slug = factory.Sequence(lambda n: f"audience-{n}")

    class Meta:
        model = Audience


class NetworkIndexPageFactory(PageFactory):
    title = "School networks"

    class Meta:
        model = NetworkIndexPage


class NetworkPageFactory(PageFactory):
    """A network; `milestones` takes (year, title) pairs."""

    title = factory.Sequence(lambda n: f"Test network {n}")
    lead = "Schools and partners who work together."
    milestones = ()

    class Meta:
        model = NetworkPage

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        kwargs["milestones"] = [
            NetworkMilestone(year=year, title=title, sort_order=order)
            for order, (year, title) in enumerate(kwargs["milestones"])
        ]
        return kwargs


class SchoolIndexPageFactory(PageFactory):
    title = "Schools"

    class Meta:
        model = SchoolIndexPage


class SchoolPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Test school {n:03d}")
    lead = "A school of the network."
    level = "lower-secondary"
    region = factory.SubFactory(
        RegionFactory, slug="cluj", name="Cluj", country_code="RO", locale=factory.SelfAttribute("..parent.locale")
    )
    town = "Cluj-Napoca"
    latitude = Decimal("46.77")
    longitude = Decimal("23.60")
    pupils = 500
    teachers = 40
    year_joined = 2022
    status = "member"

    class Meta:
        model = SchoolPage

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        return in_decimal_degrees(kwargs)


class PartnerIndexPageFactory(PageFactory):
    title = "Partners"

    class Meta:
        model = PartnerIndexPage


class PartnerPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Test partner {n:03d}")
    lead = "A partner of the network."
    partner_type = "cultural"
    town = "Cluj-Napoca"

    class Meta:
        model = PartnerPage

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        return in_decimal_degrees(kwargs)


class CollaborationIndexPageFactory(PageFactory):
    title = "Collaborations"

    class Meta:
        model = CollaborationIndexPage


class CollaborationPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Test collaboration {n:03d}")
    lead = "Schools and partners working together."
    start_date = datetime.date(2024, 9, 15)

    class Meta:
        model = CollaborationPage


class EventIndexPageFactory(PageFactory):
    title = "Events"

    class Meta:
        model = EventIndexPage


class EventPageFactory(PageFactory):
    """An event; give `start_date`, `start_time`, `end_time` (local times of `time_zone`)."""

    title = factory.Sequence(lambda n: f"Test event {n:03d}")
    lead = "An event of the network."
    event_type = "workshop"
    start_date = factory.LazyFunction(lambda: datetime.date.today() + datetime.timedelta(days=7))
    start_time = datetime.time(10, 0)
    end_time = datetime.time(12, 0)
    venue = "Test venue, Cluj-Napoca"
    free_entry = True

    class Meta:
        model = EventPage


class QubPageFactory(PageFactory):
    title = "The Qub"
    town = "Cluj-Napoca"

    class Meta:
        model = QubPage


class SpacePageFactory(PageFactory):
    """A space; `equipment` takes (catalogue item, quantity) pairs."""

    title = factory.Sequence(lambda n: f"Test space {n}")
    lead = "A space of the Qub."
    kind = "education"
    capacity = 35
    equipment = ()

    class Meta:
        model = SpacePage

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        kwargs["equipment"] = [
            SpaceEquipment(item=item, quantity=quantity, sort_order=order)
            for order, (item, quantity) in enumerate(kwargs["equipment"])
        ]
        return kwargs


class SpaceRequestFactory(DjangoModelFactory):
    date = factory.LazyFunction(lambda: datetime.date.today() + datetime.timedelta(days=14))
    start_time = datetime.time(10, 0)
    end_time = datetime.time(12, 0)
    purpose = "A robotics workshop for a class."
    group_size = 25
    organisation = "Test school"
    contact_name = "Ana Pop"
    contact_email = "ana.pop@example.org"
    language = "ro"

    class Meta:
        model = SpaceRequest


class ImpactPageFactory(PageFactory):
    title = "Impact"
    programme = "learning-qub"

    class Meta:
        model = ImpactPage


def _space_for_request():
    """A space in a tree of its own under the first home page (made if there is none)."""
    from kluby.models import HomePage
    from tests.kluby.factories import HomePageFactory

    home = HomePage.objects.order_by("path").first() or HomePageFactory()
    return SpacePageFactory(parent=QubPageFactory(parent=NetworkIndexPageFactory(parent=home)))


class SpaceRequestWithSpaceFactory(SpaceRequestFactory):
    """A request with a space of its own, for the tests that walk every snippet; they pass a
    `locale`, which requests do not have."""

    space = factory.LazyFunction(_space_for_request)

    class Meta:
        model = SpaceRequest

    class Params:
        locale = None
