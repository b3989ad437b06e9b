"""Demo content of the clubs app: regions, the equipment catalogue, the club index and clubs.

Clubs and equipment are in Polish with English translations; equipment categories also in
Romanian. Idempotent like every loader: what exists is left alone.
"""

from decimal import Decimal

from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from kluby.demo.toolkit import (
    body_blocks,
    demo_image,
    ensure_child,
    ensure_locales,
    ensure_translation,
)
from kluby.models import HomePage

from ..models import (
    ClubActivity,
    ClubAudience,
    ClubEquipment,
    ClubGalleryImage,
    ClubIndexPage,
    ClubLink,
    ClubPage,
    EquipmentCategory,
    EquipmentItem,
    Region,
)
from . import content

CLUB_LANGUAGES = ("pl", "en")
# A handful of generated images shared by every club and item keeps loading fast.
IMAGE_POOL_SIZE = 10


def image_pool():
    return [
        demo_image(
            f"club-illustration-{number}",
            f"Illustration: creativity club {number}",
            "An abstract illustration of coloured shapes.",
        )
        for number in range(1, IMAGE_POOL_SIZE + 1)
    ]


# Objects this run created, whose references (images, items, regions) are indexed once at
# the end rather than on every save of every inline row, which took most of the loading time.
created = []


def ensure_snippet(model, locale, slug, source, fields):
    """The snippet with `slug` in `locale`, created as a translation of `source` when missing."""
    existing = model.objects.filter(locale=locale, slug=slug).first()
    if existing is not None:
        return existing
    instance = model(locale=locale, slug=slug, **fields)
    if source is not None:
        instance.translation_key = source.translation_key
    instance.save()
    created.append(instance)
    return instance


def load_regions(locales):
    regions = {}
    for entry in content.REGIONS:
        source = ensure_snippet(
            Region, locales["pl"], entry["key"], None, {"name": entry["pl"], "country_code": entry["country"]}
        )
        regions[entry["key"]] = {"pl": source}
        regions[entry["key"]]["en"] = ensure_snippet(
            Region, locales["en"], entry["key"], source, {"name": entry["en"], "country_code": entry["country"]}
        )
    return regions


def load_equipment(locales, images):
    categories = {}
    for position, entry in enumerate(content.EQUIPMENT_CATEGORIES):
        source = None
        categories[entry["key"]] = {}
        for code in ("pl", "en", "ro"):
            category = ensure_snippet(
                EquipmentCategory,
                locales[code],
                entry["key"],
                source,
                {"name": entry[code], "sort_order": position},
            )
            source = source or category
            categories[entry["key"]][code] = category
    category_keys = [entry["key"] for entry in content.EQUIPMENT_CATEGORIES]
    items = {}
    for entry in content.EQUIPMENT:
        image = images[category_keys.index(entry["category"]) % len(images)]
        source = None
        items[entry["key"]] = {}
        for code in CLUB_LANGUAGES:
            item = ensure_snippet(
                EquipmentItem,
                locales[code],
                entry["key"],
                source,
                {
                    "name": entry[code]["name"],
                    "category": categories[entry["category"]][code],
                    "description": entry[code]["description"],
                    "safety_notes": entry[code]["safety"],
                    "cost_band": entry["cost_band"],
                    "image": image,
                },
            )
            source = source or item
            items[entry["key"]][code] = item
    return items


def load_index(locales):
    home = HomePage.objects.filter(locale=locales["pl"]).first()
    data = content.CLUB_INDEX
    index = ensure_child(
        home,
        data["slug"]["pl"],
        lambda: ClubIndexPage(
            title=data["pl"]["title"], lead=data["pl"]["lead"], intro=data["pl"]["intro"], show_in_menus=True
        ),
    )
    indexes = {"pl": index}
    indexes["en"] = ensure_translation(
        index,
        locales["en"],
        data["slug"]["en"],
        {"title": data["en"]["title"], "lead": data["en"]["lead"], "intro": data["en"]["intro"]},
    )
    return indexes


def sample_note(entry, code):
    if entry["sample"] or not entry["sample_fields"]:
        return ""
    parts = ", ".join(content.SAMPLE_FIELD_LABELS[name][code] for name in entry["sample_fields"])
    return content.SAMPLE_NOTE[code].format(parts=parts)


def club_fields(entry, code, regions, items, images, position):
    """Every field and child relation of a club page in one language."""
    fields = {
        "title": entry["name"][code],
        "lead": entry[code]["lead"],
        "library": entry["library"][code],
        "street": entry["street"],
        "postcode": entry["postcode"],
        "town": entry["town"],
        "region": regions[entry["region"]][code],
        "latitude": Decimal(str(entry["latitude"])),
        "longitude": Decimal(str(entry["longitude"])),
        "town_size": entry["town_size"],
        "opening_hours": entry["opening_hours"][code],
        "organisational_model": entry["model"],
        "edition": entry["edition"],
        "year_founded": entry["year_founded"],
        "status": entry["status"],
        "contact_email": entry["contact_email"],
        "body": body_blocks([("p", entry[code]["description"])]),
        "is_sample": entry["sample"],
        "sample_note": sample_note(entry, code),
        "listing_image": images[position % len(images)],
        "audiences": [ClubAudience(audience=audience) for audience in entry["audiences"]],
        "equipment": [
            ClubEquipment(item=items[key][code], quantity=quantity, sort_order=order)
            for order, (key, quantity) in enumerate(entry["equipment"])
        ],
        "activities": [
            ClubActivity(title=title, sort_order=order) for order, title in enumerate(entry[code]["activities"])
        ],
        "gallery_images": [
            ClubGalleryImage(image=images[(position + offset) % len(images)], sort_order=offset)
            for offset in (1, 2)
        ],
        "links": (
            [ClubLink(title=content.WEBSITE_LINK_TITLE[code], url=entry["website"])] if entry["website"] else []
        ),
    }
    return fields


def load_clubs(indexes, locales, regions, items, images):
    for position, entry in enumerate(content.CLUBS):

        def build(entry=entry, position=position):
            page = ClubPage()
            for name, value in club_fields(entry, "pl", regions, items, images, position).items():
                setattr(page, name, value)
            return page

        source = ensure_child(indexes["pl"], entry["slug"]["pl"], build)
        if source.get_translation_or_none(locales["en"]) is None:
            created.append(source)
            created.append(
                ensure_translation(
                    source,
                    locales["en"],
                    entry["slug"]["en"],
                    club_fields(entry, "en", regions, items, images, position),
                )
            )


def load(stdout=None):
    created.clear()
    locales = ensure_locales()
    images = image_pool()
    with disable_reference_index_auto_update():
        regions = load_regions(locales)
        items = load_equipment(locales, images)
        indexes = load_index(locales)
        load_clubs(indexes, locales, regions, items, images)
    for instance in created:
        ReferenceIndex.create_or_update_for_object(instance)
    created.clear()
