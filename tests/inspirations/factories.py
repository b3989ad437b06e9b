"""Factories for the inspirations: an index and its activities, on the shared page factory
(tests/kluby/factories.py); catalogue items and clubs come from tests/clubs/factories.py."""

import factory

from inspirations.models import InspirationEquipment, InspirationIndexPage, InspirationPage
from tests.kluby.factories import PageFactory


class InspirationIndexPageFactory(PageFactory):
    title = factory.Sequence(lambda number: f"Test activities {number}")

    class Meta:
        model = InspirationIndexPage


class InspirationPageFactory(PageFactory):
    """An activity added straight into the tree (no revisions, so hundreds stay cheap);
    `needs` takes (catalogue item, optional) pairs."""

    title = factory.Sequence(lambda number: f"Test activity {number:03d}")
    lead = "An activity made for the tests."
    age_from, age_to = 9, 12
    duration_minutes = 60
    group_min, group_max = 4, 12
    difficulty = "easy"
    cost = "low"
    needs = ()

    class Meta:
        model = InspirationPage

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        # modelcluster takes a page's inline rows as a keyword of its constructor.
        kwargs["equipment"] = [
            InspirationEquipment(item=item, optional=optional, quantity=1, sort_order=order)
            for order, (item, optional) in enumerate(kwargs.pop("needs"))
        ]
        return kwargs
