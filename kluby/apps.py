from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KlubyConfig(AppConfig):
    name = "kluby"
    verbose_name = _("Portal core")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import frame  # noqa: F401  (connects the signals that refresh the cached frame)
