"""A resource page: reading time, table of contents, related resources, glossary links,
attachments, equipment references and the taxonomy of translated pages."""

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from wagtail.documents import get_document_model

from resources.demo.documents import minimal_pdf
from resources.models import (
    GlossaryPage,
    GlossaryTerm,
    ResourceAttachment,
    ResourceCategory,
    ResourcePage,
    ResourceRelatedLink,
)
from tests.clubs.factories import EquipmentItemFactory
from tests.factories import translated
from tests.kluby.factories import translation
from tests.resources.factories import (
    AudienceFactory,
    GlossaryPageFactory,
    GlossaryTermFactory,
    ResourceCategoryFactory,
    ResourceIndexPageFactory,
)

from .conftest import paragraph

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "body, minutes",
    [
        ([], 1),
        ([paragraph(1)], 1),
        ([paragraph(200)], 1),
        ([paragraph(201)], 2),
        ([paragraph(150), {"type": "heading", "value": {"text": "one two three", "level": "h2"}}, paragraph(250)], 3),
        ([{"type": "callout", "value": {"tone": "tip", "title": "Tip", "text": "<p>" + "w " * 600 + "</p>"}}], 4),
    ],
)
def test_reading_time_counts_the_words_of_the_body(body, minutes):
    assert ResourcePage(title="T", body=body).reading_time == minutes


def test_markup_is_not_counted_as_words():
    html = "<p>" + '<a href="https://example.org/a/b/c/d">link</a> ' * 150 + "</p>"
    assert ResourcePage(title="T", body=[{"type": "paragraph", "value": html}]).reading_time == 1


def test_the_page_shows_reading_time_toc_and_licence(client, resource_index, make_resource):
    page = make_resource(resource_index, "Reading", words=450, licence="cc-by-sa-4.0")
    page.body = [
        {"type": "heading", "value": {"text": "First part", "level": "h2"}},
        paragraph(300),
        {"type": "heading", "value": {"text": "Second part", "level": "h2"}},
        {"type": "heading", "value": {"text": "A detail", "level": "h3"}},
        paragraph(150),
    ]
    page.save()
    html = client.get(page.url).content.decode()
    assert "3 minutes" in html
    assert '<a href="#first-part">First part</a>' in html and '<h2 id="first-part">' in html
    assert '<a href="#second-part">Second part</a>' in html
    assert 'href="#a-detail"' not in html
    assert 'href="https://creativecommons.org/licenses/by-sa/4.0/" rel="license">CC BY-SA 4.0' in html


def test_editors_choice_of_related_resources_comes_first(client, resource_index, make_resource):
    page = make_resource(resource_index, "Main", tags=["shared"])
    make_resource(resource_index, "Shares a tag", tags=["shared"])
    chosen_one = make_resource(resource_index, "Chosen one")
    chosen_two = make_resource(resource_index, "Chosen two")
    page.related_links = [ResourceRelatedLink(related_page=chosen_two), ResourceRelatedLink(related_page=chosen_one)]
    page.save()
    assert [related.title for related in page.related_resources()] == ["Chosen two", "Chosen one"]
    html = client.get(page.url).content.decode()
    assert "Chosen two" in html and "Shares a tag" not in html


def test_without_a_choice_related_resources_share_the_most_tags(resource_index, make_resource, django_assert_max_num_queries):
    page = make_resource(resource_index, "Main", tags=["a", "b", "c"])
    make_resource(resource_index, "One tag", tags=["a"])
    make_resource(resource_index, "Three tags", tags=["a", "b", "c", "z"])
    make_resource(resource_index, "Two tags", tags=["b", "c"])
    make_resource(resource_index, "Also one", tags=["c"])
    make_resource(resource_index, "No tags")
    # One query each: the content version (read once per request; this is outside one), the
    # editors' choice (empty), the view restrictions, the shared tags.
    with django_assert_max_num_queries(4):
        related = [resource.title for resource in page.related_resources()]
    assert related == ["Three tags", "Two tags", "Also one"]


def test_unpublished_resources_are_never_related(resource_index, make_resource):
    page = make_resource(resource_index, "Main", tags=["a"])
    draft = make_resource(resource_index, "Draft", tags=["a"])
    draft.unpublish()
    assert page.related_resources() == []


def glossary_entry(html, slug):
    """The definition and the resources of the term `slug` on a glossary page."""
    return BeautifulSoup(html, "html.parser").find(id=f"term-{slug}").find_next_sibling("dd")


def test_terms_used_link_to_their_anchor_on_the_glossary(client, locales, resource_index, make_resource):
    terms = [GlossaryTermFactory(locale=locales["en"], slug=slug) for slug in ("makerspace", "soldering")]
    page = make_resource(resource_index, "Uses two terms", glossary_terms=terms)
    glossary = GlossaryPageFactory(parent=resource_index)
    html = client.get(page.url).content.decode()
    assert "Terms used" in html
    glossary_html = client.get(glossary.url).content.decode()
    for term in page.glossary_terms.all():
        assert term.locale_id == locales["en"].pk
        assert f'href="{glossary.url}#term-{term.slug}"' in html
        assert f'id="term-{term.slug}"' in glossary_html


def test_the_glossary_lists_its_languages_terms_alphabetically_with_the_resources_using_them(
    client, locales, resource_index, make_resource
):
    index = translation(ResourceIndexPageFactory, resource_index, resource_index.get_parent().get_translation(locales["pl"]))
    glossary = GlossaryPageFactory(parent=index)
    for slug, term in (("zebra", "Żyrafa"), ("lutowanie", "Łączenie"), ("laser", "Laser"), ("arduino", "arduino"), ("makerspace", "Makerspace")):
        GlossaryTermFactory(locale=locales["pl"], slug=slug, term=term, definition=f"Co znaczy {term}: definicja dłuższa niż czterdzieści znaków.")
    GlossaryTermFactory(locale=locales["en"], slug="english-only", term="Aaa English")
    makerspace = GlossaryTerm.objects.get(slug="makerspace", locale=locales["pl"])
    using = make_resource(index, "Pracownia w bibliotece", glossary_terms=[makerspace])
    page = BeautifulSoup(client.get(glossary.url).content, "html.parser")
    shown = [term.get_text() for term in page.select(".glossary dt")]
    assert shown == ["arduino", "Łączenie", "Laser", "Makerspace", "Żyrafa"]  # diacritics ignored
    entry = glossary_entry(str(page), "makerspace")
    assert makerspace.definition in entry.get_text()
    assert [link["href"] for link in entry.find_all("a")] == [using.url]


@pytest.mark.demo
def test_the_demo_glossary_lists_its_terms_alphabetically_with_the_resources_using_them(client, locales):
    glossary = GlossaryPage.objects.live().get(locale=locales["pl"])
    html = client.get(glossary.url).content.decode()
    terms = list(GlossaryTerm.objects.filter(locale=locales["pl"]))
    positions = [html.index(f'id="term-{term.slug}"') for term in terms]
    shown = [term.term for _, term in sorted(zip(positions, terms, strict=True))]
    assert shown == sorted(shown, key=lambda text: text.casefold().replace("ł", "l"))
    assert len(terms) >= 25
    makerspace = GlossaryTerm.objects.get(slug="makerspace", locale=locales["pl"])
    using = makerspace.resources.live().first()
    entry = html[html.index('id="term-makerspace"'):]
    entry = entry[: entry.index("</dd>")]
    assert makerspace.definition[:40] in entry
    assert using.url in entry


def test_attachments_show_file_type_and_size(client, resource_index, make_resource):
    Document = get_document_model()
    document = Document(title="Room plan")
    document.file = ContentFile(minimal_pdf("Room plan", ["A line of text."] * 100), name="room-plan.pdf")
    document._set_document_file_metadata()
    document.save()
    page = make_resource(resource_index, "With a download")
    page.attachments = [ResourceAttachment(document=document, title="The room plan")]
    page.save()
    html = client.get(page.url).content.decode()
    assert f'<a href="{document.url}">The room plan</a>' in html
    assert f"(PDF, {filesizeformat(document.file_size)})" in html
    assert document.file.read(5) == b"%PDF-"


def test_body_references_link_to_the_resource_and_the_equipment_in_the_pages_language(
    client, resource_index, make_resource, locales
):
    other = make_resource(resource_index, "Read me first")
    item = translated(EquipmentItemFactory, ("pl", "en"), slug="printer", name={"pl": "Drukarka", "en": "Printer"})["pl"]
    page = make_resource(resource_index, "With references")
    page.body = [
        {"type": "resource", "value": {"resource": other.pk, "note": "Read this first."}},
        {"type": "equipment", "value": {"item": item.pk, "note": "Used in step 2."}},
    ]
    page.save()
    html = client.get(page.url).content.decode()
    english_item = item.get_translation(locales["en"])
    assert f'href="{other.url}">{other.title}</a>' in html and "Read this first." in html
    assert english_item.name in html and "Used in step 2." in html


def test_a_translation_uses_the_taxonomy_of_its_own_language(resource_index, make_resource, locales):
    """Copying a Polish resource for translation re-points category, audiences and terms."""
    translated(ResourceCategoryFactory, slug="activities")
    translated(AudienceFactory, slug="teachers")
    translated(GlossaryTermFactory, slug="makerspace")
    polish_index = resource_index.copy_for_translation(locales["pl"])
    polish_index.save_revision().publish()
    source = make_resource(polish_index, "Źródło", category="activities", audiences=["teachers"])
    source.glossary_terms.set([GlossaryTerm.objects.get(slug="makerspace", locale=locales["pl"])])
    source.save()
    translation = source.copy_for_translation(locales["en"])
    translation = ResourcePage.objects.get(pk=translation.pk)
    assert translation.category == ResourceCategory.objects.get(slug="activities", locale=locales["en"])
    assert [audience.locale_id for audience in translation.audiences.all()] == [locales["en"].pk]
    assert [term.locale_id for term in translation.glossary_terms.all()] == [locales["en"].pk]


def test_a_term_used_by_many_resources_lists_the_first_five_and_links_to_the_rest(client, homes, locales, resource_index, make_resource):
    term = GlossaryTermFactory(term="Zeta printer", slug="zeta-printer", definition="A test term.", locale=locales["en"])
    for number in range(7):
        page = make_resource(resource_index, f"Zeta resource {number}")
        page.glossary_terms.add(term)
        page.save()
    glossary = GlossaryPageFactory(parent=resource_index)
    entry = glossary_entry(client.get(glossary.url).content.decode(), "zeta-printer")
    links = [(link.get_text(), link["href"]) for link in entry.find_all("a")]
    assert [text for text, _href in links[:5]] == [f"Zeta resource {number}" for number in range(5)]
    # The rest: a text search in the glossary's resource index.
    assert links[5:] == [("and 2 more", f"{glossary.get_parent().url}?q=Zeta%20printer")]
