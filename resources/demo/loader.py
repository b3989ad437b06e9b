"""Demo content of the resources app: the taxonomy, Zasobnik (pl, en) with its glossary and
examples from the world, and the Qub's resource library (ro, en) with a Romanian glossary."""

import datetime
import re
import time
from decimal import Decimal

from clubs.models import EquipmentItem
from kluby.demo.toolkit import (
    body_blocks,
    child_by_slug,
    demo_image,
    ensure_child,
    ensure_locales,
    sample_notice,
)
from kluby.models import HomePage
from resources.models import (
    Audience,
    ExampleIndexPage,
    ExamplePage,
    GlossaryPage,
    GlossaryTerm,
    ResourceAttachment,
    ResourceCategory,
    ResourceIndexPage,
    ResourcePage,
    ResourceRelatedLink,
)

from . import content
from .documents import demo_document

IMAGE_COUNT = 10
IMAGE_SUBJECTS = [
    "A workbench with tools, cardboard models and a laptop",
    "Shapes suggesting a 3D printer and printed parts",
    "Shapes suggesting circuit boards, wires and LEDs",
    "Shapes suggesting a group working around a table",
    "Shapes suggesting a sewing machine and fabric",
    "Shapes suggesting a microphone and headphones",
    "Shapes suggesting shelves of books and boxes of materials",
    "Shapes suggesting a map with pins",
    "Shapes suggesting a classroom with movable tables",
    "Shapes suggesting robots on a drawn track",
]

INDEXES = {
    "zasobnik": {
        "source": "pl",
        "pl": {
            "slug": "zasobnik",
            "title": "Zasobnik",
            "lead": "Baza wiedzy o twórczych przestrzeniach w bibliotekach: czym są, jak je zorganizować i wyposażyć, co w nich robić i jak robią to inni.",
        },
        "en": {
            "slug": "zasobnik",
            "title": "Zasobnik: the resource box",
            "lead": "A knowledge base on creative spaces in libraries: what they are, how to organise and equip one, what to run in it and how others do it.",
        },
    },
    "qub": {
        "source": "ro",
        "ro": {
            "slug": "biblioteca-de-resurse",
            "title": "Biblioteca de resurse The Qub",
            "lead": "Materiale pentru profesori care vor lecții STEAM mai bune: planuri de lecție, ghiduri de colaborare cu artiști și organizații culturale, instrumente de evaluare.",
        },
        "en": {
            "slug": "qub-resource-library",
            "title": "The Qub's resource library",
            "lead": "Material for teachers who want better STEAM lessons: lesson plans, guides to working with artists and cultural organisations, and evaluation tools.",
        },
    },
}

GLOSSARY_PAGES = {
    "pl": {"slug": "slowniczek", "title": "Słowniczek", "lead": "Pojęcia, które warto znać, zakładając i prowadząc twórczą przestrzeń w bibliotece."},
    "en": {"slug": "glossary", "title": "Glossary", "lead": "Terms worth knowing when you start and run a creative space in a library."},
    "ro": {"slug": "glosar", "title": "Glosar", "lead": "Termeni utili pentru cine organizează ateliere STEAM și spații de creație în școli și biblioteci."},
}

EXAMPLES_INDEX = {
    "pl": {"slug": "przyklady-ze-swiata", "title": "Przykłady ze świata", "lead": "Biblioteczne pracownie z Polski, Europy i świata: gdzie są, jaki model wybrały i czym się wyróżniają. Same fakty z publicznych źródeł."},
    "en": {"slug": "examples-from-the-world", "title": "Examples from the world", "lead": "Library creative spaces in Poland, Europe and further afield: where they are, which model they chose and what stands out. Facts from public sources only."},
}

COUNTRY_NAMES = {
    "AU": {"pl": "Australia", "en": "Australia", "ro": "Australia"},
    "CA": {"pl": "Kanada", "en": "Canada", "ro": "Canada"},
    "CO": {"pl": "Kolumbia", "en": "Colombia", "ro": "Columbia"},
    "DE": {"pl": "Niemcy", "en": "Germany", "ro": "Germania"},
    "DK": {"pl": "Dania", "en": "Denmark", "ro": "Danemarca"},
    "ES": {"pl": "Hiszpania", "en": "Spain", "ro": "Spania"},
    "FI": {"pl": "Finlandia", "en": "Finland", "ro": "Finlanda"},
    "MD": {"pl": "Mołdawia", "en": "Moldova", "ro": "Republica Moldova"},
    "NL": {"pl": "Holandia", "en": "Netherlands", "ro": "Țările de Jos"},
    "NO": {"pl": "Norwegia", "en": "Norway", "ro": "Norvegia"},
    "PL": {"pl": "Polska", "en": "Poland", "ro": "Polonia"},
    "RO": {"pl": "Rumunia", "en": "Romania", "ro": "România"},
    "SG": {"pl": "Singapur", "en": "Singapore", "ro": "Singapore"},
    "US": {"pl": "Stany Zjednoczone", "en": "United States", "ro": "Statele Unite"},
}

# Printable attachments, in the source language with an English version below; a document
# is attached to the resource (and its translation) named by `resource`.
DOCUMENTS = [
    {
        "resource": "starter-budget-checklist",
        "title": "Lista kontrolna: start klubu kreatywności / Checklist: starting a creativity club",
        "paragraphs": [
            "Lista kontrolna na pierwsze trzy miesiące klubu. Odhaczaj punkty na zebraniu zespołu.",
            "[ ] Osoba prowadząca ma w grafiku stały czas na przygotowanie zajęć.",
            "[ ] Sala: gniazdka, światło dzienne, dojazd wózkiem, miejsce na przechowywanie.",
            "[ ] Zasady bezpieczeństwa wywieszone przy stanowiskach.",
            "[ ] Pierwsze trzy scenariusze zajęć wybrane i wypróbowane przez zespół.",
            "[ ] Zapisy: jak ludzie się dowiedzą i jak się zapiszą.",
            "English version:",
            "[ ] The facilitator has regular time set aside to prepare sessions.",
            "[ ] Room: sockets, daylight, wheelchair access, storage space.",
            "[ ] Safety rules displayed next to each workstation.",
            "[ ] The first three session plans chosen and tried by the team.",
            "[ ] Sign-up: how people will hear about it and how they will register.",
        ],
    },
    {
        "resource": "safety-checklist",
        "title": "Zasady bezpieczeństwa w pracowni / Workshop safety rules",
        "paragraphs": [
            "Plakat do wywieszenia w pracowni.",
            "1. Okulary ochronne przy lutowaniu, cięciu i wierceniu.",
            "2. Lutownicę odkładamy zawsze do podstawki. Pracujemy przy pochłaniaczu oparów.",
            "3. Do pracującej drukarki 3D i plotera laserowego nie wkładamy rąk.",
            "4. Ploter laserowy nigdy nie pracuje bez nadzoru.",
            "5. Gaśnica i apteczka są tu: ...... Telefon alarmowy: 112.",
            "English version:",
            "1. Safety glasses for soldering, cutting and drilling.",
            "2. The soldering iron always goes back in its stand. Work next to the fume extractor.",
            "3. Keep hands out of a running 3D printer and laser cutter.",
            "4. The laser cutter never runs unattended.",
            "5. The fire extinguisher and first-aid kit are here: ...... Emergency number: 112.",
        ],
    },
    {
        "resource": "simple-evaluation",
        "title": "Karta obserwacji zajęć / Session observation sheet",
        "paragraphs": [
            "Data: ........  Zajęcia: ........  Liczba uczestników: ........  Wiek: ........",
            "Co uczestnicy zrobili? Co się nie udało? Kto przyszedł pierwszy raz?",
            "Jedno zdanie uczestnika, które warto zapamiętać: ..............................",
            "Co zmienimy następnym razem? ..............................",
            "English version:",
            "Date: ........  Session: ........  Number of participants: ........  Ages: ........",
            "What did participants make? What did not work? Who came for the first time?",
            "One thing a participant said that is worth remembering: ..............................",
            "What will we change next time? ..............................",
        ],
    },
    {
        "resource": "energy-transformations-lesson",
        "title": "Fișă de lucru: transformări de energie / Worksheet: energy transformations",
        "paragraphs": [
            "Grupa: ........  Clasa: ........",
            "1. Desenați lanțul energiei de la manivelă la LED.",
            "2. Tensiunea măsurată la rotire lentă: ...... V; la rotire rapidă: ...... V.",
            "3. Puterea P = U x I = ...... W. Unde se pierde energia?",
            "English version:",
            "1. Draw the chain of energy from the crank to the LED.",
            "2. Voltage when turning slowly: ...... V; when turning fast: ...... V.",
            "3. Power P = U x I = ...... W. Where is energy lost?",
        ],
    },
]


def out(stdout, message):
    if stdout is not None:
        stdout.write(message)


def demo_images():
    return [
        demo_image(f"resources-{number}", f"Illustration: resources {number + 1}", IMAGE_SUBJECTS[number])
        for number in range(IMAGE_COUNT)
    ]


def translate_page(source, locale, slug, fields, after_copy=None):
    """The translation of `source` into `locale`; a new one gets `fields` and `after_copy`."""
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific, False
    translation = source.copy_for_translation(locale).specific
    translation.slug = slug
    for name, value in fields.items():
        setattr(translation, name, value)
    if after_copy is not None:
        after_copy(translation)
    translation.save()
    translation.save_revision().publish()
    return translation, True


# --- Taxonomy -------------------------------------------------------------------------------


def ensure_snippet(model, locales, key, values_by_code):
    """A translatable snippet with `slug=key` in every language given, linked as translations."""
    source = None
    snippets = {}
    for code, values in values_by_code.items():
        snippet = model.objects.filter(slug=key, locale=locales[code]).first()
        if snippet is None:
            snippet = model(slug=key, locale=locales[code], **values)
            if source is not None:
                snippet.translation_key = source.translation_key
            snippet.save()
        source = source or snippet
        snippets[code] = snippet
    return snippets


def load_taxonomy(locales):
    codes = ("pl", "ro", "en")
    categories = {
        entry["key"]: ensure_snippet(
            ResourceCategory,
            locales,
            entry["key"],
            {code: {"name": entry[code], "description": entry["description"][code]} for code in codes},
        )
        for entry in content.CATEGORIES
    }
    audiences = {
        entry["key"]: ensure_snippet(Audience, locales, entry["key"], {code: {"name": entry[code]} for code in codes})
        for entry in content.AUDIENCES
    }
    terms = {
        entry["key"]: ensure_snippet(
            GlossaryTerm,
            locales,
            entry["key"],
            {code: {"term": entry[code]["term"], "definition": entry[code]["definition"]} for code in codes if code in entry},
        )
        for entry in content.GLOSSARY
    }
    return categories, audiences, terms


# --- Equipment: the content names items in English, loosely --------------------------------

EQUIPMENT_ALIASES = {
    "micro:bit boards": "micro:bit V2",
    "arduino starter kits": "Arduino Uno starter kit",
    "ozobot robots": "Ozobot",
    "low-temperature glue guns": "Hot glue gun",
    "cnc mill": "Desktop CNC router",
    "embroidery machine": "Computerised embroidery machine",
}


def _words(name):
    return {word[:-1] if len(word) > 3 and word.endswith("s") else word for word in re.findall(r"[\w]+", name.casefold())}


def equipment_matcher(locale):
    """A function from the content's English names to catalogue items (None when none fits)."""
    items = list(EquipmentItem.objects.filter(locale=locale))
    by_name = {item.name.casefold(): item for item in items}

    def match(name):
        name = EQUIPMENT_ALIASES.get(name.casefold(), name)
        if name.casefold() in by_name:
            return by_name[name.casefold()]
        wanted = _words(name)
        candidates = [item for item in items if wanted and wanted <= _words(item.name)]
        return min(candidates, key=lambda item: len(item.name)) if candidates else None

    return match


def equipment_for(entry, match, locale):
    found = []
    for name in entry.get("equipment", []):
        item = match(name)
        if item is not None:
            item = item.get_translation_or_none(locale) or item
            if item not in found:
                found.append(item)
    return found


# --- Pages ----------------------------------------------------------------------------------


def homes_by_code():
    return {home.locale.language_code: home for home in HomePage.objects.select_related("locale")}


def load_index(key, homes, locales, image):
    spec = INDEXES[key]
    source_code = spec["source"]
    data = spec[source_code]
    source = ensure_child(
        homes[source_code],
        data["slug"],
        lambda: ResourceIndexPage(title=data["title"], lead=data["lead"], listing_image=image, show_in_menus=True),
    )
    pages = {source_code: source}
    pages["en"], _ = translate_page(
        source, locales["en"], spec["en"]["slug"], {"title": spec["en"]["title"], "lead": spec["en"]["lead"]}
    )
    return pages


def resource_body(entry, code):
    body = list(entry[code]["body"])
    if entry.get("sample"):
        body.insert(0, sample_notice(code))
    return body_blocks(body)


def load_resources(entries, index_pages, source_code, taxonomy, images, documents, locales):
    """Resources in their source language and in English. New pages are saved as drafts first
    and published once, when every page exists and the related resources can be linked."""
    categories, audiences, terms = taxonomy
    match = equipment_matcher(locales["en"])
    pages, new_pages, related_keys = {}, [], {}
    for position, entry in enumerate(entries):

        def classify(page, code, entry=entry):
            page.category = categories[entry["category"]][code]
            page.audiences.set([audiences[key][code] for key in entry["audiences"] if key in audiences])
            page.glossary_terms.set(
                [terms[key][code] for key in entry["glossary"] if key in terms and code in terms[key]]
            )
            page.equipment.set(equipment_for(entry, match, locales[code]))
            page.tags.set(entry["tags"][code])
            page.author = entry["author"][code]
            document = documents.get(entry["key"])
            if document is not None:
                page.attachments = [ResourceAttachment(document=document)]

        source = child_by_slug(index_pages[source_code], entry["slug"][source_code])
        if source is None:
            data = entry[source_code]
            source = ResourcePage(
                title=data["title"],
                slug=entry["slug"][source_code],
                lead=data["lead"],
                body=resource_body(entry, source_code),
                resource_type=entry["type"],
                licence=entry["licence"],
                last_reviewed=datetime.date.fromisoformat(entry["last_reviewed"]),
                listing_image=images[position % len(images)],
                live=False,
            )
            classify(source, source_code)
            index_pages[source_code].add_child(instance=source)
            new_pages.append((source, source_code))
        else:
            source = source.specific
        translation = source.get_translation_or_none(locales["en"])
        if translation is None:
            data = entry["en"]
            translation = source.copy_for_translation(locales["en"]).specific
            translation.slug = entry["slug"]["en"]
            translation.title, translation.lead = data["title"], data["lead"]
            translation.body = resource_body(entry, "en")
            classify(translation, "en")
            translation.save()
            new_pages.append((translation, "en"))
        else:
            translation = translation.specific
        pages[entry["key"]] = {source_code: source, "en": translation}
        related_keys[entry["key"]] = entry.get("related", [])

    keys_by_page = {page.pk: key for key, by_code in pages.items() for page in by_code.values()}
    for page, code in new_pages:
        targets = [pages[key][code] for key in related_keys[keys_by_page[page.pk]] if key in pages]
        page.related_links = [
            ResourceRelatedLink(related_page=target, sort_order=number) for number, target in enumerate(targets)
        ]
        page.save_revision().publish()
    return pages


def load_glossaries(zasobnik, qub, locales):
    data = GLOSSARY_PAGES["pl"]
    source = ensure_child(zasobnik["pl"], data["slug"], lambda: GlossaryPage(title=data["title"], lead=data["lead"]))
    english = GLOSSARY_PAGES["en"]
    translate_page(source, locales["en"], english["slug"], {"title": english["title"], "lead": english["lead"]})
    # The Qub's library has its own Romanian glossary; in English the Zasobnik one serves both.
    romanian = GLOSSARY_PAGES["ro"]
    ensure_child(qub["ro"], romanian["slug"], lambda: GlossaryPage(title=romanian["title"], lead=romanian["lead"]))


def load_examples(zasobnik, locales, images):
    data = EXAMPLES_INDEX["pl"]
    index = ensure_child(
        zasobnik["pl"],
        data["slug"],
        lambda: ExampleIndexPage(title=data["title"], lead=data["lead"], listing_image=images[7]),
    )
    english = EXAMPLES_INDEX["en"]
    translate_page(index, locales["en"], english["slug"], {"title": english["title"], "lead": english["lead"]})
    for position, entry in enumerate(content.EXAMPLES):
        image = images[position % len(images)]

        def build(entry=entry, image=image):
            text = entry["pl"]
            return ExamplePage(
                title=text["title"],
                lead=text["lead"],
                notable=f"<p>{text['notable']}</p>",
                name=entry["name"]["pl"],
                institution=entry["institution"]["pl"],
                city=entry["city"]["pl"],
                country_code=entry["country_code"],
                country=COUNTRY_NAMES[entry["country_code"]]["pl"],
                latitude=Decimal(str(entry["latitude"])),
                longitude=Decimal(str(entry["longitude"])),
                website=entry.get("website", ""),
                model=entry["model"],
                opened=entry.get("opened"),
                listing_image=image,
            )

        source = ensure_child(index, entry["slug"]["pl"], build)
        text = entry["en"]
        translate_page(
            source,
            locales["en"],
            entry["slug"]["en"],
            {
                "title": text["title"],
                "lead": text["lead"],
                "notable": f"<p>{text['notable']}</p>",
                "name": entry["name"]["en"],
                "institution": entry["institution"]["en"],
                "city": entry["city"]["en"],
                "country": COUNTRY_NAMES[entry["country_code"]]["en"],
            },
        )


def load(stdout=None):
    locales = ensure_locales()
    homes = homes_by_code()
    if not {"pl", "ro", "en"} <= set(homes):
        out(stdout, "  The home pages are missing; load kluby's demo content first.")
        return
    started = time.monotonic()
    taxonomy = load_taxonomy(locales)
    images = demo_images()
    documents = {spec["resource"]: demo_document(spec["title"], spec["paragraphs"]) for spec in DOCUMENTS}

    zasobnik = load_index("zasobnik", homes, locales, images[0])
    qub = load_index("qub", homes, locales, images[8])

    load_resources(content.RESOURCES_PL, zasobnik, "pl", taxonomy, images, documents, locales)
    load_resources(content.RESOURCES_RO, qub, "ro", taxonomy, images, documents, locales)

    load_glossaries(zasobnik, qub, locales)
    load_examples(zasobnik, locales, images)
    out(
        stdout,
        f"  {ResourcePage.objects.count()} resources, {ExamplePage.objects.count()} examples"
        f" in {time.monotonic() - started:.1f} s.",
    )

