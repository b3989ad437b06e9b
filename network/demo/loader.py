"""Demo content of the school network: themes and audiences, the networks index under each
home page, the Cluj network with its schools, partners, collaborations and events, the Qub
with its spaces, and the impact dashboards, read from network/demo (docs/demo-content.md;
the format of each file is described in docs/network.md).

Events are dated relative to the day the content is loaded (`starts_in_days`), in the local
time of Europe/Bucharest. At the end the Qub's resource library, which the resources app
creates under the Romanian home page, moves under the Qub page; Wagtail's redirects app
records redirects from its old addresses."""

import datetime
import time
import zoneinfo
from decimal import Decimal

from django.utils import timezone
from django.utils.text import slugify
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from clubs.models import EquipmentItem, Region
from kluby.demo.markdown import rich_text
from kluby.demo.sources import (
    Choice,
    Date,
    Flag,
    ListOf,
    Number,
    Ref,
    Section,
    Struct,
    Text,
    Translated,
)
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
from resources.models import ResourceIndexPage, ResourcePage

from ..choices import (
    REACH_FIELDS,
    EventType,
    MembershipStatus,
    PartnerType,
    Programme,
    SchoolLevel,
    SpaceKind,
)
from ..models import (
    Audience,
    CollaborationGalleryImage,
    CollaborationIndexPage,
    CollaborationPage,
    EventIndexPage,
    EventPage,
    ImpactPage,
    NetworkIndexPage,
    NetworkMilestone,
    NetworkPage,
    PartnerIndexPage,
    PartnerPage,
    QubPage,
    SchoolGalleryImage,
    SchoolIndexPage,
    SchoolPage,
    SpaceEquipment,
    SpaceGalleryImage,
    SpacePage,
    Theme,
)
from ..models.events import DEFAULT_TIME_ZONE

# The page types the benchmarks copy to grow the listings (see kluby/demo/scale.py).
SCALED_PAGE_TYPES = [SchoolPage, PartnerPage, CollaborationPage, EventPage]

# The resources app's library that belongs to the Qub, by its section in resources/demo.
QUB_LIBRARY = "qub"


def choices(text_choices):
    return Choice(tuple(text_choices.values))


class OptionalDate:
    """A date, or nothing (`end:` left empty while a collaboration runs)."""

    def check(self, value, where, refs):
        return None if value in (None, "") else Date().check(value, where, refs)


class Quantities:
    """Equipment a space has: `{catalogue item key: how many}`."""

    def check(self, value, where, refs):
        if not isinstance(value, dict):
            raise where.error("expected lines 'item-key: quantity'")
        for key, quantity in value.items():
            Ref("clubs:equipment").check(key, value.where(key), refs)
            Number().check(quantity, value.where(key), refs)
        return dict(value)


class LocalTime:
    """A local time written 'HH:MM' (in quotes)."""

    def check(self, value, where, refs):
        try:
            return datetime.time.fromisoformat(str(value))
        except ValueError:
            raise where.error("expected a time written as 'HH:MM'") from None


class Place:
    """Where an event happens: `{space: key}`, `{school: key}`, `{venue: true}` (the venue's
    name in each page file) or `{online: 'https://...'}`; several may be given."""

    KINDS = {"space": Ref("spaces"), "school": Ref("schools"), "venue": Flag(), "online": Text()}

    def check(self, value, where, refs):
        if not isinstance(value, dict) or not value:
            raise where.error("expected {space: key}, {school: key}, {venue: true} or {online: 'https://...'}")
        for name, item in value.items():
            if name not in self.KINDS:
                raise value.where(name).error(f"'{name}' is not one of: {', '.join(self.KINDS)}")
            self.KINDS[name].check(item, value.where(name), refs)
        return dict(value)


REACH = Struct({f"{field}?": Number() for field, _label in REACH_FIELDS})
TEXT = {"title": Text(), "slug": Text(), "lead": Text()}
# The network's pages are written in Romanian first; the Kluby Kreatywności dashboard in Polish.
SOURCE_FIRST = ("ro", "pl", "en")

RECORDS = {
    "images": {"title": Text(), "description": Text()},
    "themes": {"name": Translated()},
    "audiences": {"name": Translated()},
    "schools": {
        "sample": Flag(),
        "level": choices(SchoolLevel),
        "street?": Text(),
        "postcode?": Text(),
        "town": Text(),
        "county": Text(),
        "latitude": Number(float),
        "longitude": Number(float),
        "pupils?": Number(),
        "teachers?": Number(),
        "year_joined?": Number(),
        "status": choices(MembershipStatus),
        "themes": ListOf(Ref("themes")),
        "coordinator_name?": Text(),
        "coordinator_email?": Text(),
        "listing_image?": Ref("images"),
        "gallery?": ListOf(Ref("images")),
    },
    "partners": {
        "sample": Flag(),
        "type": choices(PartnerType),
        "website?": Text(required=False),
        "street?": Text(),
        "postcode?": Text(),
        "town?": Text(),
        "latitude?": Number(float),
        "longitude?": Number(float),
        "logo?": Ref("images"),
        "listing_image?": Ref("images"),
    },
    "collaborations": {
        "sample": Flag(),
        "themes": ListOf(Ref("themes")),
        "start": Date(),
        "end?": OptionalDate(),
        "schools": ListOf(Ref("schools")),
        "partners": ListOf(Ref("partners")),
        "resources?": ListOf(Ref(f"resources:page:{QUB_LIBRARY}")),
        "participants?": REACH,
        "listing_image?": Ref("images"),
        "gallery?": ListOf(Ref("images")),
    },
    "spaces": {
        "kind": choices(SpaceKind),
        "capacity": Number(),
        "area_m2?": Number(),
        "step_free": Flag(),
        "equipment?": Quantities(),
        "listing_image?": Ref("images"),
        "gallery?": ListOf(Ref("images")),
    },
    "events": {
        "sample": Flag(),
        "type": choices(EventType),
        "starts_in_days": Number(),
        "start_time": LocalTime(),
        "end_in_days?": Number(),
        "end_time": LocalTime(),
        "place": Place(),
        "audiences": ListOf(Ref("audiences")),
        "capacity?": Number(),
        "registration_url?": Text(),
        "free_entry?": Flag(),
        "organisers?": ListOf(Ref("partners")),
        "participants?": REACH,
        "listing_image?": Ref("images"),
    },
    "targets": {f"{field}?": Number() for field in (*(f for f, _ in REACH_FIELDS), "schools")},
}

MILESTONE = Struct({"year": Number(), "title": Text(), "text?": Text()})

SECTIONS = {
    "retea": Section(
        text={**TEXT, "milestones?": ListOf(MILESTONE)},
        facts={"region?": Text(), "listing_image?": Ref("images")},
        index_text=TEXT,
        index_facts={"listing_image?": Ref("images"), "show_in_menus?": Flag()},
        index_body=True,
        languages=SOURCE_FIRST,
    ),
    "scoli": Section(text=TEXT, index_text=TEXT, index_body=True, record="schools"),
    "parteneri": Section(text=TEXT, index_text=TEXT, index_body=True, record="partners"),
    "colaborari": Section(text={**TEXT, "outcomes?": Text()}, index_text=TEXT, index_body=True, record="collaborations"),
    "evenimente": Section(text={**TEXT, "venue?": Text()}, index_text=TEXT, index_body=True, record="events"),
    "qub": Section(
        text=TEXT,
        index_text={**TEXT, "opening_hours?": Text()},
        index_facts={
            "street?": Text(),
            "postcode?": Text(),
            "town?": Text(),
            "latitude?": Number(float),
            "longitude?": Number(float),
            "address_sample?": Flag(),
            "listing_image?": Ref("images"),
        },
        index_body=True,
    ),
    "spatii": Section(text={**TEXT, "accessibility?": Text()}, record="spaces"),
    "impact": Section(
        text=TEXT, facts={"programme": choices(Programme), "listing_image?": Ref("images")}, languages=SOURCE_FIRST
    ),
}

# The page of the network each section's pages go under.
NETWORK_SECTIONS = {
    "scoli": SchoolIndexPage,
    "parteneri": PartnerIndexPage,
    "colaborari": CollaborationIndexPage,
    "evenimente": EventIndexPage,
}


def read():
    return read_content(
        "network", RECORDS, SECTIONS, other=("clubs", "resources"), body_refs={"image": "images"}
    )


def out(stdout, message):
    if stdout is not None:
        stdout.write(message)


def decimal(value):
    return Decimal(str(value)) if value is not None else None


class NetworkLoader:
    def __init__(self, content, locales, images, created, today):
        self.content, self.locales, self.images, self.created = content, locales, images, created
        self.today = today
        self.homes = {home.locale.language_code: home for home in HomePage.objects.select_related("locale")}
        self.pages = {}  # section -> key -> {code: page}

    # helpers

    def ensure(self, parent_of, page, model, fill):
        """`page` under `parent_of(code)` of its source language (see toolkit.ensure_page)."""
        return ensure_page(parent_of[page.source.language], page, model, fill, self.locales, created=self.created)

    def image(self, key):
        return self.images[key] if key else None

    def resolve(self, kind, key, where):
        if kind == "image" and key in self.images:
            return self.images[key].pk
        raise where.error(f"there is no {kind} '{key}' in the network's demo content")

    def body(self, version, model):
        return body_blocks(version, self.resolve, model.body.field.stream_block)

    def intro(self, version):
        return self.body(version, NetworkIndexPage) if version.body.strip() else []

    def linked(self, section, key, code, where, what):
        """The page `key` of `section` in language `code`."""
        versions = self.pages[section][key]
        if code not in versions:
            raise where.error(f"{what} '{key}' has no {code} version")
        return versions[code]

    def linked_if_any(self, section, keys, code):
        return [self.pages[section][key][code] for key in keys if code in self.pages[section][key]]

    @staticmethod
    def set_reach(page, record):
        participants = record.get("participants", {})
        for field, _label in REACH_FIELDS:
            setattr(page, field, participants.get(field))

    # snippets

    def load_taxonomy(self):
        self.themes = {
            key: ensure_snippets(
                Theme, self.locales, key, {code: {"name": name, "sort_order": record.position} for code, name in record["name"].items()}, self.created
            )
            for key, record in self.content.records["themes"].items()
        }
        self.audiences = {
            key: ensure_snippets(
                Audience, self.locales, key, {code: {"name": name, "sort_order": record.position} for code, name in record["name"].items()}, self.created
            )
            for key, record in self.content.records["audiences"].items()
        }
        self.regions = {}
        for region in Region.objects.select_related("locale"):
            self.regions.setdefault(region.slug, {})[region.locale.language_code] = region

    def region(self, name, code, where):
        slug = slugify(name)
        if slug not in self.regions:
            raise where.error(f"there is no region '{slug}' in clubs/demo/data/regions.yaml")
        return translated(self.regions[slug], code, where, f"the region '{slug}'")

    def terms(self, snippets, keys, code, where, what):
        return [translated(snippets[key], code, where, f"the {what} '{key}'") for key in keys]

    # the networks section

    def load_networks(self):
        index = self.content.indexes["retea"]

        def fill_index(page, version):
            page.title, page.lead = version.fields["title"], version.fields["lead"]
            page.body = self.intro(version)
            page.listing_image = self.image(index.facts.get("listing_image"))
            page.show_in_menus = index.facts.get("show_in_menus", False)

        self.network_indexes = self.ensure(self.homes, index, NetworkIndexPage, fill_index)
        self.networks = {}
        for key, page in self.content.pages["retea"].items():
            years = [milestone["year"] for milestone in page.source.fields.get("milestones", [])]
            for version in page.versions.values():
                theirs = [milestone["year"] for milestone in version.fields.get("milestones", [])]
                if theirs != years:
                    raise version.where("milestones").error(f"the milestones' years are {theirs}; the source's are {years}")

            def fill(network, version, page=page):
                network.title, network.lead = version.fields["title"], version.fields["lead"]
                network.body = self.intro(version)
                network.listing_image = self.image(page.facts.get("listing_image"))
                region = page.facts.get("region")
                code = version.language
                if region and slugify(region) in self.regions and code in self.regions[slugify(region)]:
                    network.region = self.regions[slugify(region)][code]
                network.milestones = [
                    NetworkMilestone(year=item["year"], title=item["title"], text=item.get("text", ""), sort_order=order)
                    for order, item in enumerate(version.fields.get("milestones", []))
                ]

            self.networks[key] = self.ensure(self.network_indexes, page, NetworkPage, fill)

    def network(self):
        """The network the section pages belong to (the demo has one: Cluj)."""
        return next(iter(self.networks.values()))

    def load_section_index(self, section):
        index = self.content.indexes[section]

        def fill(page, version):
            page.title, page.lead = version.fields["title"], version.fields["lead"]
            page.body = self.intro(version)

        return self.ensure(self.network(), index, NETWORK_SECTIONS[section], fill)

    # schools, partners, collaborations

    def fill_school(self, page, record, version):
        code = version.language
        page.title, page.lead = version.fields["title"], version.fields["lead"]
        page.level, page.status = record["level"], record["status"]
        page.street, page.postcode, page.town = record.get("street", ""), record.get("postcode", ""), record["town"]
        page.region = self.region(record["county"], code, record.where)
        page.latitude, page.longitude = decimal(record["latitude"]), decimal(record["longitude"])
        page.pupils, page.teachers, page.year_joined = record.get("pupils"), record.get("teachers"), record.get("year_joined")
        page.themes = self.terms(self.themes, record["themes"], code, record.where, "theme")
        page.coordinator_name = record.get("coordinator_name", "")
        page.coordinator_email = record.get("coordinator_email", "")
        page.is_sample = record["sample"]
        page.listing_image = self.image(record.get("listing_image"))
        page.body = self.body(version, SchoolPage)
        page.gallery_images = [
            SchoolGalleryImage(image=self.images[key], sort_order=order) for order, key in enumerate(record.get("gallery", []))
        ]

    def fill_partner(self, page, record, version):
        page.title, page.lead = version.fields["title"], version.fields["lead"]
        page.partner_type, page.website = record["type"], record.get("website", "") or ""
        page.street, page.postcode, page.town = record.get("street", ""), record.get("postcode", ""), record.get("town", "")
        page.latitude, page.longitude = decimal(record.get("latitude")), decimal(record.get("longitude"))
        page.logo = self.image(record.get("logo"))
        page.listing_image = self.image(record.get("listing_image"))
        page.is_sample = record["sample"]
        page.body = self.body(version, PartnerPage)

    def resource_pages(self, keys, code):
        """The Qub library's resources `keys` in language `code` (those that exist in it)."""
        library = self.content.other["resources"]
        slugs = [
            library.pages[QUB_LIBRARY][key].versions[code].fields["slug"]
            for key in keys
            if code in library.pages[QUB_LIBRARY][key].versions
        ]
        found = {page.slug: page for page in ResourcePage.objects.filter(locale=self.locales[code], slug__in=slugs)}
        return [found[slug] for slug in slugs if slug in found]

    def fill_collaboration(self, page, record, version):
        code = version.language
        page.title, page.lead = version.fields["title"], version.fields["lead"]
        page.start_date, page.end_date = record["start"], record.get("end")
        page.themes = self.terms(self.themes, record["themes"], code, record.where, "theme")
        page.schools = self.linked_if_any("scoli", record["schools"], code)
        page.partners = self.linked_if_any("parteneri", record["partners"], code)
        page.resources = self.resource_pages(record.get("resources", []), code)
        outcomes = version.fields.get("outcomes", "")
        page.outcomes = rich_text(outcomes, version.path, version.where("outcomes").line) if outcomes.strip() else ""
        self.set_reach(page, record)
        page.is_sample = record["sample"]
        page.listing_image = self.image(record.get("listing_image"))
        page.body = self.body(version, CollaborationPage)
        page.gallery_images = [
            CollaborationGalleryImage(image=self.images[key], sort_order=order) for order, key in enumerate(record.get("gallery", []))
        ]

    def load_records(self, section, model, fill, indexes):
        self.pages[section] = {}
        for key, record in self.content.records[self.content.sections[section].record].items():
            page = self.content.pages[section][key]
            self.pages[section][key] = self.ensure(
                indexes, page, model, lambda instance, version, record=record: fill(instance, record, version)
            )

    # the Qub and its spaces

    def load_qub(self):
        index = self.content.indexes["qub"]
        facts = index.facts

        def fill(page, version):
            page.title, page.lead = version.fields["title"], version.fields["lead"]
            page.opening_hours = version.fields.get("opening_hours", "")
            page.street, page.postcode, page.town = facts.get("street", ""), facts.get("postcode", ""), facts.get("town", "")
            page.latitude, page.longitude = decimal(facts.get("latitude")), decimal(facts.get("longitude"))
            page.address_is_sample = facts.get("address_sample", False)
            page.listing_image = self.image(facts.get("listing_image"))
            page.body = self.body(version, QubPage)

        self.qub = self.ensure(self.network_indexes, index, QubPage, fill)

    def equipment_item(self, key, code):
        """The catalogue item in language `code`, else its English copy."""
        by_locale = self.equipment[key]
        return by_locale.get(code) or by_locale["en"]

    def fill_space(self, page, record, version):
        code = version.language
        page.title, page.lead = version.fields["title"], version.fields["lead"]
        page.kind, page.capacity, page.area_m2 = record["kind"], record["capacity"], record.get("area_m2")
        page.step_free = record["step_free"]
        text = version.fields.get("accessibility", "")
        page.accessibility = rich_text(text, version.path, version.where("accessibility").line) if text.strip() else ""
        page.listing_image = self.image(record.get("listing_image"))
        page.body = self.body(version, SpacePage)
        page.equipment = [
            SpaceEquipment(item=self.equipment_item(key, code), quantity=quantity, sort_order=order)
            for order, (key, quantity) in enumerate(record.get("equipment", {}).items())
        ]
        page.gallery_images = [
            SpaceGalleryImage(image=self.images[key], sort_order=order) for order, key in enumerate(record.get("gallery", []))
        ]

    def load_spaces(self):
        self.equipment = {}
        keys = {key for record in self.content.records["spaces"].values() for key in record.get("equipment", {})}
        for item in EquipmentItem.objects.filter(slug__in=keys).select_related("locale"):
            self.equipment.setdefault(item.slug, {})[item.locale.language_code] = item
        self.load_records("spatii", SpacePage, self.fill_space, self.qub)

    # events

    def event_times(self, record):
        """Local dates and times of an event: days counted from the load day, in Bucharest."""
        start = self.today + datetime.timedelta(days=record["starts_in_days"])
        end = self.today + datetime.timedelta(days=record.get("end_in_days", record["starts_in_days"]))
        if end < start:
            raise record.where.error("the event ends before it starts (end_in_days)")
        return start, end

    def fill_event(self, page, record, version):
        code = version.language
        page.title, page.lead = version.fields["title"], version.fields["lead"]
        page.event_type = record["type"]
        start, end = self.event_times(record)
        page.start_date, page.start_time = start, record["start_time"]
        page.end_date = end if end != start else None
        page.end_time = record["end_time"]
        page.time_zone = DEFAULT_TIME_ZONE
        place = record["place"]
        page.space = self.linked("spatii", place["space"], code, record.where, "the space") if "space" in place else None
        page.school = self.linked("scoli", place["school"], code, record.where, "the school") if "school" in place else None
        page.venue = ""
        if place.get("venue"):
            if not version.fields.get("venue"):
                raise version.where().error("the event's place is {venue: true}: write its 'venue' here")
            page.venue = version.fields["venue"]
        page.online_url = place.get("online", "")
        page.audiences = self.terms(self.audiences, record["audiences"], code, record.where, "audience")
        page.capacity = record.get("capacity")
        page.registration_url = record.get("registration_url", "")
        page.free_entry = record.get("free_entry", False)
        page.organisers = self.linked_if_any("parteneri", record.get("organisers", []), code)
        self.set_reach(page, record)
        page.is_sample = record["sample"]
        page.listing_image = self.image(record.get("listing_image"))
        page.body = self.body(version, EventPage)

    # impact

    def load_impact(self):
        targets = self.content.records["targets"]
        for page in self.content.pages["impact"].values():
            programme = page.facts["programme"]
            parent = self.network() if programme == Programme.LEARNING_QUB else self.homes
            goals = targets.get(programme, {})

            def fill(impact, version, programme=programme, goals=goals, page=page):
                impact.title, impact.lead = version.fields["title"], version.fields["lead"]
                impact.programme = programme
                for field in (*(f for f, _ in REACH_FIELDS), "schools"):
                    setattr(impact, f"target_{field}", goals.get(field))
                impact.listing_image = self.image(page.facts.get("listing_image"))
                impact.body = self.body(version, ImpactPage)

            self.ensure(parent, page, ImpactPage, fill)

    # the Qub's resource library

    def move_library(self, stdout=None):
        """The Qub's resource library, in each language, moves under the Qub page of that
        language; Wagtail's redirects app records redirects from the old addresses."""
        library = self.content.other["resources"].indexes[QUB_LIBRARY]
        for code, version in library.versions.items():
            if code not in self.qub:
                continue
            qub = QubPage.objects.get(pk=self.qub[code].pk)  # as stored, with its children counted
            page = ResourceIndexPage.objects.filter(locale=self.locales[code], slug=version.fields["slug"]).first()
            if page is None or page.get_parent().pk == qub.pk:
                continue
            site = page.get_site()
            old_urls = {
                moved.pk: moved.get_url_parts()[2] if site else None for moved in page.get_descendants(inclusive=True)
            }
            page.move(qub, pos="last-child")
            self.ensure_redirects(old_urls, site)
            out(stdout, f"  The {code} resource library moved under {qub.url_path}.")

    @staticmethod
    def ensure_redirects(old_urls, site):
        """A permanent redirect from each old address to its page, unless the redirects app
        made it already."""
        for pk, old_url in old_urls.items():
            if not old_url:
                continue
            normalised = Redirect.normalise_path(old_url)
            if not Redirect.objects.filter(old_path=normalised).exists():
                Redirect.objects.create(
                    old_path=normalised, site=site, redirect_page=Page.objects.get(pk=pk), is_permanent=True
                )


def load(stdout=None, today=None):
    content = read()
    if not {"pl", "ro", "en"} <= set(HomePage.objects.values_list("locale__language_code", flat=True)):
        out(stdout, "  The home pages are missing; load kluby's demo content first.")
        return
    started = time.monotonic()
    today = today or timezone.now().astimezone(zoneinfo.ZoneInfo(DEFAULT_TIME_ZONE)).date()
    images = ensure_images(content.records["images"])
    with references_indexed_at_end() as created:
        loader = NetworkLoader(content, ensure_locales(), images, created, today)
        loader.load_taxonomy()
        loader.load_networks()
        loader.load_qub()
        loader.load_spaces()
        indexes = {section: loader.load_section_index(section) for section in NETWORK_SECTIONS}
        loader.load_records("scoli", SchoolPage, loader.fill_school, indexes["scoli"])
        loader.load_records("parteneri", PartnerPage, loader.fill_partner, indexes["parteneri"])
        loader.load_records("colaborari", CollaborationPage, loader.fill_collaboration, indexes["colaborari"])
        loader.load_records("evenimente", EventPage, loader.fill_event, indexes["evenimente"])
        loader.load_impact()
        loader.move_library(stdout)
    out(stdout, f"  {SchoolPage.objects.count()} schools, {EventPage.objects.count()} events in {time.monotonic() - started:.1f} s.")
