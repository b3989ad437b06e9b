from django.utils.translation import gettext_lazy as _

from kluby import registry


class NetworkConfig(registry.PortalAppConfig):
    name = "network"
    verbose_name = _("School network")
    audited_page_types = ("network.EventIndexPage", "network.EventPage", "network.SpacePage")
    benchmarked_pages = (
        ("event index", "network.EventIndexPage", ""),
        ("event index, filtered", "network.EventIndexPage", "?when=upcoming&type=workshop"),
        ("event page", "network.EventPage", ""),
        ("event calendar file", "network.EventPage", "ics/"),
        ("space page", "network.SpacePage", ""),
    )
    urls = "network.urls"
    localized_urls = "network.space_requests"

    def ready(self):
        from kluby.open_data import Dataset, register_dataset

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
                order=40,
            )
        )
