"""The demo content toolkit: files are checked with their path and line before anything is
written, Markdown maps onto the body blocks, a failed load leaves nothing behind, and loading
twice changes nothing. Uses the small content folder in demo_fixture/, not the demo."""

import shutil
import types
from pathlib import Path

import pytest
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from wagtail.images import get_image_model
from wagtail.models import Page

from kluby.blocks import BodyStreamBlock
from kluby.demo.markdown import BodyConverter, rich_text
from kluby.demo.sources import (
    Content,
    ContentError,
    Flag,
    Number,
    Ref,
    Section,
    Text,
    Translated,
)
from kluby.demo.toolkit import body_blocks, ensure_images, ensure_page, ensure_snippets
from kluby.models import StandardPage
from resources.blocks import ResourceBodyBlock
from resources.models import Audience

FIXTURE = Path(__file__).parent / "demo_fixture"
RECORDS = {
    "images": {"title": Text(), "description": Text()},
    "colours": {"name": Translated(languages=("pl", "en")), "shade?": Text()},
}
SECTIONS = {
    "notes": Section(
        text={"title": Text(), "slug": Text(), "lead?": Text()},
        facts={"position": Number(), "colour": Ref("colours"), "sample?": Flag(), "image?": Ref("images")},
    )
}


def read(directory=FIXTURE):
    return Content(directory, RECORDS, SECTIONS, body_refs={"image": "images"})


@pytest.fixture
def folder(tmp_path):
    """A copy of the fixture folder to break."""
    shutil.copytree(FIXTURE, tmp_path / "content")
    return tmp_path / "content"


def replace_in(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


# --- Reading and checking -------------------------------------------------------------------


def test_the_fixture_reads_with_source_and_translation():
    content = read()
    first = content.pages["notes"]["first"]
    assert first.languages == ["pl", "en"]
    assert first.facts == {"position": 1, "colour": "red", "sample": True, "image": "toolkit-test-picture"}
    assert first.versions["en"].fields["title"] == "First note"
    assert list(content.pages["notes"]) == ["first", "second"]
    assert content.records["colours"]["blue"]["shade"] == "navy"


def test_a_yaml_syntax_error_names_the_file_and_line(folder):
    replace_in(folder / "data" / "colours.yaml", "  shade: navy", "  shade: [navy")
    with pytest.raises(ContentError) as error:
        read(folder)
    assert error.value.path == folder / "data" / "colours.yaml"
    assert error.value.line == 6
    assert "not valid YAML" in str(error.value)


def test_a_front_matter_syntax_error_counts_lines_from_the_top_of_the_file(folder):
    replace_in(folder / "pages" / "pl" / "notes" / "second.md", "colour: blue", "colour: [blue")
    with pytest.raises(ContentError) as error:
        read(folder)
    assert (error.value.path.name, error.value.line) == ("second.md", 5)


def test_a_reference_to_a_missing_key_names_the_file_and_line(folder):
    replace_in(folder / "pages" / "pl" / "notes" / "second.md", "colour: blue", "colour: green")
    with pytest.raises(ContentError) as error:
        read(folder)
    assert (error.value.path.name, error.value.line) == ("second.md", 5)
    assert "there is no 'green' in colours" in error.value.message


def test_a_reference_in_a_body_is_checked_before_loading(folder):
    replace_in(folder / "pages" / "pl" / "notes" / "second.md", "image:toolkit-test-picture", "image:nowhere")
    with pytest.raises(ContentError) as error:
        read(folder)
    assert (error.value.path.name, error.value.line) == ("second.md", 8)


def test_an_unknown_field_is_reported_with_the_known_ones(folder):
    replace_in(folder / "pages" / "en" / "notes" / "first.md", "lead:", "leed:")
    with pytest.raises(ContentError) as error:
        read(folder)
    assert (error.value.path.name, error.value.line) == ("first.md", 4)
    assert "unknown field 'leed'" in error.value.message and "lead" in error.value.message


def test_a_translation_may_not_set_the_facts(folder):
    replace_in(folder / "pages" / "en" / "notes" / "first.md", "lead: A note", "colour: blue\nlead: A note")
    with pytest.raises(ContentError) as error:
        read(folder)
    assert error.value.line == 4
    assert "source language's file (pl/notes/first.md)" in error.value.message


def test_a_missing_required_language_is_reported(folder):
    replace_in(folder / "data" / "colours.yaml", "{pl: czerwony, en: red}", "{pl: czerwony}")
    with pytest.raises(ContentError) as error:
        read(folder)
    assert error.value.line == 2
    assert "the en version is missing" in error.value.message


def test_a_key_given_twice_is_reported(folder):
    path = folder / "data" / "colours.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\nred:\n  name: {pl: x, en: y}\n", encoding="utf-8")
    with pytest.raises(ContentError) as error:
        read(folder)
    assert (error.value.line, error.value.message) == (8, "'red' is given twice")


def test_a_missing_required_field_and_a_wrong_type_are_reported(folder):
    replace_in(folder / "pages" / "pl" / "notes" / "second.md", "position: 2\n", "")
    with pytest.raises(ContentError, match="the field 'position' is missing"):
        read(folder)
    replace_in(folder / "pages" / "pl" / "notes" / "second.md", "colour: blue", "colour: blue\nposition: second")
    with pytest.raises(ContentError, match=r"second.md:5: expected a number"):
        read(folder)


def test_a_file_without_front_matter_is_reported(folder):
    (folder / "pages" / "pl" / "notes" / "third.md").write_text("## Just a heading\n", encoding="utf-8")
    with pytest.raises(ContentError, match=r"third.md:1: a page file starts with '---'"):
        read(folder)


# --- Markdown to blocks ---------------------------------------------------------------------


def convert(markdown, allowed=BodyStreamBlock.base_blocks, resolve=None):
    keys = {("image", "map"): 11, ("document", "rules"): 12, ("resource", "intro"): 13, ("equipment", "printer"): 14}

    def default_resolve(kind, key, where):
        if (kind, key) not in keys:
            raise where.error(f"no {kind} {key}")
        return keys[(kind, key)]

    return BodyConverter(Path("page.md"), 10, resolve or default_resolve, allowed).convert(markdown)


def test_headings_paragraphs_and_lists_map_to_heading_and_rich_text_blocks():
    blocks = convert(
        "## Section\n\nSome **bold**, *italic* and [a link](https://example.org/?a=1&b=2).\n"
        "Same paragraph & more.\n\n- one\n- two\n\n1. first\n2. second\n\n### Subsection\n\nAfter.\n"
    )
    assert blocks == [
        {"type": "heading", "value": {"text": "Section", "level": "h2"}},
        {
            "type": "paragraph",
            "value": '<p>Some <strong>bold</strong>, <em>italic</em> and <a href="https://example.org/?a=1&amp;b=2">'
            "a link</a>. Same paragraph &amp; more.</p><ul><li>one</li><li>two</li></ul>"
            "<ol><li>first</li><li>second</li></ol>",
        },
        {"type": "heading", "value": {"text": "Subsection", "level": "h3"}},
        {"type": "paragraph", "value": "<p>After.</p>"},
    ]


def test_a_quote_keeps_its_attribution_line():
    blocks = convert("> Making together is learning together.\n>\n> — a club's librarian\n")
    assert blocks == [
        {"type": "quote", "value": {"text": "Making together is learning together.", "attribution": "a club's librarian"}}
    ]
    assert convert("> No attribution here.\n")[0]["value"] == {"text": "No attribution here.", "attribution": ""}


def test_a_callout_has_its_tone_title_and_rich_text():
    blocks = convert("::: warning Keep it safe\nGlasses **on**.\n\n- gloves\n:::\n")
    assert blocks == [
        {
            "type": "callout",
            "value": {"tone": "warning", "title": "Keep it safe", "text": "<p>Glasses <strong>on</strong>.</p><ul><li>gloves</li></ul>"},
        }
    ]


def test_references_standing_alone_become_image_document_resource_and_equipment_blocks():
    markdown = (
        '![A map of the clubs](image:map "Where the clubs are")\n\n[Print the rules](document:rules)\n\n'
        "[Start here](resource:intro)\n\n[For the prints](equipment:printer)\n"
    )
    assert convert(markdown, allowed=ResourceBodyBlock.base_blocks) == [
        {
            "type": "image",
            "value": {"image": {"image": 11, "decorative": False, "alt_text": "A map of the clubs"}, "caption": "Where the clubs are"},
        },
        {"type": "document", "value": {"document": 12, "title": "Print the rules"}},
        {"type": "resource", "value": {"resource": 13, "note": "Start here"}},
        {"type": "equipment", "value": {"item": 14, "note": "For the prints"}},
    ]


def test_the_blocks_validate_against_the_real_stream_blocks():
    """The data is what the StreamField stores: Wagtail reads it back into the same blocks."""
    data = convert("## Title\n\nText.\n\n> Quote\n>\n> — someone\n\n::: tip Tip\nDo it.\n:::\n")
    stream = BodyStreamBlock().to_python(data)
    assert [child.block_type for child in stream] == ["heading", "paragraph", "quote", "callout"]
    assert stream[3].value["text"].source == "<p>Do it.</p>"


@pytest.mark.parametrize(
    ("markdown", "line", "message"),
    [
        ("Intro.\n\n# Too big\n", 12, "use ## or ###"),
        ("Text with <b>html</b>.\n", 10, "HTML is not used"),
        ("::: danger Oops\nText.\n:::\n", 10, "tone one of info, tip, warning"),
        ("- one\n  - nested\n", 10, "lists do not nest"),
        ("See [the rules](document:rules) here.\n", 10, "alone in its paragraph"),
        ("## Heading with **bold**\n", 10, "plain text"),
        ("A\n\n```\ncode\n```\n", 12, "code blocks"),
        ("[Missing](resource:nothing)\n", 10, "no resource nothing"),
    ],
)
def test_what_a_body_cannot_hold_is_reported_with_its_line(markdown, line, message):
    with pytest.raises(ContentError) as error:
        convert(markdown, allowed=ResourceBodyBlock.base_blocks)
    assert error.value.line == line
    assert message in error.value.message


def test_a_block_the_page_type_has_not_is_refused():
    with pytest.raises(ContentError, match="this page's body has no equipment blocks"):
        convert("[For the prints](equipment:printer)\n")


def test_rich_text_fields_come_out_as_the_editor_stores_them():
    assert rich_text("One **two**.\n\nThree.\n", Path("x.md"), 1) == "<p>One <strong>two</strong>.</p><p>Three.</p>"


# --- Loading --------------------------------------------------------------------------------


def load_fixture(content, homes, locales):
    images = ensure_images(content.records["images"])
    colours = {
        key: ensure_snippets(Audience, locales, f"toolkit-{key}", {code: {"name": name} for code, name in record["name"].items()})
        for key, record in content.records["colours"].items()
    }

    def resolve(kind, key, where):
        return images[key].pk

    pages = {}
    for key, page in content.pages["notes"].items():

        def fill(instance, version, page=page):
            instance.title, instance.lead = version.fields["title"], version.fields.get("lead", "")
            instance.body = body_blocks(version, resolve, BodyStreamBlock(), page.facts.get("sample", False))
            instance.listing_image = images.get(page.facts.get("image"))

        pages[key] = ensure_page(homes[page.source.language], page, StandardPage, fill, locales)
    return pages, colours


@pytest.mark.django_db
def test_loading_makes_pages_with_translations_and_a_second_run_changes_nothing(homes, locales):
    pages, colours = load_fixture(read(), homes, locales)
    first = pages["first"]
    assert first["en"].get_translation(locales["pl"]) == first["pl"]
    assert first["en"].get_parent().specific == homes["en"]
    assert [child.block_type for child in first["pl"].body] == ["callout", "heading", "paragraph"]
    assert first["pl"].body[0].value["title"] == "Dane przykładowe"
    assert pages["second"]["pl"].body[0].value["image"].title == "Illustration: toolkit test"
    assert colours["red"]["en"].translation_key == colours["red"]["pl"].translation_key

    before = (Page.objects.count(), get_image_model().objects.count(), Audience.objects.count())
    again, _ = load_fixture(read(), homes, locales)
    assert (Page.objects.count(), get_image_model().objects.count(), Audience.objects.count()) == before
    assert again["first"]["en"].pk == first["en"].pk


@pytest.mark.django_db
def test_a_bad_file_in_a_later_loader_leaves_nothing_written(monkeypatch, folder, homes, locales):
    """The first loader writes pages and an image; the second finds a bad reference: the whole
    load is undone, the image's file included."""
    replace_in(folder / "pages" / "pl" / "notes" / "second.md", "colour: blue", "colour: purple")
    made = {}

    def first_load(stdout):
        made["pages"], _ = load_fixture(read(), homes, locales)
        made["file"] = get_image_model().objects.get(title="Illustration: toolkit test").file.name

    def second_load(stdout):
        read(folder)

    loaders = [
        (None, types.SimpleNamespace(__name__="first", load=first_load), "load"),
        (None, types.SimpleNamespace(__name__="second", load=second_load), "load"),
    ]
    monkeypatch.setattr("kluby.management.commands.load_demo_content.portal_demo_loaders", lambda: loaders)
    pages_before, images_before = Page.objects.count(), get_image_model().objects.count()

    with pytest.raises(CommandError) as error:
        call_command("load_demo_content", stdout=open("/dev/null", "w"))

    assert "second.md:5: there is no 'purple' in colours" in str(error.value)
    assert made["pages"]["first"]["pl"].pk is not None  # it was written, then undone
    assert Page.objects.count() == pages_before
    assert get_image_model().objects.count() == images_before
    assert not default_storage.exists(made["file"])


@pytest.mark.django_db
def test_a_translation_needs_its_parent_in_that_language(homes, locales):
    parent = StandardPage(title="Only in Polish", slug="toolkit-only-in-polish")
    homes["pl"].add_child(instance=parent)
    page = read().pages["notes"]["first"]

    def fill(instance, version):
        instance.title = version.fields["title"]

    with pytest.raises(ContentError) as error:
        ensure_page(parent, page, StandardPage, fill, locales)
    assert error.value.path == FIXTURE / "pages" / "en" / "notes" / "first.md"
    assert "has no en version" in error.value.message
