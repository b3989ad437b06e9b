from django.utils.translation import gettext_lazy as _

from kluby import registry


class ResourcesConfig(registry.PortalAppConfig):
    name = "resources"
    verbose_name = _("Resources")
    demo_loader = "resources.demo.loader.load"
    audited_page_types = ("resources.ResourceIndexPage", "resources.ResourcePage")
    benchmarked_pages = (
        ("resource index", "resources.ResourceIndexPage", ""),
        ("resource index, filtered", "resources.ResourceIndexPage", "?category=concepts&audience=librarians"),
        ("resource index, page 2", "resources.ResourceIndexPage", "?page=2"),
        ("resource page", "resources.ResourcePage", ""),
        ("examples index", "resources.ExampleIndexPage", ""),
        ("example page", "resources.ExamplePage", ""),
        ("glossary", "resources.GlossaryPage", ""),
    )
