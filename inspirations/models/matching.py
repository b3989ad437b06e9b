"""What can be run with what: the facts of every activity and club that the filters, the
equipment matcher and the cross-links need, read with a fixed number of queries and kept
under the published-content version; and the matching itself, in memory.

Equipment is compared by catalogue slug, which is the same in every language, so a club
with the Polish "drukarka 3D" has the English activity's "3D printer". Quantities are shown
to the visitor but not compared: a club that has an item can run a smaller group with it.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.utils.translation import gettext
from wagtail.models import Page

from clubs.choices import ClubStatus
from clubs.models import ClubEquipment, ClubPage, EquipmentItem
from kluby.freshness import content_version
from kluby.geo import nearest
from kluby.listing import clean_text, shown
from kluby.queries import cached_structure, public_only
from kluby.taxonomy import AgeGroup
from kluby.text import sort_key

from ..choices import DIFFICULTY_RANK, SteamArea, duration_band

# Languages whose catalogue names stand in when an item has no copy in the page's language.
FALLBACK_LANGUAGES = ("en", "pl")


def age_label(age_from, age_to, intergenerational=False):
    """A plain label for an age range, in the active language: “Children 7–12”."""
    values = {"from": age_from, "to": age_to}
    if intergenerational:
        return gettext("Families and mixed generations, from age %(from)s") % values
    if age_to is None:
        if age_from >= 60:
            return gettext("Seniors %(from)s+") % values
        if age_from >= 18:
            return gettext("Adults %(from)s+") % values
        return gettext("Ages %(from)s and older") % values
    if age_to <= 6:
        return gettext("Pre-school children %(from)s–%(to)s") % values
    if age_to <= 12:
        return gettext("Children %(from)s–%(to)s") % values
    if age_from >= 12 and age_to <= 19:
        return gettext("Teenagers %(from)s–%(to)s") % values
    return gettext("Ages %(from)s–%(to)s") % values


@dataclass(frozen=True)
class ActivityLink:
    """What a link to an activity on another page shows, kept with its record."""

    title: str
    url: str
    ages: tuple

    @property
    def age_label(self):
        return age_label(*self.ages)


def live_inspirations(**filters):
    model = apps.get_model("inspirations", "InspirationPage")
    return public_only(model.objects.live().filter(**filters))


def read_inspiration_records(inspirations, locale_id):
    """{pk: facts} of the activities of `inspirations` (a queryset): the values of every
    filter of the index and the equipment each needs. Three queries, whatever their number."""
    equipment_model = apps.get_model("inspirations", "InspirationEquipment")
    groups = list(AgeGroup.objects.filter(locale_id=locale_id))
    fields = ("pk", "title", "slug", "path", "first_published_at", "age_from", "age_to", "intergenerational",
              "duration_minutes", "difficulty", "cost", *SteamArea.values)
    rows = [dict(zip(fields, row, strict=True)) for row in inspirations.values_list(*fields)]
    # An activity's address is its index's and its slug: sections on other pages link to
    # activities without reading them.
    parents = {facts["path"][: -Page.steplen] for facts in rows}
    index_urls = {index.path: index.url for index in Page.objects.filter(path__in=parents)}
    records = {}
    for facts in rows:
        published = facts["first_published_at"]
        day = published.date().toordinal() if published else 0
        minutes, rank = facts["duration_minutes"], DIFFICULTY_RANK.get(facts["difficulty"], 0)
        records[facts["pk"]] = {
            "sort": (-day, facts["path"]),
            "shortest": (minutes, sort_key(facts["title"]), facts["pk"]),
            "easiest": (rank, minutes, sort_key(facts["title"]), facts["pk"]),
            "age": {
                group.slug
                for group in groups
                if group.overlaps(facts["age_from"], facts["age_to"], facts["intergenerational"])
            },
            "duration": {duration_band(minutes)},
            "difficulty": {facts["difficulty"]},
            "cost": {facts["cost"]},
            "steam": {area for area in SteamArea.values if facts[area]},
            "equipment": set(),
            "required": set(),
            "optional": set(),
            "link": ActivityLink(
                facts["title"],
                f"{index_urls.get(facts['path'][: -Page.steplen]) or ''}{facts['slug']}/",
                (facts["age_from"], facts["age_to"], facts["intergenerational"]),
            ),
        }
    rows = equipment_model.objects.filter(page__in=inspirations).values_list("page_id", "item__slug", "optional")
    for pk, slug, optional in rows:
        if pk in records:
            records[pk]["equipment"].add(slug)
            records[pk]["optional" if optional else "required"].add(slug)
    for record in records.values():
        # An item both required and optional (two rows) counts as required.
        record["optional"] -= record["required"]
    return records


def inspiration_records(key, inspirations, locale_id):
    return cached_structure(
        f"kluby:inspiration-records:{content_version()}:{key}",
        lambda: read_inspiration_records(inspirations, locale_id),
    )


def records_for_locale(locale_id):
    """The records of every live, public activity in one language (all its indexes)."""
    return inspiration_records(f"locale-{locale_id}", live_inspirations(locale_id=locale_id), locale_id)


def match(records, have):
    """(keys of the activities whose required equipment is all in `have`, [(key, the one
    missing item's slug)] of those missing exactly one), each in the records' order."""
    ready, missing_one = [], []
    for key, record in records.items():
        missing = record["required"] - have
        if not missing:
            ready.append(key)
        elif len(missing) == 1:
            missing_one.append((key, next(iter(missing))))
    ready.sort(key=lambda key: records[key]["sort"])
    missing_one.sort(key=lambda pair: records[pair[0]]["sort"])
    return ready, missing_one


def needing(records, slug):
    """[(key, optional)] of the activities that use the item `slug`, required ones first."""
    found = [(key, slug in record["optional"]) for key, record in records.items() if slug in record["equipment"]]
    return sorted(found, key=lambda pair: (pair[1], records[pair[0]]["sort"]))


# The catalogue ----------------------------------------------------------------------


def read_catalogue(locale_id):
    items = list(EquipmentItem.objects.select_related("category", "locale"))
    order = {locale_id: 0}
    for position, code in enumerate(FALLBACK_LANGUAGES, start=1):
        locale = next((item.locale for item in items if item.locale.language_code == code), None)
        if locale is not None:
            order.setdefault(locale.pk, position)
    chosen, urls = {}, {}
    for item in sorted(items, key=lambda item: order.get(item.locale_id, 99)):
        chosen.setdefault(item.slug, item)
        if item.slug not in urls:
            url = item.get_url()
            if url:
                urls[item.slug] = url
    for slug, item in chosen.items():
        item.catalogue_url = urls.get(slug, "")
    return dict(sorted(chosen.items(), key=lambda pair: (pair[1].category.sort_order, sort_key(pair[1].category.name), sort_key(pair[1].name))))


def catalogue_items(locale_id):
    """{slug: item} of the whole catalogue, each item in the language of `locale_id` where it
    has a copy there, else in English or Polish; each with `catalogue_url`, the address of
    its page in the first of those languages that has one ("" if none)."""
    return cached_structure(f"kluby:inspiration-catalogue:{content_version()}:{locale_id}", lambda: read_catalogue(locale_id))


def read_catalogue_groups(locale_id):
    grouped = {}
    for item in catalogue_items(locale_id).values():
        grouped.setdefault(item.category.name, []).append(item)
    return list(grouped.items())


def catalogue_groups(locale_id):
    """[(category name, [items])]: the catalogue of `catalogue_items` by category, in its
    order, as the matcher's form lists it."""
    return cached_structure(
        f"kluby:inspiration-catalogue-groups:{content_version()}:{locale_id}", lambda: read_catalogue_groups(locale_id)
    )


# Clubs ------------------------------------------------------------------------------


def read_club_records(locale_id):
    clubs = public_only(ClubPage.objects.live().filter(locale_id=locale_id))
    records = {
        pk: {"title": title, "town": town, "region": region, "region_name": region_name,
             "latitude": latitude, "longitude": longitude, "closed": status == ClubStatus.CLOSED, "equipment": set()}
        for pk, title, town, region, region_name, latitude, longitude, status in clubs.values_list(
            "pk", "title", "town", "region__slug", "region__name", "latitude", "longitude", "status"
        )
    }
    for pk, slug in ClubEquipment.objects.filter(page__in=clubs).values_list("page_id", "item__slug"):
        records[pk]["equipment"].add(slug)
    return records


def club_records(locale_id):
    """{pk: facts} of the live, public clubs of a language, closed ones included."""
    return cached_structure(f"kluby:inspiration-clubs:{content_version()}:{locale_id}", lambda: read_club_records(locale_id))


def _words(text):
    return sort_key(text).split()


def read_club_names(locale_id):
    records = club_records(locale_id)
    names = [(pk, " ".join(_words(club["title"])), " ".join(_words(f"{club['title']} {club['town']}"))) for pk, club in records.items()]
    return sorted(names, key=lambda entry: (entry[1], entry[0]))


def clubs_named(text, locale_id):
    """Keys of the clubs of a language (closed ones included) named by a visitor's `text`,
    by name: those whose name is `text`, if any, else those whose name and town hold every
    word of it. Case and diacritics are ignored (“krakow” finds “Kraków”)."""
    words = _words(text)
    if not words:
        return []
    names = cached_structure(f"kluby:inspiration-club-names:{content_version()}:{locale_id}", lambda: read_club_names(locale_id))
    wanted = " ".join(words)
    exact = [pk for pk, name, _text in names if name == wanted]
    return exact or [pk for pk, _name, both in names if all(word in both for word in words)]


@dataclass
class Places:
    """The regions and towns of a language's clubs, which a visitor may pick to see the
    nearest clubs first."""

    regions: list = field(default_factory=list)  # [(slug, name)]
    towns: list = field(default_factory=list)  # [name]


def places_of_clubs(locale_id):
    clubs = club_records(locale_id).values()
    regions = sorted({(club["region"], club["region_name"]) for club in clubs if club["region"]}, key=lambda pair: sort_key(pair[1]))
    towns = sorted({club["town"] for club in clubs if club["town"]}, key=sort_key)
    return Places(regions, towns)


def _centre(clubs):
    points = [(float(club["latitude"]), float(club["longitude"])) for club in clubs if club["latitude"] is not None]
    if not points:
        return None
    return sum(lat for lat, _lon in points) / len(points), sum(lon for _lat, lon in points) / len(points)


def clubs_ready_for(required, locale_id, params, places, limit):
    """The open clubs of a language that hold every item of `required`: ([(club page,
    kilometres or None)], a message about an unknown place or "", the chosen place's name).
    Nearest first when `params` names a known `region` (slug) or `town`, else by name."""
    records = club_records(locale_id)
    region = clean_text(params.get("region", ""), max_length=120)
    town = clean_text(params.get("town", ""), max_length=120)
    region_names = dict(places.regions)
    message, origin, place = "", None, ""
    if town:
        if town in places.towns:
            origin, place = _centre(club for club in records.values() if club["town"] == town), town
        else:
            message = gettext("“%(value)s” is not a town of a club we know, so the clubs are in alphabetical order.") % {"value": shown(town)}
    elif region:
        if region in region_names:
            origin, place = _centre(club for club in records.values() if club["region"] == region), region_names[region]
        else:
            message = gettext("“%(value)s” is not a known region, so the clubs are in alphabetical order.") % {"value": shown(region)}
    ready = {pk: club for pk, club in records.items() if not club["closed"] and required <= club["equipment"]}
    if origin is not None:
        ordered = nearest(origin, [(pk, club["latitude"], club["longitude"]) for pk, club in ready.items()], limit, float("inf"))
    else:
        ordered = [(None, pk) for pk in sorted(ready, key=lambda pk: sort_key(ready[pk]["title"]))[:limit]]
    pages = ClubPage.objects.select_related("region").in_bulk([pk for _km, pk in ordered])
    found = [(pages[pk], round(km) if km is not None else None) for km, pk in ordered if pk in pages]
    return ReadyClubs(found, len(ready)), message, place


@dataclass
class ReadyClubs:
    clubs: list
    total: int
