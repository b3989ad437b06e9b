from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KlubyConfig(AppConfig):
    name = "kluby"
    verbose_name = _("Portal core")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks, frame  # noqa: F401  (registers the checks; connects the signals that refresh the cached frame)
        from .admin_i18n import make_import_time_labels_lazy

        make_import_time_labels_lazy()
