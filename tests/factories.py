"""The base every factory of the tests builds on: locales, images, and translatable records
made in the language a test asks for (Polish, the source language, unless told)."""

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from wagtail.images import get_image_model
from wagtail.models import Locale

LANGUAGE_CODES = ("pl", "ro", "en")


class LocaleFactory(DjangoModelFactory):
    language_code = "pl"

    class Meta:
        model = Locale
        django_get_or_create = ("language_code",)


def locale(code="pl"):
    return LocaleFactory(language_code=code)


class TranslatableFactory(DjangoModelFactory):
    """A snippet in one language; `slug` and `locale` find the same record again, so that a test
    and the factories of its pages can both ask for "the 2019 edition" in Polish."""

    locale = factory.LazyFunction(locale)

    class Meta:
        abstract = True
        django_get_or_create = ("slug", "locale")


class ImageFactory(wagtail_factories.ImageFactory):
    class Meta:
        model = get_image_model()

    title = factory.Sequence(lambda n: f"Test image {n}")
    description = factory.LazyAttribute(lambda image: f"Alt text of {image.title}")
    file = factory.django.ImageField(width=64, height=48, color="teal")
