from django.utils.translation import gettext_lazy as _

from kluby import registry


class ClubsConfig(registry.PortalAppConfig):
    name = "clubs"
    verbose_name = _("Clubs")
    demo_loader = "clubs.demo.loader.load"
    audited_page_types = ("clubs.ClubIndexPage", "clubs.ClubPage")
    urls = "clubs.urls"
    localized_urls = "clubs.contact"
    sitemaps = {"equipment": "clubs.sitemaps.EquipmentSitemap"}

    def ready(self):
        from kluby.open_data import Dataset, register_dataset

        register_dataset(
            Dataset(
                key="clubs",
                title=_("Creativity clubs"),
                description=_(
                    "Every published club in every language: name, address, coordinates, "
                    "region, organisational model, edition, status, audiences and equipment. "
                    "Codes are used for the model, edition, status and audiences."
                ),
                formats=(("GeoJSON", "open_data_clubs_geojson"), ("CSV", "open_data_clubs_csv")),
                order=20,
            )
        )
