from django.utils.translation import gettext_lazy as _

from kluby import registry


class InspirationsConfig(registry.PortalAppConfig):
    name = "inspirations"
    verbose_name = _("Inspirations")
    demo_loader = "inspirations.demo.loader.load"
    audited_page_types = ("inspirations.InspirationIndexPage", "inspirations.InspirationPage")
    benchmarked_pages = (
        ("inspiration index", "inspirations.InspirationIndexPage", ""),
        ("inspiration index, filtered", "inspirations.InspirationIndexPage", "?age=children-9-12&steam=technology&sort=shortest"),
        ("inspiration page", "inspirations.InspirationPage", ""),
        (
            "equipment matcher",
            "inspirations.InspirationIndexPage",
            "matcher/?equipment=3d-printer-fdm&equipment=laptop&equipment=microbit",
        ),
    )
    urls = "inspirations.urls"
    localized_urls = "inspirations.short_urls"
    page_sections = {
        "clubs.ClubPage": "inspirations.sections.club_activities",
        "clubs.equipment_item": "inspirations.sections.equipment_activities",
    }

    def ready(self):
        from kluby.open_data import Dataset, register_dataset

        register_dataset(
            Dataset(
                key="inspirations",
                title=_("Activity ideas (inspirations)"),
                description=_(
                    "Every published activity in every language: age range, duration, group size, "
                    "difficulty, cost, STEAM areas and the catalogue equipment it needs (slugs, "
                    "required and optional apart), author and licence."
                ),
                formats=(("CSV", "open_data_inspirations_csv"),),
                order=30,
            )
        )
