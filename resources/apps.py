from django.utils.translation import gettext_lazy as _

from kluby.apps import PortalAppConfig


class ResourcesConfig(PortalAppConfig):
    default = True  # the config Django picks, though apps.py also holds PortalAppConfig
    name = "resources"
    verbose_name = _("Resources")
    demo_loader = "resources.demo.loader.load"
