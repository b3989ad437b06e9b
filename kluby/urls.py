import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.decorators.cache import cache_control
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import index as sitemap_index
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.documents.views import serve as document_views

from . import accounts, views
from .api import api_router
from .registry import portal_apps, portal_sitemaps
from .sitemaps import LanguageViewsSitemap, MultilingualSitemap

SITEMAPS = {"pages": MultilingualSitemap, "views": LanguageViewsSitemap, **portal_sitemaps()}

urlpatterns = [
    # Some of Wagtail's own views come first with rate limits (kluby/accounts.py), under
    # Wagtail's URLs and names.
    path(
        "admin/password_reset/",
        accounts.RateLimitedPasswordResetView.as_view(),
        name="wagtailadmin_password_reset",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        accounts.password_guesses_limited(document_views.authenticate_with_password),
        name="wagtaildocs_authenticate_with_password",
    ),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("healthz", views.healthz, name="healthz"),
    *[path("", include(app.urls)) for app in portal_apps() if app.urls],
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path(
        "sitemap.xml",
        sitemap_index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path("sitemap-<section>.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap_section"),
]

if settings.SERVE_MEDIA:
    urlpatterns += [
        re_path(
            rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.*)$",
            cache_control(max_age=86400, public=True)(serve),
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

urlpatterns += i18n_patterns(
    path("search/", views.search, name="search"),
    path("open-data/", views.open_data_index, name="open_data"),
    *[path("", include(app.localized_urls)) for app in portal_apps() if app.localized_urls],
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        accounts.password_guesses_limited(wagtail_views.authenticate_with_password),
        name="wagtailcore_authenticate_with_password",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "kluby.views.page_not_found"
handler500 = "kluby.views.server_error"
