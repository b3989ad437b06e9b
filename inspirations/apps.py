from django.utils.translation import gettext_lazy as _

from kluby import registry


class InspirationsConfig(registry.PortalAppConfig):
    name = "inspirations"
    verbose_name = _("Inspirations")
