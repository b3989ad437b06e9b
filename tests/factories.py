"""The base every factory of the tests builds on: locales, images, and translatable records
made in the language a test asks for (Polish, the source language, unless told)."""

from decimal import Decimal

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale

LANGUAGE_CODES = ("pl", "ro", "en")


class LocaleFactory(DjangoModelFactory):
    language_code = "pl"

    class Meta:
        model = Locale
        django_get_or_create = ("language_code",)


def locale(code="pl"):
    return LocaleFactory(language_code=code)


def name_from_slug(record):
    """A name for a record made from its slug: "age-group-3" is "Age group 3"."""
    return record.slug.replace("-", " ").capitalize()


class TranslatableFactory(DjangoModelFactory):
    """A snippet in one language; `slug` and `locale` find the same record again, so that a test
    and the factories of its pages can both ask for "the 2019 edition" in Polish."""

    locale = factory.LazyFunction(locale)

    class Meta:
        abstract = True
        django_get_or_create = ("slug", "locale")


def translated(factory_class, codes=LANGUAGE_CODES, **fields):
    """A snippet in each of the languages `codes`, linked as translations of the first.
    A field given as {code: value} takes that language's value. Returns {code: record}."""
    records = {}
    for code in codes:
        values = {name: value[code] if isinstance(value, dict) else value for name, value in fields.items()}
        if records:
            values["translation_key"] = records[codes[0]].translation_key
        records[code] = factory_class(locale=locale(code), **values)
    return records


class NamedSnippetFactory(TranslatableFactory):
    """A translatable snippet with a name and a slug (categories, audiences, age groups...)."""

    slug = factory.Sequence(lambda n: f"record-{n}")
    name = factory.LazyAttribute(name_from_slug)

    class Meta:
        abstract = True


class ImageFactory(wagtail_factories.ImageFactory):
    """An image in the root collection, as editors upload them (wagtail-factories would make
    a second root collection for each)."""

    collection = factory.LazyFunction(Collection.get_first_root_node)

    class Meta:
        model = get_image_model()

    title = factory.Sequence(lambda n: f"Test image {n}")
    description = factory.LazyAttribute(lambda image: f"Alt text of {image.title}")
    file = factory.django.ImageField(width=64, height=48, color="teal")


def in_decimal_degrees(fields):
    """`latitude` and `longitude` given as floats, as decimals the way a form would store them."""
    for name in ("latitude", "longitude"):
        if fields.get(name) is not None:
            fields[name] = Decimal(str(fields[name]))
    return fields


class DocumentFactory(wagtail_factories.DocumentFactory):
    collection = factory.LazyFunction(Collection.get_first_root_node)
    title = factory.Sequence(lambda n: f"Test document {n}")
