from django.utils.translation import gettext_lazy as _

from kluby import registry


class NetworkConfig(registry.PortalAppConfig):
    name = "network"
    verbose_name = _("School network")
    demo_loader = "network.demo.loader.load"
    audited_page_types = (
        "network.NetworkIndexPage",
        "network.NetworkPage",
        "network.SchoolIndexPage",
        "network.SchoolPage",
        "network.PartnerIndexPage",
        "network.PartnerPage",
        "network.CollaborationIndexPage",
        "network.CollaborationPage",
        "network.QubPage",
    )
    benchmarked_pages = (
        ("network page", "network.NetworkPage", ""),
        ("school index", "network.SchoolIndexPage", ""),
        ("school index, filtered", "network.SchoolIndexPage", "?level=lower-secondary&theme=steam"),
        ("school index, page 2", "network.SchoolIndexPage", "?page=2"),
        ("school page", "network.SchoolPage", ""),
        ("partner index", "network.PartnerIndexPage", ""),
        ("collaboration index", "network.CollaborationIndexPage", ""),
    )
    urls = "network.urls"
    localized_urls = "network.contact"

    def ready(self):
        from kluby.open_data import Dataset, register_dataset

        register_dataset(
            Dataset(
                key="schools",
                title=_("Schools of the school networks"),
                description=_(
                    "Every published school in every language: name, level, address, coordinates, "
                    "county, pupils and teachers, year joined, membership and themes. The "
                    "coordinators' e-mail addresses are not included."
                ),
                formats=(("GeoJSON", "open_data_schools_geojson"), ("CSV", "open_data_schools_csv")),
                order=40,
            )
        )
        register_dataset(
            Dataset(
                key="partners",
                title=_("Partners of the school networks"),
                description=_("Every published partner organisation in every language: name, type, website, town and coordinates."),
                formats=(("CSV", "open_data_partners_csv"),),
                order=41,
            )
        )
