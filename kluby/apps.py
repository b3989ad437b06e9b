from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

# The portal's own apps: saving one of their models (other than pages and a page's inline
# children) changes what visitors read.
PORTAL_APP_LABELS = ("kluby", "clubs", "resources", "inspirations", "network")


class KlubyConfig(AppConfig):
    name = "kluby"
    verbose_name = _("Portal core")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import freshness

        freshness.connect(PORTAL_APP_LABELS)
