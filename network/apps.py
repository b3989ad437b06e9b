from django.utils.translation import gettext_lazy as _

from kluby import registry


class NetworkConfig(registry.PortalAppConfig):
    name = "network"
    verbose_name = _("School network")
    demo_loader = "network.demo.loader.load"
    # Lighthouse runs on these (the browser crawl, axe and the HTML checker visit every type).
    audited_page_types = (
        "network.NetworkPage",
        "network.SchoolIndexPage",
        "network.SchoolPage",
        "network.EventIndexPage",
        "network.EventPage",
        "network.SpacePage",
        "network.ImpactPage",
    )
    benchmarked_pages = (
        ("network page", "network.NetworkPage", ""),
        ("school index", "network.SchoolIndexPage", ""),
        ("school index, filtered", "network.SchoolIndexPage", "?level=lower-secondary&theme=steam"),
        ("school index, page 2", "network.SchoolIndexPage", "?page=2"),
        ("school page", "network.SchoolPage", ""),
        ("partner index", "network.PartnerIndexPage", ""),
        ("collaboration index", "network.CollaborationIndexPage", ""),
        ("event index", "network.EventIndexPage", ""),
        ("event index, filtered", "network.EventIndexPage", "?when=upcoming&type=workshop"),
        ("event page", "network.EventPage", ""),
        ("event calendar file", "network.EventPage", "ics/"),
        ("space page", "network.SpacePage", ""),
        ("impact dashboard", "network.ImpactPage", ""),
    )
    urls = "network.urls"
    # The coordinator e-mail button of school pages and the space request form.
    localized_urls = "network.localized_urls"

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
        register_dataset(
            Dataset(
                key="network-events",
                title=_("School network events"),
                description=_(
                    "Every published event of the school network in every language, as an "
                    "iCalendar feed to subscribe to: times in the event's time zone, place, "
                    "summary and a link to its page. Add ?language=ro (or en, pl) for one language."
                ),
                formats=(("iCalendar", "open_data_events_ics"),),
                order=42,
            )
        )
