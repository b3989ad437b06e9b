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
from tests.inspirations.factories import InspirationIndexPageFactory, InspirationPageFactory
from tests.kluby.factories import (
    AgeGroupFactory,
    ContactPageFactory,
    FooterContentFactory,
    HomePageFactory,
    NewsArticlePageFactory,
    NewsIndexPageFactory,
    StandardPageFactory,
)
from tests.network.factories import (
    AudienceFactory as EventAudienceFactory,
)
from tests.network.factories import (
    CollaborationIndexPageFactory,
    CollaborationPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    ImpactPageFactory,
    NetworkIndexPageFactory,
    NetworkPageFactory,
    PartnerIndexPageFactory,
    PartnerPageFactory,
    QubPageFactory,
    SchoolIndexPageFactory,
    SchoolPageFactory,
    SpacePageFactory,
    SpaceRequestWithSpaceFactory,
    ThemeFactory,
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
        InspirationIndexPageFactory,
        InspirationPageFactory,
        NetworkIndexPageFactory,
        NetworkPageFactory,
        SchoolIndexPageFactory,
        SchoolPageFactory,
        PartnerIndexPageFactory,
        PartnerPageFactory,
        CollaborationIndexPageFactory,
        CollaborationPageFactory,
        EventIndexPageFactory,
        EventPageFactory,
        QubPageFactory,
        SpacePageFactory,
        ImpactPageFactory,
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
        ThemeFactory,
        EventAudienceFactory,
        SpaceRequestWithSpaceFactory,
    )
}


def parent_for(model, home):
    """A page that `model` may be added under, in `home`'s tree: the home page itself where
    allowed, else a new page of the first allowed type (made the same way)."""
    allowed = model.allowed_parent_page_models()
    if type(home) in allowed:
        return home
    parent_model = next(parent for parent in allowed if parent in PAGE_FACTORIES)
    return PAGE_FACTORIES[parent_model](parent=parent_for(parent_model, home))


def page_of_type(model, home):
    """A live page of type `model` in `home`'s tree (the home page for the home page type)."""
    if isinstance(home, model):
        return home
    return PAGE_FACTORIES[model](parent=parent_for(model, home))
