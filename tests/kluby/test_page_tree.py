"""Which page type may live under which, and that every page type has demo content."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from kluby.models import (
    ContactPage,
    HomePage,
    NewsArticlePage,
    NewsIndexPage,
    StandardPage,
)


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_page_lives_only_under_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_standard_pages_nest_under_home_and_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_news_articles_live_only_in_the_news_index(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsArticlePage})
        self.assertAllowedParentPageTypes(NewsArticlePage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsArticlePage, set())

    def test_contact_page_lives_under_home_and_has_no_children(self):
        self.assertAllowedParentPageTypes(ContactPage, {HomePage})
        self.assertAllowedSubpageTypes(ContactPage, set())

    def test_news_article_cannot_be_created_under_home(self):
        self.assertCanNotCreateAt(HomePage, NewsArticlePage)
        self.assertCanCreateAt(NewsIndexPage, NewsArticlePage)
