from django.utils.translation import gettext_lazy as _

from kluby.apps import PortalAppConfig


class NetworkConfig(PortalAppConfig):
    default = True  # the config Django picks, though apps.py also holds PortalAppConfig
    name = "network"
    verbose_name = _("School network")
