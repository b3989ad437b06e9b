"""Demo content of the inspirations app: the activity indexes (Inspiracje in the Polish
tree, the Qub's activities for school classes in the Romanian one, each translated into
English) and their activities, read from inspirations/demo (docs/demo-content.md; the
format of an activity is described in docs/inspirations.md)."""

import dataclasses
import re
import time

from clubs.models import ClubPage, EquipmentItem
from kluby.demo.locations import ContentError
from kluby.demo.markdown import rich_text
from kluby.demo.sources import Choice, Flag, ListOf, Number, Ref, Section, Struct, Text, Translated
from kluby.demo.toolkit import (
    body_blocks,
    ensure_images,
    ensure_locales,
    ensure_page,
    read_content,
    references_indexed_at_end,
)
from kluby.models import HomePage
from resources.demo.documents import demo_document
from resources.models import ResourcePage

from ..blocks import StepContentBlock
from ..choices import Cost, Difficulty, SteamArea
from ..models import (
    InspirationClubRun,
    InspirationDownload,
    InspirationEquipment,
    InspirationIndexPage,
    InspirationPage,
    InspirationResource,
)

# The page types the benchmarks copy to grow the listings (see kluby/demo/scale.py).
SCALED_PAGE_TYPES = [InspirationPage]

# Each section of activities and the resource library its `resources` name pages of.
SECTIONS_AND_LIBRARIES = {"inspiracje": "zasobnik", "qub": "qub"}
LICENCES = ("cc-by-4.0", "cc-by-sa-4.0", "cc-by-nc-4.0", "cc-by-nc-sa-4.0", "cc0")
STEP_HEADING = re.compile(r"^## (?P<title>.+?) \((?P<minutes>\d+) min\)\s*$")


class Comments:
    """`club_comments`: one comment per club key, `{key: text}`."""

    def check(self, value, where, refs):
        if not isinstance(value, dict):
            raise where.error("expected lines 'club-key: comment'")
        for key, text in value.items():
            Text().check(text, value.where(key), refs)
        return {key: (text, value.where(key)) for key, text in value.items()}


RECORDS = {
    "images": {"title": Text(), "description": Text()},
    "worksheets": {"title": Translated(languages=("en",)), "lines": Translated(ListOf(Text()), languages=("en",))},
}

ACTIVITY_TEXT = {
    "title": Text(),
    "slug": Text(),
    "lead": Text(max_length=400),
    "participants": Text(),
    "organisation": Text(),
    "learning_goals": ListOf(Text()),
    "materials?": ListOf(Text()),
    "preparation?": ListOf(Text()),
    "variations?": Struct({"younger?": Text(), "older?": Text(), "online?": Text()}),
    "safety?": Text(),
    "benefits": ListOf(Text()),
    "author": Text(),
    "club_comments?": Comments(),
}
INDEX_TEXT = {"title": Text(), "slug": Text(), "lead": Text()}


def activity_section(library):
    return Section(
        text=ACTIVITY_TEXT,
        facts={
            "position": Number(),
            "sample?": Flag(),
            "age_from": Number(),
            "age_to?": Number(),
            "intergenerational?": Flag(),
            "duration": Number(),
            "group_min": Number(),
            "group_max": Number(),
            "difficulty": Choice(tuple(Difficulty.values)),
            "cost": Choice(tuple(Cost.values)),
            "steam": ListOf(Choice(tuple(SteamArea.values))),
            "equipment?": ListOf(Struct({"item": Ref("clubs:equipment"), "quantity": Number(), "optional?": Flag()})),
            "resources?": ListOf(Ref(f"resources:page:{library}")),
            "clubs?": ListOf(Ref("clubs:clubs")),
            "worksheets?": ListOf(Ref("worksheets")),
            "licence": Choice(LICENCES),
            "listing_image": Ref("images"),
        },
        index_text=INDEX_TEXT,
        index_facts={"show_in_menus?": Flag()},
        index_body=True,
    )


SECTIONS = {name: activity_section(library) for name, library in SECTIONS_AND_LIBRARIES.items()}


def read():
    return read_content(
        "inspirations", RECORDS, SECTIONS, other=("clubs", "resources"), body_refs={"image": "images"}
    )


def split_steps(version):
    """[(title, minutes, Markdown, first line)] of the `## Title (N min)` steps of a body."""
    steps, where = [], version.where
    for number, line in enumerate(version.body.splitlines()):
        line_no = version.body_line + number
        if line.startswith("## "):
            heading = STEP_HEADING.match(line)
            if heading is None:
                raise ContentError(version.path, line_no, "a step starts '## Title (N min)'")
            steps.append([heading["title"], int(heading["minutes"]), [], line_no + 1])
        elif line.startswith("#"):
            raise ContentError(version.path, line_no, "only '## Title (N min)' headings start steps; no other headings")
        elif steps:
            steps[-1][2].append(line)
        elif line.strip():
            raise ContentError(version.path, line_no, "the body starts with a step: '## Title (N min)'")
    if not steps:
        raise where().error("the body has no steps ('## Title (N min)')")
    return [(title, minutes, "\n".join(lines), first) for title, minutes, lines, first in steps]


def check_translated_steps(page):
    """A translation has the source's steps, with the same minutes."""
    minutes = [step[1] for step in split_steps(page.source)]
    for version in list(page.versions.values())[1:]:
        theirs = [step[1] for step in split_steps(version)]
        if theirs != minutes:
            raise version.where().error(f"the steps' minutes are {theirs}; the source's are {minutes}")


class InspirationsLoader:
    def __init__(self, content, locales, images, created):
        self.content, self.locales, self.images, self.created = content, locales, images, created
        self.homes = {home.locale.language_code: home for home in HomePage.objects.select_related("locale")}
        self.equipment = {}
        keys = content.other["clubs"].records["equipment"]
        for item in EquipmentItem.objects.filter(slug__in=keys):
            self.equipment.setdefault(item.slug, {})[item.locale_id] = item
        self.documents = {}

    def equipment_item(self, key, code):
        """The catalogue item in language `code`, else its English copy."""
        by_locale = self.equipment[key]
        return by_locale.get(self.locales[code].pk) or by_locale[self.locales["en"].pk]

    def page_in(self, model, app, section, key, code):
        """The live page of another app's demo content `key` in language `code`, or None."""
        version = self.content.other[app].pages[section][key].versions.get(code)
        if version is None:
            return None
        return model.objects.filter(locale=self.locales[code], slug=version.fields["slug"]).first()

    def worksheet(self, key, code):
        record = self.content.records["worksheets"][key]
        if code not in record["title"]:
            return None
        if (key, code) not in self.documents:
            self.documents[key, code] = demo_document(record["title"][code], record["lines"].get(code, []))
        return self.documents[key, code]

    def load_index(self, name):
        page = self.content.indexes[name]

        def fill(index, version):
            index.title, index.lead = version.fields["title"], version.fields["lead"]
            index.intro = rich_text(version.body, version.path, version.body_line) if version.body.strip() else ""
            index.show_in_menus = page.facts.get("show_in_menus", False)

        return ensure_page(self.homes[page.source.language], page, InspirationIndexPage, fill, self.locales, created=self.created)

    def resolve(self, kind, key, where):
        if kind == "image" and key in self.images:
            return self.images[key].pk
        raise where.error(f"there is no {kind} '{key}' in the inspirations' demo content")

    def fill(self, activity, page, version, library):
        facts, text, code = page.facts, version.fields, version.language
        activity.title, activity.lead = text["title"], text["lead"]
        activity.participants, activity.organisation = text["participants"], text["organisation"]
        activity.learning_goals = "\n".join(text["learning_goals"])
        activity.materials = "\n".join(text.get("materials", []))
        activity.preparation = "\n".join(text.get("preparation", []))
        variations = text.get("variations", {})
        activity.variation_younger = variations.get("younger", "")
        activity.variation_older = variations.get("older", "")
        activity.variation_online = variations.get("online", "")
        activity.safety, activity.benefits = text.get("safety", ""), "\n".join(text["benefits"])
        activity.author, activity.licence, activity.is_sample = text["author"], facts["licence"], facts.get("sample", False)
        activity.age_from, activity.age_to = facts["age_from"], facts.get("age_to")
        activity.intergenerational = facts.get("intergenerational", False)
        activity.duration_minutes = facts["duration"]
        activity.group_min, activity.group_max = facts["group_min"], facts["group_max"]
        activity.difficulty, activity.cost = facts["difficulty"], facts["cost"]
        for area in SteamArea.values:
            setattr(activity, area, area in facts["steam"])
        activity.listing_image = self.images[facts["listing_image"]]
        activity.steps = self.steps(version)
        activity.equipment = [
            InspirationEquipment(
                item=self.equipment_item(need["item"], code),
                quantity=need["quantity"],
                optional=need.get("optional", False),
                sort_order=order,
            )
            for order, need in enumerate(facts.get("equipment", []))
        ]
        documents = [self.worksheet(key, code) for key in facts.get("worksheets", [])]
        activity.downloads = [InspirationDownload(document=document) for document in documents if document]
        resources = [self.page_in(ResourcePage, "resources", library, key, code) for key in facts.get("resources", [])]
        activity.resource_links = [InspirationResource(resource=resource) for resource in resources if resource]
        comments = text.get("club_comments", {})
        for key, (_comment, where) in comments.items():
            if key not in facts.get("clubs", []):
                raise where.error(f"'{key}' is not listed in this activity's clubs")
        runs = []
        for key in facts.get("clubs", []):
            club = self.page_in(ClubPage, "clubs", "clubs", key, code)
            if club is not None:
                runs.append(InspirationClubRun(club=club, comment=comments.get(key, ("", None))[0]))
        activity.club_runs = runs

    def steps(self, version):
        steps = []
        for title, minutes, markdown, first_line in split_steps(version):
            shifted = dataclasses.replace(version, body=markdown, body_line=first_line)
            content = body_blocks(shifted, self.resolve, StepContentBlock())
            steps.append({"type": "step", "value": {"title": title, "minutes": minutes, "content": content}})
        return steps

    def load_activities(self, name, indexes):
        library = SECTIONS_AND_LIBRARIES[name]
        for page in self.content.pages[name].values():
            check_translated_steps(page)
            ensure_page(
                indexes[page.source.language],
                page,
                InspirationPage,
                lambda activity, version, page=page: self.fill(activity, page, version, library),
                self.locales,
                created=self.created,
            )


def load(stdout=None):
    content = read()
    if not {"pl", "ro", "en"} <= set(HomePage.objects.values_list("locale__language_code", flat=True)):
        if stdout is not None:
            stdout.write("  The home pages are missing; load kluby's demo content first.")
        return
    started = time.monotonic()
    images = ensure_images(content.records["images"])
    with references_indexed_at_end() as created:
        loader = InspirationsLoader(content, ensure_locales(), images, created)
        for name in SECTIONS:
            indexes = loader.load_index(name)
            loader.load_activities(name, indexes)
    if stdout is not None:
        stdout.write(f"  {InspirationPage.objects.count()} inspirations in {time.monotonic() - started:.1f} s.")
