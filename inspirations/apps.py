from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InspirationsConfig(AppConfig):
    name = "inspirations"
    verbose_name = _("Inspirations")
    default_auto_field = "django.db.models.BigAutoField"
