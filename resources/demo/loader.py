"""Demo content of the resources app: the taxonomy, Zasobnik (pl, en) with its glossary and
examples from the world, and the Qub's resource library (ro, en) with a Romanian glossary,
read from resources/demo/data and resources/demo/pages (see docs/demo-content.md)."""

import time
from decimal import Decimal

from clubs.models import EquipmentItem
from kluby.demo.markdown import rich_text
from kluby.demo.sources import Choice, Date, Flag, ListOf, Number, Ref, Section, Text, Translated
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
from resources.models import (
    Audience,
    ExampleIndexPage,
    ExamplePage,
    GlossaryPage,
    GlossaryTerm,
    Licence,
    ResourceAttachment,
    ResourceCategory,
    ResourceIndexPage,
    ResourcePage,
    ResourceRelatedLink,
    ResourceType,
)

from .documents import demo_document

# The page types the benchmarks copy to grow the listings (see kluby/demo/scale.py).
SCALED_PAGE_TYPES = [ResourcePage, ExamplePage]

# Sections whose pages are resources, each with its library (the section's _index.md).
LIBRARIES = ("zasobnik", "qub")

PAGE_TEXT = {"title": Text(), "slug": Text(), "lead?": Text(required=False)}

RECORDS = {
    "images": {"title": Text(), "description": Text()},
    "categories": {"name": Translated(), "description": Translated()},
    "audiences": {"name": Translated()},
    "glossary": {"term": Translated(), "definition": Translated()},
    "countries": {"name": Translated()},
    "documents": {"title": Text(), "lines": ListOf(Text(required=False))},
    "examples": {
        "country": Ref("countries"),
        "latitude": Number(float),
        "longitude": Number(float),
        "website?": Text(),
        "model": Text(),
        "opened?": Number(),
        "listing_image": Ref("images"),
    },
}


def library_section(name):
    return Section(
        text={**PAGE_TEXT, "author?": Text(), "tags?": ListOf(Text())},
        facts={
            "position": Number(),
            "sample?": Flag(),
            "category": Ref("categories"),
            "audiences?": ListOf(Ref("audiences")),
            "type": Choice(tuple(ResourceType.values)),
            "licence": Choice(tuple(Licence.values)),
            "last_reviewed": Date(),
            "related?": ListOf(Ref(f"page:{name}")),
            "glossary?": ListOf(Ref("glossary")),
            "equipment?": ListOf(Ref("clubs:equipment")),
            "attachments?": ListOf(Ref("documents")),
            "listing_image?": Ref("images"),
        },
        index_text=PAGE_TEXT,
        index_facts={"listing_image?": Ref("images"), "show_in_menus?": Flag()},
    )


SECTIONS = {
    **{name: library_section(name) for name in LIBRARIES},
    "glossary": Section(text=PAGE_TEXT, facts={"library": Choice(LIBRARIES)}, body=False),
    "examples": Section(
        text={**PAGE_TEXT, "name": Text(), "institution": Text(), "city": Text()},
        index_text=PAGE_TEXT,
        index_facts={"library": Choice(LIBRARIES), "listing_image?": Ref("images")},
        record="examples",
    ),
}


def read():
    body_refs = {
        "image": "images",
        "document": "documents",
        "resource": "|".join(f"page:{name}" for name in LIBRARIES),
        "equipment": "clubs:equipment",
    }
    return read_content("resources", RECORDS, SECTIONS, other=("clubs",), body_refs=body_refs)


def out(stdout, message):
    if stdout is not None:
        stdout.write(message)


class ResourcesLoader:
    def __init__(self, content, locales, images, documents, created):
        self.content, self.locales, self.created = content, locales, created
        self.images, self.documents = images, documents
        self.resources = {}  # library -> key -> {code: ResourcePage}
        self.homes = {home.locale.language_code: home for home in HomePage.objects.select_related("locale")}

    def ensure(self, parent, page, model, fill, publish=True, new_pages=None):
        new = []
        versions = ensure_page(parent, page, model, fill, self.locales, publish=publish, created=new)
        self.created.extend(new)
        if new_pages is not None:
            new_pages.extend(new)
        return versions

    def image(self, facts, name="listing_image"):
        return self.images[facts[name]] if name in facts else None

    # taxonomy

    def load_taxonomy(self):
        def ensure_all(model, set_name, values):
            return {
                key: ensure_snippets(model, self.locales, key, values(record), self.created)
                for key, record in self.content.records[set_name].items()
            }

        self.categories = ensure_all(
            ResourceCategory,
            "categories",
            lambda record: {
                code: {"name": name, "description": record["description"].get(code, "")}
                for code, name in record["name"].items()
            },
        )
        self.audiences = ensure_all(
            Audience, "audiences", lambda record: {code: {"name": name} for code, name in record["name"].items()}
        )
        self.terms = ensure_all(
            GlossaryTerm,
            "glossary",
            lambda record: {
                code: {"term": term, "definition": record["definition"][code]} for code, term in record["term"].items()
            },
        )
        self.equipment = {}
        for item in EquipmentItem.objects.filter(slug__in=self.content.other["clubs"].records["equipment"]):
            self.equipment.setdefault(item.slug, {})[item.locale_id] = item

    def equipment_item(self, key, code):
        """The catalogue item in language `code`; the catalogue is in Polish and English, so a
        page in another language shows the English item."""
        by_locale = self.equipment[key]
        return by_locale.get(self.locales[code].pk) or by_locale[self.locales["en"].pk]

    # pages

    def resolve(self, code):
        def resolve(kind, key, where):
            if kind == "image" and key in self.images:
                return self.images[key].pk
            if kind == "document" and key in self.documents:
                return self.documents[key].pk
            if kind == "equipment" and key in self.equipment:
                return self.equipment_item(key, code).pk
            if kind == "resource":
                for library in LIBRARIES:
                    if key in self.resources.get(library, {}) and code in self.resources[library][key]:
                        return self.resources[library][key][code].pk
            raise where.error(f"there is no {kind} '{key}' in {code} in the demo content")

        return resolve

    def load_library(self, name):
        page = self.content.indexes[name]

        def fill(index, version):
            index.title, index.lead = version.fields["title"], version.fields.get("lead", "")
            index.listing_image = self.image(page.facts)
            index.show_in_menus = page.facts.get("show_in_menus", False)

        # A library may have moved since it was made (the Qub's, under the Qub page): it is
        # looked for where it is now.
        home = self.homes[page.source.language]
        moved = ResourceIndexPage.objects.filter(locale=home.locale, slug=page.source.fields["slug"]).first()
        return self.ensure(moved.get_parent() if moved else home, page, ResourceIndexPage, fill)

    def fill_resource(self, resource, page, version):
        facts, text, code = page.facts, version.fields, version.language
        where = page.source.where
        resource.title, resource.lead = text["title"], text.get("lead", "")
        resource.author = text.get("author", "")
        resource.resource_type, resource.licence = facts["type"], facts["licence"]
        resource.last_reviewed = facts["last_reviewed"]
        resource.listing_image = self.image(facts)
        resource.category = translated(self.categories[facts["category"]], code, where("category"), "the category")
        resource.audiences.set(
            [translated(self.audiences[key], code, where("audiences"), f"the audience '{key}'") for key in facts.get("audiences", [])]
        )
        resource.glossary_terms.set(
            [translated(self.terms[key], code, where("glossary"), f"the term '{key}'") for key in facts.get("glossary", [])]
        )
        equipment = []
        for key in facts.get("equipment", []):
            item = self.equipment_item(key, code)
            if item not in equipment:
                equipment.append(item)
        resource.equipment.set(equipment)
        resource.tags.set(text.get("tags", []))
        resource.attachments = [ResourceAttachment(document=self.documents[key]) for key in facts.get("attachments", [])]

    def load_resources(self, name, libraries):
        """A library's resources. New pages are saved as drafts first and get their bodies and
        related resources once every page exists, so that they can refer to one another."""
        new_pages = []
        self.resources[name] = {}
        for key, page in self.content.pages[name].items():

            self.resources[name][key] = self.ensure(
                libraries[page.source.language],
                page,
                ResourcePage,
                lambda resource, version, page=page: self.fill_resource(resource, page, version),
                publish=False,
                new_pages=new_pages,
            )
        keys = {instance.pk: key for key, versions in self.resources[name].items() for instance in versions.values()}
        for instance in new_pages:
            page = self.content.pages[name][keys[instance.pk]]
            code = instance.locale.language_code
            version = page.versions[code]
            instance.body = body_blocks(
                version, self.resolve(code), ResourcePage.body.field.stream_block, page.facts.get("sample", False)
            )
            targets = [self.resources[name][key][code] for key in page.facts.get("related", []) if code in self.resources[name][key]]
            instance.related_links = [
                ResourceRelatedLink(related_page=target, sort_order=number) for number, target in enumerate(targets)
            ]
            instance.save_revision().publish()

    def load_glossaries(self, libraries):
        for page in self.content.pages["glossary"].values():

            def fill(glossary, version):
                glossary.title, glossary.lead = version.fields["title"], version.fields.get("lead", "")

            self.ensure(libraries[page.facts["library"]][page.source.language], page, GlossaryPage, fill)

    def load_examples(self, libraries):
        index_page = self.content.indexes["examples"]

        def fill_index(index, version):
            index.title, index.lead = version.fields["title"], version.fields.get("lead", "")
            index.listing_image = self.image(index_page.facts)

        parent = libraries[index_page.facts["library"]][index_page.source.language]
        indexes = self.ensure(parent, index_page, ExampleIndexPage, fill_index)
        countries = self.content.records["countries"]
        for key, record in self.content.records["examples"].items():
            page = self.content.pages["examples"][key]

            def fill(example, version, record=record):
                text, code = version.fields, version.language
                example.title, example.lead = text["title"], text.get("lead", "")
                example.notable = rich_text(version.body, version.path, version.body_line)
                example.name, example.institution, example.city = text["name"], text["institution"], text["city"]
                example.country_code = record["country"]
                example.country = countries[record["country"]]["name"][code]
                example.latitude, example.longitude = Decimal(str(record["latitude"])), Decimal(str(record["longitude"]))
                example.website, example.model = record.get("website", ""), record["model"]
                example.opened, example.listing_image = record.get("opened"), self.images[record["listing_image"]]

            self.ensure(indexes[page.source.language], page, ExamplePage, fill)


def load(stdout=None):
    content = read()
    locales = ensure_locales()
    if not {"pl", "ro", "en"} <= set(HomePage.objects.values_list("locale__language_code", flat=True)):
        out(stdout, "  The home pages are missing; load kluby's demo content first.")
        return
    started = time.monotonic()
    images = ensure_images(content.records["images"])
    documents = {key: demo_document(record["title"], record["lines"]) for key, record in content.records["documents"].items()}
    with references_indexed_at_end() as created:
        loader = ResourcesLoader(content, locales, images, documents, created)
        loader.load_taxonomy()
        libraries = {name: loader.load_library(name) for name in LIBRARIES}
        for name in LIBRARIES:
            loader.load_resources(name, libraries[name])
        loader.load_glossaries(libraries)
        loader.load_examples(libraries)
    out(
        stdout,
        f"  {ResourcePage.objects.count()} resources, {ExamplePage.objects.count()} examples"
        f" in {time.monotonic() - started:.1f} s.",
    )
