from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

# The portal's own apps: saving one of their models (other than pages and a page's inline
# children) changes what visitors read.
PORTAL_APP_LABELS = ("kluby", "clubs", "resources", "inspirations", "network")


class PortalAppConfig(AppConfig):
    """An app of the portal. It says what it brings to the core, so that the core never names
    it: `demo_loader` is the dotted path of its demo content's `load(stdout)` (or None)."""

    default_auto_field = "django.db.models.BigAutoField"
    demo_loader = None


class KlubyConfig(PortalAppConfig):
    default = True  # the config Django picks, though apps.py also holds PortalAppConfig
    name = "kluby"
    verbose_name = _("Portal core")
    demo_loader = "kluby.demo.loader.load"

    def ready(self):
        from . import freshness

        freshness.connect(PORTAL_APP_LABELS)
