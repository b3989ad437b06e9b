"""Site-wide pieces every content area shares, one module per concern: the image model, the
base page, the home and standard pages, news, the contact form, site settings and the footer.
Every model is importable from `kluby.models`."""

from ..taxonomy import AgeGroup  # noqa: F401  (a model of this app, defined beside its admin)
from .base import BasePage
from .contact import CONTACT_FORM_LIMIT, ContactFormField, ContactPage
from .images import CustomImage, CustomRendition
from .news import NewsArticlePage, NewsArticleTag, NewsIndexPage
from .pages import HomePage, HomePageArea, HomePageFeatured, StandardPage
from .site import FooterContent, SiteSettings

__all__ = [
    "BasePage",
    "CONTACT_FORM_LIMIT",
    "ContactFormField",
    "ContactPage",
    "CustomImage",
    "CustomRendition",
    "FooterContent",
    "HomePage",
    "HomePageArea",
    "HomePageFeatured",
    "NewsArticlePage",
    "NewsArticleTag",
    "NewsIndexPage",
    "SiteSettings",
    "StandardPage",
]
