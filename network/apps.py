from django.utils.translation import gettext_lazy as _

from kluby import registry


class NetworkConfig(registry.PortalAppConfig):
    name = "network"
    verbose_name = _("School network")
    audited_page_types = ("network.ImpactPage",)
    benchmarked_pages = (("impact dashboard", "network.ImpactPage", ""),)
