"""Where the network's pages may live: the networks index under a home page, a network under
it with one index of each kind, and the Qub beside the networks with its resource library."""

from wagtail.test.utils import WagtailPageTestCase

from kluby.models import HomePage, StandardPage
from network.models import (
    CollaborationIndexPage,
    CollaborationPage,
    EventIndexPage,
    ImpactPage,
    NetworkIndexPage,
    NetworkPage,
    PartnerIndexPage,
    PartnerPage,
    QubPage,
    SchoolIndexPage,
    SchoolPage,
    SpacePage,
)
from resources.models import ResourceIndexPage


class NetworkPageTreeTests(WagtailPageTestCase):
    def test_the_networks_index_lives_under_a_home_page(self):
        self.assertCanCreateAt(HomePage, NetworkIndexPage)
        self.assertCanNotCreateAt(StandardPage, NetworkIndexPage)
        self.assertAllowedSubpageTypes(NetworkIndexPage, {NetworkPage, QubPage})

    def test_a_network_has_its_sections(self):
        self.assertAllowedParentPageTypes(NetworkPage, {NetworkIndexPage})
        self.assertAllowedSubpageTypes(
            NetworkPage, {SchoolIndexPage, PartnerIndexPage, CollaborationIndexPage, EventIndexPage, ImpactPage}
        )
        for index in (SchoolIndexPage, PartnerIndexPage, CollaborationIndexPage, EventIndexPage):
            self.assertEqual(index.max_count_per_parent, 1)
            self.assertAllowedParentPageTypes(index, {NetworkPage})
            self.assertCanNotCreateAt(HomePage, index)

    def test_schools_partners_and_collaborations_live_in_their_index_only(self):
        for page, index in (
            (SchoolPage, SchoolIndexPage),
            (PartnerPage, PartnerIndexPage),
            (CollaborationPage, CollaborationIndexPage),
        ):
            self.assertAllowedParentPageTypes(page, {index})
            self.assertAllowedSubpageTypes(page, set())
            self.assertCanNotCreateAt(NetworkPage, page)

    def test_the_qub_holds_its_spaces_and_its_resource_library(self):
        self.assertAllowedParentPageTypes(QubPage, {NetworkIndexPage})
        self.assertAllowedSubpageTypes(QubPage, {SpacePage, ResourceIndexPage})
        self.assertCanCreateAt(QubPage, ResourceIndexPage)
