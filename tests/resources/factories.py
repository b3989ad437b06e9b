"""Factories for Zasobnik: its taxonomy (categories, audiences, glossary terms) and its pages
(the index, resources, the glossary, the examples' index and examples)."""

import factory

from resources.models import (
    Audience,
    ExampleIndexPage,
    ExamplePage,
    GlossaryPage,
    GlossaryTerm,
    ResourceCategory,
    ResourceIndexPage,
    ResourcePage,
)
from tests.factories import (
    NamedSnippetFactory,
    TranslatableFactory,
    in_decimal_degrees,
    name_from_slug,
)
from tests.kluby.factories import PageFactory, TaggedPageFactory, paragraph


class ResourceCategoryFactory(NamedSnippetFactory):

    class Meta:
        model = ResourceCategory


class AudienceFactory(NamedSnippetFactory):

    class Meta:
        model = Audience


class GlossaryTermFactory(TranslatableFactory):
    slug = factory.Sequence(lambda n: f"term-{n}")
    term = factory.LazyAttribute(name_from_slug)
    definition = factory.LazyAttribute(lambda term: f"What {term.term} means.")

    class Meta:
        model = GlossaryTerm


class ResourceIndexPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Resources {n}")
    lead = "For tests."

    class Meta:
        model = ResourceIndexPage


class ResourcePageFactory(TaggedPageFactory):
    """A resource whose body is a paragraph of `words` words (its reading time follows)."""

    title = factory.Sequence(lambda n: f"Resource {n}")
    lead = "A lead."
    body = factory.LazyAttribute(lambda page: [paragraph(" ".join(["word"] * page.words))])
    category = factory.SubFactory(ResourceCategoryFactory, locale=factory.SelfAttribute("..parent.locale"))
    resource_type = "article"

    class Meta:
        model = ResourcePage

    class Params:
        words = 50


class GlossaryPageFactory(PageFactory):
    title = "Glossary"
    lead = "The words of the programme."

    class Meta:
        model = GlossaryPage


class ExampleIndexPageFactory(PageFactory):
    title = "Examples"
    intro = "<p>Creative spaces in libraries elsewhere.</p>"

    class Meta:
        model = ExampleIndexPage


class ExamplePageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Example {n}")
    name = "Maker Lab"
    institution = factory.LazyAttribute(lambda example: f"The library of {example.title}")
    city = "Helsinki"
    country_code = "FI"
    country = "Finland"
    model = "makerspace"

    class Meta:
        model = ExamplePage

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        return in_decimal_degrees(kwargs)
