"""Building blocks for the demo content loaders of every app.

Loaders are idempotent: they create what is missing and leave what exists untouched, so a
second run changes nothing. Images are drawn locally with Pillow; nothing is downloaded.
"""

import hashlib
import io
import math
import random

from django.core.files.images import ImageFile
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext, override
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

LANGUAGE_CODES = ("pl", "ro", "en")

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


def rich_text(html_paragraphs):
    """Wrap plain HTML fragments as paragraphs unless they are block elements already."""
    parts = []
    for fragment in html_paragraphs:
        fragment = fragment.strip()
        parts.append(fragment if fragment.startswith(("<p", "<ul", "<ol", "<h")) else f"<p>{fragment}</p>")
    return "".join(parts)


def body_blocks(body, image=None):
    """StreamField data for `kluby.blocks.BodyStreamBlock` from the demo body format.

    The format is a list of tuples: ("h2"|"h3", text), ("p", html), ("ul"|"ol", [html]),
    ("callout", {tone, title, text}), ("quote", {text, attribution}), ("image", {image, caption}).
    """
    blocks = []
    paragraph = []

    def flush():
        if paragraph:
            blocks.append({"type": "paragraph", "value": "".join(paragraph)})
            paragraph.clear()

    for kind, value in body:
        if kind in ("h2", "h3"):
            flush()
            blocks.append({"type": "heading", "value": {"text": value, "level": kind}})
        elif kind == "p":
            paragraph.append(value if value.lstrip().startswith("<p") else f"<p>{value}</p>")
        elif kind in ("ul", "ol"):
            items = "".join(f"<li>{item}</li>" for item in value)
            paragraph.append(f"<{kind}>{items}</{kind}>")
        elif kind == "callout":
            flush()
            blocks.append(
                {
                    "type": "callout",
                    "value": {
                        "tone": value.get("tone", "info"),
                        "title": value["title"],
                        "text": rich_text([value["text"]]),
                    },
                }
            )
        elif kind == "quote":
            flush()
            blocks.append(
                {"type": "quote", "value": {"text": value["text"], "attribution": value.get("attribution", "")}}
            )
        elif kind == "image":
            flush()
            blocks.append(
                {
                    "type": "image",
                    "value": {
                        "image": {"image": value["image"].pk, "decorative": False, "alt_text": value.get("alt", "")},
                        "caption": value.get("caption", ""),
                    },
                }
            )
        elif kind == "document":
            flush()
            blocks.append({"type": "document", "value": {"document": value["document"].pk, "title": value.get("title", "")}})
        else:
            raise ValueError(f"Unknown demo body element: {kind!r}")
    flush()
    return blocks


def sample_notice(language_code):
    """A call-out that marks invented content as sample data, in the page's language."""
    with override(language_code):
        return (
            "callout",
            {
                "tone": "info",
                "title": gettext("Sample data"),
                "text": escape(
                    gettext(
                        "Parts of this page are invented to show how the portal works. "
                        "They are not facts about a real institution."
                    )
                ),
            },
        )


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
    return image


def child_by_slug(parent, slug):
    return Page.objects.child_of(parent).filter(slug=slug).first()


def publish_new_child(parent, page):
    """Add `page` under `parent`, publish it, and return the specific instance."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def ensure_child(parent, slug, build):
    """The child of `parent` with `slug`, or a new published one made by `build()`."""
    existing = child_by_slug(parent, slug)
    if existing is not None:
        return existing.specific
    page = build()
    page.slug = slug
    return publish_new_child(parent, page)


def ensure_translation(source, locale, slug, fields):
    """The translation of `source` into `locale`, created with `fields` when missing.

    The parent's translation must exist already (the loaders translate top-down).
    """
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translation = source.copy_for_translation(locale)
    translation = translation.specific
    translation.slug = slug
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    translation.save_revision().publish()
    return translation
