"""Every page type and snippet of the portal with its factory: the tests that walk all of them
(admin forms, admin searches) take them from here, and tests/test_factories.py fails when a
model has none."""

from tests.clubs.factories import (
    ClubIndexPageFactory,
    ClubPageFactory,
    EditionFactory,
    EquipmentCategoryFactory,
    EquipmentItemFactory,
    RegionFactory,
)
from tests.kluby.factories import (
    AgeGroupFactory,
    ContactPageFactory,
    FooterContentFactory,
    HomePageFactory,
    NewsArticlePageFactory,
    NewsIndexPageFactory,
    StandardPageFactory,
)
from tests.resources.factories import (
    AudienceFactory,
    ExampleIndexPageFactory,
    ExamplePageFactory,
    GlossaryPageFactory,
    GlossaryTermFactory,
    ResourceCategoryFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
)

PAGE_FACTORIES = {
    factory._meta.model: factory
    for factory in (
        HomePageFactory,
        StandardPageFactory,
        NewsIndexPageFactory,
        NewsArticlePageFactory,
        ContactPageFactory,
        ClubIndexPageFactory,
        ClubPageFactory,
        ResourceIndexPageFactory,
        ResourcePageFactory,
        GlossaryPageFactory,
        ExampleIndexPageFactory,
        ExamplePageFactory,
    )
}
SNIPPET_FACTORIES = {
    factory._meta.model: factory
    for factory in (
        FooterContentFactory,
        AgeGroupFactory,
        RegionFactory,
        EditionFactory,
        EquipmentCategoryFactory,
        EquipmentItemFactory,
        ResourceCategoryFactory,
        AudienceFactory,
        GlossaryTermFactory,
    )
}
