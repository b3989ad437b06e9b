from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KlubyConfig(AppConfig):
    name = "kluby"
    verbose_name = _("Portal core")
    default_auto_field = "django.db.models.BigAutoField"
