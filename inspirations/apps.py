from django.utils.translation import gettext_lazy as _

from kluby.apps import PortalAppConfig


class InspirationsConfig(PortalAppConfig):
    default = True  # the config Django picks, though apps.py also holds PortalAppConfig
    name = "inspirations"
    verbose_name = _("Inspirations")
