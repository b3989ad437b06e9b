"""Factories for clubs and the equipment catalogue: regions, editions, categories, items,
the club index and club pages."""

from decimal import Decimal

import factory

from clubs.models import (
    ClubEquipment,
    ClubIndexPage,
    ClubPage,
    Edition,
    EquipmentCategory,
    EquipmentItem,
    Region,
)
from tests.factories import (
    NamedSnippetFactory,
    TranslatableFactory,
    in_decimal_degrees,
    name_from_slug,
)
from tests.kluby.factories import PageFactory


class RegionFactory(TranslatableFactory):
    slug = factory.Sequence(lambda n: f"region-{n}")
    name = factory.LazyAttribute(lambda region: region.slug.replace("-", " ").title())
    country_code = "PL"

    class Meta:
        model = Region


class EditionFactory(TranslatableFactory):
    slug = "edition-2019"
    name = factory.LazyAttribute(lambda edition: f"Edition {edition.start_year}")
    start_year = factory.LazyAttribute(lambda edition: int(edition.slug.rsplit("-", 1)[-1]))

    class Meta:
        model = Edition


class EquipmentCategoryFactory(NamedSnippetFactory):

    class Meta:
        model = EquipmentCategory


class EquipmentItemFactory(TranslatableFactory):
    slug = factory.Sequence(lambda n: f"item-{n}")
    name = factory.LazyAttribute(name_from_slug)
    category = factory.SubFactory(EquipmentCategoryFactory, locale=factory.SelfAttribute("..locale"))
    cost_band = "under-500"

    class Meta:
        model = EquipmentItem


class ClubIndexPageFactory(PageFactory):
    title = "Clubs"
    intro = "Every creative space of the programme."

    class Meta:
        model = ClubIndexPage


class ClubPageFactory(PageFactory):
    """A club page added straight into the tree: no revisions, so hundreds stay cheap.
    `equipment` takes (item, quantity) pairs."""

    title = factory.Sequence(lambda n: f"Club {n}")
    library = factory.LazyAttribute(lambda club: f"Library of {club.title}")
    town = "Testowo"
    region = factory.SubFactory(RegionFactory, locale=factory.SelfAttribute("..parent.locale"))
    latitude = Decimal("52.0")
    longitude = Decimal("21.0")
    organisational_model = "makerspace"
    edition = factory.SubFactory(EditionFactory, locale=factory.SelfAttribute("..parent.locale"))
    status = "active"
    equipment = ()

    class Meta:
        model = ClubPage

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        in_decimal_degrees(kwargs)
        kwargs["equipment"] = [
            ClubEquipment(item=item, quantity=quantity, sort_order=order)
            for order, (item, quantity) in enumerate(kwargs["equipment"])
        ]
        return kwargs
