"""Demo content of the clubs app: regions, the equipment catalogue, the club index and clubs,
read from clubs/demo/data and clubs/demo/pages (see docs/demo-content.md)."""

from decimal import Decimal

from kluby.demo.sources import Choice, Flag, ListOf, Number, Ref, Section, Text, Translated
from kluby.demo.toolkit import (
    body_blocks,
    ensure_images,
    ensure_locales,
    ensure_page,
    ensure_snippets,
    read_content,
    references_indexed_at_end,
    translated,
)
from kluby.models import HomePage
from kluby.taxonomy import AgeGroup

from ..choices import ClubStatus, CostBand, OrganisationalModel, TownSize
from ..models import (
    ClubActivity,
    ClubEquipment,
    ClubGalleryImage,
    ClubIndexPage,
    ClubLink,
    ClubPage,
    Edition,
    EquipmentCategory,
    EquipmentItem,
    Region,
)

# The page types the benchmarks copy to grow the listings (see kluby/demo/scale.py).
SCALED_PAGE_TYPES = [ClubPage]


class Quantities:
    """Equipment a club has: `{item key: how many}`."""

    def check(self, value, where, refs):
        if not isinstance(value, dict):
            raise where.error("expected lines 'item-key: quantity'")
        for key, quantity in value.items():
            Ref("equipment").check(key, value.where(key), refs)
            Number().check(quantity, value.where(key), refs)
        return dict(value)


def choices(text_choices):
    return Choice(tuple(text_choices.values))


RECORDS = {
    "images": {"title": Text(), "description": Text()},
    "regions": {"name": Translated(languages=("pl", "en")), "country": Text()},
    "editions": {"name": Translated(), "start_year": Number(), "end_year?": Number(required=False)},
    "equipment_categories": {"name": Translated(languages=("pl", "en", "ro"))},
    "equipment": {
        "category": Ref("equipment_categories"),
        "cost_band": choices(CostBand),
        "image": Ref("images"),
        "name": Translated(languages=("pl", "en")),
        "description": Translated(languages=("pl", "en")),
        "safety?": Translated(Text(required=False), languages=("pl", "en")),
    },
    "texts": {"text": Translated(languages=("pl", "en"))},
    "sample_fields": {"label": Translated(languages=("pl", "en"))},
    "clubs": {
        "sample": Flag(),
        "sample_fields?": ListOf(Ref("sample_fields")),
        "street?": Text(),
        "postcode?": Text(),
        "town": Text(),
        "region": Ref("regions"),
        "latitude": Number(float),
        "longitude": Number(float),
        "town_size": choices(TownSize),
        "model": choices(OrganisationalModel),
        "edition": Ref("editions"),
        "year_founded?": Number(),
        "status": choices(ClubStatus),
        "contact_email": Text(),
        "website?": Text(),
        "age_groups": ListOf(Ref("kluby:age_groups")),
        "equipment": Quantities(),
        "listing_image": Ref("images"),
        "gallery": ListOf(Ref("images")),
    },
}

SECTIONS = {
    "clubs": Section(
        text={
            "title": Text(),
            "slug": Text(),
            "lead": Text(),
            "library": Text(),
            "opening_hours?": Text(),
            "activities?": ListOf(Text()),
        },
        index_text={"title": Text(), "slug": Text(), "lead": Text(), "intro?": Text()},
        index_facts={"show_in_menus?": Flag()},
        record="clubs",
    ),
}


def read():
    return read_content("clubs", RECORDS, SECTIONS, other=("kluby",), body_refs={"image": "images"})


class ClubsLoader:
    def __init__(self, content, locales, images, created):
        self.content, self.locales, self.images, self.created = content, locales, images, created
        self.texts = content.records["texts"]

    def snippets(self, model, set_name, values):
        return {
            key: ensure_snippets(model, self.locales, key, values(record, position), self.created)
            for position, (key, record) in enumerate(self.content.records[set_name].items())
        }

    def load_catalogue(self):
        self.regions = self.snippets(
            Region,
            "regions",
            lambda record, _: {code: {"name": name, "country_code": record["country"]} for code, name in record["name"].items()},
        )
        self.editions = self.snippets(
            Edition,
            "editions",
            lambda record, _: {
                code: {"name": name, "start_year": record["start_year"], "end_year": record.get("end_year")}
                for code, name in record["name"].items()
            },
        )
        self.categories = self.snippets(
            EquipmentCategory,
            "equipment_categories",
            lambda record, position: {code: {"name": name, "sort_order": position} for code, name in record["name"].items()},
        )

        def item_values(record, _):
            return {
                code: {
                    "name": name,
                    "category": translated(self.categories[record["category"]], code, record.where, "its category"),
                    # Languages beyond pl and en (ro) may come with a name first.
                    "description": record["description"].get(code, ""),
                    "safety_notes": record.get("safety", {}).get(code, ""),
                    "cost_band": record["cost_band"],
                    "image": self.images[record["image"]],
                }
                for code, name in record["name"].items()
            }

        self.items = self.snippets(EquipmentItem, "equipment", item_values)

    def load_index(self):
        page = self.content.indexes["clubs"]
        home = HomePage.objects.get(locale=self.locales[page.source.language])

        def fill(index, version):
            index.title, index.lead = version.fields["title"], version.fields["lead"]
            index.intro = version.fields.get("intro", "")
            index.show_in_menus = page.facts.get("show_in_menus", False)

        return ensure_page(home, page, ClubIndexPage, fill, self.locales, created=self.created)

    def sample_note(self, club, code):
        if club["sample"] or not club.get("sample_fields"):
            return ""
        labels = self.content.records["sample_fields"]
        parts = ", ".join(labels[name]["label"][code] for name in club["sample_fields"])
        return self.texts["sample_note"]["text"][code].format(parts=parts)

    def fill_club(self, page, club, version):
        """Every field and child relation of a club page in one language."""
        code, text = version.language, version.fields
        page.title, page.lead, page.library = text["title"], text["lead"], text["library"]
        page.opening_hours = text.get("opening_hours", "")
        page.street, page.postcode, page.town = club.get("street", ""), club.get("postcode", ""), club["town"]
        page.region = translated(self.regions[club["region"]], code, club.where, f"the region '{club['region']}'")
        page.latitude, page.longitude = Decimal(str(club["latitude"])), Decimal(str(club["longitude"]))
        page.town_size, page.organisational_model = club["town_size"], club["model"]
        page.edition = translated(self.editions[club["edition"]], code, club.where, f"the edition '{club['edition']}'")
        page.year_founded, page.status = club.get("year_founded"), club["status"]
        page.contact_email = club["contact_email"]
        page.body = body_blocks(version, self.resolve, ClubPage.body.field.stream_block)
        page.is_sample, page.sample_note = club["sample"], self.sample_note(club, code)
        page.listing_image = self.images[club["listing_image"]]
        page.age_groups = list(AgeGroup.objects.filter(locale=self.locales[code], slug__in=club["age_groups"]))
        page.equipment = [
            ClubEquipment(
                item=translated(self.items[key], code, club.where, f"the equipment item '{key}'"),
                quantity=quantity,
                sort_order=order,
            )
            for order, (key, quantity) in enumerate(club["equipment"].items())
        ]
        page.activities = [ClubActivity(title=title, sort_order=order) for order, title in enumerate(text.get("activities", []))]
        page.gallery_images = [
            ClubGalleryImage(image=self.images[key], sort_order=order) for order, key in enumerate(club["gallery"], start=1)
        ]
        website = club.get("website")
        page.links = [ClubLink(title=self.texts["website_link_title"]["text"][code], url=website)] if website else []

    def resolve(self, kind, key, where):
        if kind == "image" and key in self.images:
            return self.images[key].pk
        raise where.error(f"there is no {kind} '{key}' in the clubs' demo content")

    def load_clubs(self, indexes):
        for key, club in self.content.records["clubs"].items():
            page = self.content.pages["clubs"][key]
            ensure_page(
                indexes[page.source.language],
                page,
                ClubPage,
                lambda instance, version, club=club: self.fill_club(instance, club, version),
                self.locales,
                created=self.created,
            )


def load(stdout=None):
    content = read()
    images = ensure_images(content.records["images"])
    with references_indexed_at_end() as created:
        loader = ClubsLoader(content, ensure_locales(), images, created)
        loader.load_catalogue()
        indexes = loader.load_index()
        loader.load_clubs(indexes)
