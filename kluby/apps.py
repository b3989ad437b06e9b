from django.utils.translation import gettext_lazy as _

from . import registry


class KlubyConfig(registry.PortalAppConfig):
    name = "kluby"
    verbose_name = _("Portal core")
    demo_loader = "kluby.demo.loader.load"
    audited_page_types = ("kluby.HomePage", "kluby.StandardPage", "kluby.NewsIndexPage", "kluby.NewsArticlePage")
    benchmarked_pages = (
        ("news index", "kluby.NewsIndexPage", ""),
        ("news article", "kluby.NewsArticlePage", ""),
        ("standard page", "kluby.StandardPage", ""),
    )

    def ready(self):
        from . import checks, freshness  # noqa: F401  (checks: registers the system checks)
        from .admin_i18n import make_import_time_labels_lazy

        freshness.connect({config.label for config in registry.portal_apps()})
        make_import_time_labels_lazy()
