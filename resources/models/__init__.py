"""Zasobnik and the Qub's resource library: resources with their taxonomy (categories,
audiences, glossary), the filterable resource index, the glossary page, and the examples of
creative spaces from around the world with their map."""

from .examples import EXAMPLES_PER_PAGE, ExampleIndexPage, ExamplePage, ExamplePhoto
from .index import ResourceIndexPage
from .resources import (
    RELATED_RESOURCES,
    RESOURCES_PER_PAGE,
    WORDS_PER_MINUTE,
    GlossaryPage,
    ResourceAttachment,
    ResourcePage,
    ResourceRelatedLink,
    ResourceTag,
    body_text,
)
from .taxonomy import (
    LICENCE_URLS,
    Audience,
    GlossaryTerm,
    Licence,
    ResourceCategory,
    ResourceType,
    sort_key,
)

__all__ = [
    "EXAMPLES_PER_PAGE",
    "LICENCE_URLS",
    "RELATED_RESOURCES",
    "RESOURCES_PER_PAGE",
    "WORDS_PER_MINUTE",
    "Audience",
    "ExampleIndexPage",
    "ExamplePage",
    "ExamplePhoto",
    "GlossaryPage",
    "GlossaryTerm",
    "Licence",
    "ResourceAttachment",
    "ResourceCategory",
    "ResourceIndexPage",
    "ResourcePage",
    "ResourceRelatedLink",
    "ResourceTag",
    "ResourceType",
    "body_text",
    "sort_key",
]
