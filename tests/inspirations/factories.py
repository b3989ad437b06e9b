"""factory_boy factories for the inspirations tests: catalogue items, clubs, an index and
its activities, each page added straight into the tree (no revisions, so hundreds stay cheap)."""

from decimal import Decimal

import factory
from django.utils.text import slugify
from wagtail.models import Locale

from clubs.models import ClubEquipment, ClubPage, EquipmentCategory, EquipmentItem, Region
from inspirations.models import InspirationEquipment, InspirationIndexPage, InspirationPage


def polish():
    return Locale.objects.get(language_code="pl")


class EquipmentCategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EquipmentCategory
        django_get_or_create = ("slug", "locale")

    locale = factory.LazyFunction(polish)
    slug = "test-kit"
    name = "Test kit"


class EquipmentItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EquipmentItem

    locale = factory.LazyFunction(polish)
    name = factory.Sequence(lambda number: f"Test item {number}")
    slug = factory.LazyAttribute(lambda item: slugify(item.name))
    category = factory.SubFactory(EquipmentCategoryFactory, locale=factory.SelfAttribute("..locale"))
    cost_band = "under-500"


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Region

    locale = factory.LazyFunction(polish)
    name = factory.Sequence(lambda number: f"Test region {number}")
    slug = factory.LazyAttribute(lambda region: slugify(region.name))
    country_code = "PL"


class PageFactory(factory.Factory):
    """A page added under `parent` (a keyword the factory takes off before building)."""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, parent, **kwargs):
        page = model_class(*args, **kwargs)
        parent.add_child(instance=page)
        return page


class InspirationIndexPageFactory(PageFactory):
    class Meta:
        model = InspirationIndexPage

    title = factory.Sequence(lambda number: f"Test activities {number}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))


class InspirationPageFactory(PageFactory):
    """An activity; `needs` is a list of (item, optional) pairs of catalogue equipment."""

    class Meta:
        model = InspirationPage

    class Params:
        needs = ()

    title = factory.Sequence(lambda number: f"Test activity {number:03d}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    lead = "An activity made for the tests."
    age_from, age_to = 9, 12
    duration_minutes = 60
    group_min, group_max = 4, 12
    difficulty = "easy"
    cost = "low"
    # modelcluster takes a page's inline rows as a keyword of its constructor.
    equipment = factory.LazyAttribute(
        lambda page: [
            InspirationEquipment(item=item, optional=optional, quantity=1, sort_order=order)
            for order, (item, optional) in enumerate(page.needs)
        ]
    )


class ClubPageFactory(PageFactory):
    """A club; `holdings` is a list of catalogue items it has."""

    class Meta:
        model = ClubPage

    class Params:
        holdings = ()

    title = factory.Sequence(lambda number: f"Test club {number:03d}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    library = "Test library"
    town = "Testowo"
    region = factory.SubFactory(RegionFactory)
    latitude = Decimal("52.0")
    longitude = Decimal("21.0")
    organisational_model = "makerspace"
    status = "active"
    equipment = factory.LazyAttribute(
        lambda page: [ClubEquipment(item=item, quantity=1, sort_order=order) for order, item in enumerate(page.holdings)]
    )
