from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


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
        from . import frame  # noqa: F401  (connects the signals that refresh the cached frame)
