from django.utils.translation import gettext_lazy as _

from . import registry


class KlubyConfig(registry.PortalAppConfig):
    name = "kluby"
    verbose_name = _("Portal core")
    demo_loader = "kluby.demo.loader.load"
    audited_page_types = ("kluby.HomePage", "kluby.StandardPage", "kluby.NewsIndexPage", "kluby.NewsArticlePage")

    def ready(self):
        from . import freshness

        freshness.connect({config.label for config in registry.portal_apps()})
