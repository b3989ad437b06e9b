"""The toolkit every app's demo loader uses: read and check its content files, and create
snippets, pages and their translations, images and the sample-data notice.

Loaders are idempotent: they create what is missing and leave what exists untouched, so a
second run changes nothing. Images are drawn locally with Pillow; nothing is downloaded.
"""

import hashlib
import io
import math
import random
from contextlib import contextmanager
from importlib import import_module
from pathlib import Path

from django.core.files.images import ImageFile
from django.core.files.storage import default_storage
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext, override
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from .markdown import BodyConverter
from .sources import LANGUAGE_CODES, Content

PALETTES = [
    ("#0b4f6c", "#f4a259", "#5b8e7d", "#f4e285"),
    ("#3d348b", "#7678ed", "#f7b801", "#f18701"),
    ("#14532d", "#86efac", "#fde68a", "#0f766e"),
    ("#7c2d12", "#fdba74", "#fef3c7", "#0e7490"),
    ("#1e3a8a", "#93c5fd", "#fca5a5", "#fde047"),
    ("#581c87", "#d8b4fe", "#fbcfe8", "#34d399"),
]


def ensure_locales():
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGE_CODES}


def sample_notice(language_code):
    """A call-out block that marks invented content as sample data, in the page's language."""
    with override(language_code):
        text = gettext(
            "Parts of this page are invented to show how the portal works. "
            "They are not facts about a real institution."
        )
        return {"type": "callout", "value": {"tone": "info", "title": gettext("Sample data"), "text": f"<p>{escape(text)}</p>"}}


def draw_illustration(seed, width=1200, height=800):
    """A deterministic abstract illustration: shapes on a calm background, as JPEG bytes."""
    rng = random.Random(int(hashlib.sha256(seed.encode()).hexdigest(), 16))
    palette = PALETTES[rng.randrange(len(PALETTES))]
    image = PILImage.new("RGB", (width, height), "#f8fafc")
    draw = ImageDraw.Draw(image)
    for step in range(height):  # soft vertical gradient
        shade = 248 - int(18 * step / height)
        draw.line([(0, step), (width, step)], fill=(shade, shade + 2 if shade < 253 else 255, 252))
    for _ in range(14):
        colour = palette[rng.randrange(len(palette))]
        x, y = rng.randrange(width), rng.randrange(height)
        size = rng.randrange(width // 12, width // 4)
        shape = rng.choice(("circle", "rect", "triangle", "ring"))
        if shape == "circle":
            draw.ellipse([x - size, y - size, x + size, y + size], fill=colour)
        elif shape == "rect":
            draw.rounded_rectangle([x, y, x + size * 1.4, y + size], radius=size // 6, fill=colour)
        elif shape == "triangle":
            angle = rng.random() * math.tau
            points = [
                (x + size * math.cos(angle + k * math.tau / 3), y + size * math.sin(angle + k * math.tau / 3))
                for k in range(3)
            ]
            draw.polygon(points, fill=colour)
        else:
            draw.ellipse([x - size, y - size, x + size, y + size], outline=colour, width=max(6, size // 8))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=82, optimize=True)
    return buffer.getvalue()


def demo_image(key, title, description, credit=""):
    """The generated image for `key`, created on first use and reused afterwards."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    data = draw_illustration(key)
    image = Image(
        title=title,
        description=description[:255],
        credit=credit or "Kluby (generated illustration)",
        licence="CC0",
    )
    image.file = ImageFile(io.BytesIO(data), name=f"{slugify(key) or 'image'}.jpg")
    image.save()
    remember_stored_file(image.file.name)
    return image


# Names of the files this run stored, so that a failed run can remove them again (the
# database rolls back on its own, the media folder does not).
_stored_files = None


def remember_stored_file(name):
    if _stored_files is not None:
        _stored_files.append(name)


@contextmanager
def files_removed_on_failure():
    """Removes the images and documents stored inside the block when it fails."""
    global _stored_files
    _stored_files = []
    try:
        yield
    except BaseException:
        for name in _stored_files:
            default_storage.delete(name)
        raise
    finally:
        _stored_files = None


def ensure_images(records):
    """The generated image of each record of an `images.yaml` ({key: Image})."""
    return {key: demo_image(key, record["title"], record["description"]) for key, record in records.items()}


# --- Reading an app's content ---------------------------------------------------------------


def read_content(app_label, records, sections, other=(), body_refs=None):
    """The checked content of `app_label`'s demo folder; `other` names the apps whose records
    it refers to (as "app:set"), read with their loaders' `read()`; `body_refs` says what the
    references in page bodies name (see `sources.Content`)."""
    from django.apps import apps as app_registry

    directory = Path(app_registry.get_app_config(app_label).path) / "demo"
    loaders = {config.label: module for config, module, _ in portal_demo_loaders()}
    others = {label: loaders[label].read() for label in other}
    return Content(directory, records, sections, others, body_refs)


def body_blocks(version, resolve, stream_block, sample=False):
    """StreamField data of a page file's Markdown body, after the sample notice if `sample`."""
    converter = BodyConverter(version.path, version.body_line, resolve, stream_block.child_blocks)
    blocks = converter.convert(version.body)
    if sample:
        blocks.insert(0, sample_notice(version.language))
    return blocks


# --- Snippets and pages ---------------------------------------------------------------------


@contextmanager
def references_indexed_at_end():
    """Collects what a loader creates and indexes its references once at the end, instead of
    on every save of every inline row (which took most of the loading time)."""
    created = []
    with disable_reference_index_auto_update():
        yield created
    for instance in created:
        ReferenceIndex.create_or_update_for_object(instance)


def ensure_snippets(model, locales, key, values_by_code, created=None):
    """A translatable snippet with `slug=key` in each language of `values_by_code`
    ({code: {field: value}}), linked as translations of one another. Existing ones are kept."""
    snippets, translation_key = {}, None
    for code, values in values_by_code.items():
        snippet = model.objects.filter(slug=key, locale=locales[code]).first()
        if snippet is None:
            snippet = model(slug=key, locale=locales[code], **values)
            if translation_key is not None:
                snippet.translation_key = translation_key
            snippet.save()
            if created is not None:
                created.append(snippet)
        translation_key = translation_key or snippet.translation_key
        snippets[code] = snippet
    return snippets


def child_by_slug(parent, slug):
    return Page.objects.child_of(parent).filter(slug=slug).first()


def ensure_page(parent, page, model, fill, locales, publish=True, created=None):
    """`page` (a `sources.Page`) in every language it is written in: made under `parent` from
    its source file and translated into its other languages (the parent's translations must
    exist). `fill(instance, version)` sets the fields of a new version; versions that exist
    already are left as they are. Returns {code: instance}.

    With `publish=False` new versions are saved as drafts, for the caller to publish once
    they can link to one another; they are appended to `created` either way.
    """
    source_file = page.source
    existing = child_by_slug(parent, source_file.fields["slug"])
    if existing is not None:
        source = existing.specific
    else:
        source = model()
        fill(source, source_file)
        source.slug = source_file.fields["slug"]
        source.live = publish
        parent.add_child(instance=source)
        if publish:
            source.save_revision().publish()
        if created is not None:
            created.append(source)
    versions = {source_file.language: source}
    for code, version in list(page.versions.items())[1:]:
        translation = source.get_translation_or_none(locales[code])
        if translation is None:
            if not parent.get_translations().filter(locale=locales[code]).exists() and parent.depth > 1:
                raise version.where().error(f"the page above this one has no {code} version to go under")
            translation = source.copy_for_translation(locales[code]).specific
            fill(translation, version)
            translation.slug = version.fields["slug"]
            translation.save()
            if publish:
                translation.save_revision().publish()
            if created is not None:
                created.append(translation)
        else:
            translation = translation.specific
        versions[code] = translation
    return versions


def translated(snippets, code, where, what):
    """The snippet of `snippets` ({code: snippet}) in language `code`, or an error at `where`."""
    if code not in snippets:
        raise where.error(f"{what} has no {code} version")
    return snippets[code]


# --- Discovery ------------------------------------------------------------------------------


def portal_demo_loaders():
    """The demo loader modules of the portal's apps, in INSTALLED_APPS order."""
    from kluby.registry import portal_apps

    loaders = []
    for config in portal_apps():
        if config.demo_loader:
            module_path, _, name = config.demo_loader.rpartition(".")
            loaders.append((config, import_module(module_path), name))
    return loaders
