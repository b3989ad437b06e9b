from django.utils.translation import gettext_lazy as _

from kluby import registry


class ResourcesConfig(registry.PortalAppConfig):
    name = "resources"
    verbose_name = _("Resources")
    demo_loader = "resources.demo.loader.load"
    audited_page_types = ("resources.ResourceIndexPage", "resources.ResourcePage")
