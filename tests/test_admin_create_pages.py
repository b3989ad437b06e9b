"""Editors create every page type through the admin, under the parent it may live in: the
add form accepts what an editor fills in, the page is published, and visitors see it."""

from django.contrib.auth import get_user_model
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from clubs.models import ClubIndexPage, ClubPage
from inspirations.models import InspirationIndexPage, InspirationPage
from kluby.models import ContactPage, HomePage, NewsArticlePage, NewsIndexPage, StandardPage
from network.models import (
    CollaborationIndexPage,
    CollaborationPage,
    EventIndexPage,
    EventPage,
    ImpactPage,
    NetworkIndexPage,
    NetworkPage,
    PartnerIndexPage,
    PartnerPage,
    QubPage,
    SchoolIndexPage,
    SchoolPage,
    SpacePage,
)
from resources.models import (
    ExampleIndexPage,
    ExamplePage,
    GlossaryPage,
    ResourceIndexPage,
    ResourcePage,
)
from tests.all_factories import PAGE_FACTORIES
from tests.clubs.factories import (
    ClubIndexPageFactory,
    EditionFactory,
    EquipmentItemFactory,
    RegionFactory,
)
from tests.inspirations.factories import InspirationIndexPageFactory
from tests.kluby.factories import AgeGroupFactory, NewsIndexPageFactory, site_tree
from tests.network.factories import (
    CollaborationIndexPageFactory,
    EventIndexPageFactory,
    NetworkIndexPageFactory,
    NetworkPageFactory,
    PartnerIndexPageFactory,
    PartnerPageFactory,
    QubPageFactory,
    SchoolIndexPageFactory,
    SchoolPageFactory,
    ThemeFactory,
)
from tests.resources.factories import (
    AudienceFactory,
    ExampleIndexPageFactory,
    GlossaryTermFactory,
    ResourceCategoryFactory,
    ResourceIndexPageFactory,
)


def body(text):
    return streamfield([("heading", {"text": "Start here", "level": "h2"}), ("paragraph", rich_text(f"<p>{text}</p>"))])


class EditorsCreateEveryPageType(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = site_tree()["pl"]
        cls.locale = cls.home.locale

    def setUp(self):
        editor = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
        self.client.force_login(editor)

    def create(self, parent, model, data):
        """Post the add form with `data`, and return the page published under `parent`."""
        self.assertCanCreate(parent, model, nested_form_data(data))
        page = model.objects.child_of(parent).get(title=data["title"])
        self.assertTrue(page.live)
        response = self.client.get(page.url)
        self.assertContains(response, data["title"])
        return page

    def test_every_page_type_is_created_here(self):
        created = {
            name.split("_", 2)[2].removesuffix("_is_created").replace("_", "")
            for name in dir(self)
            if name.startswith(("test_a_", "test_an_"))
        }
        self.assertEqual({model._meta.model_name for model in PAGE_FACTORIES}, created)

    def test_a_home_page_is_created(self):
        root = Page.get_first_root_node()
        self.assertCanCreateAt(Page, HomePage)
        for section in (StandardPage, NewsIndexPage, ContactPage, ClubIndexPage, ResourceIndexPage, GlossaryPage, ExampleIndexPage):
            self.assertCanCreateAt(HomePage, section)
        for below_a_section in (NewsArticlePage, ClubPage, ResourcePage, ExamplePage):
            self.assertCanNotCreateAt(HomePage, below_a_section)
        self.assertCanCreate(
            root,
            HomePage,
            nested_form_data(
                {
                    "title": "Kluby testowe",
                    "slug": "kluby-testowe",
                    "lead": "Strona główna.",
                    "intro": rich_text("<p>Witamy.</p>"),
                    "areas": inline_formset([{"title": "Zasobnik", "text": "Wiedza o pracowniach.", "link_page": self.home.pk}]),
                    "featured_pages": inline_formset([]),
                }
            ),
        )
        self.assertTrue(HomePage.objects.get(slug="kluby-testowe").areas.filter(title="Zasobnik").exists())

    def test_a_standard_page_is_created(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        page = self.create(self.home, StandardPage, {"title": "O programie", "lead": "Krótko.", "body": body("Treść strony.")})
        self.assertContains(self.client.get(page.url), "Treść strony.")

    def test_a_news_index_page_is_created(self):
        self.create(self.home, NewsIndexPage, {"title": "Aktualności", "lead": "Co nowego."})

    def test_a_news_article_page_is_created(self):
        index = NewsIndexPageFactory(parent=self.home)
        page = self.create(
            index, NewsArticlePage, {"title": "Nowy klub", "date": "2024-05-01", "lead": "Otwarcie.", "body": body("Otwieramy klub."), "tags": "kluby"}
        )
        self.assertEqual(list(page.tags.names()), ["kluby"])

    def test_a_contact_page_is_created(self):
        page = self.create(
            self.home,
            ContactPage,
            {
                "title": "Napisz do nas",
                "intro": rich_text("<p>Odpowiemy.</p>"),
                "thank_you_text": rich_text("<p>Dziękujemy.</p>"),
                "to_address": "editors@example.org",
                "from_address": "portal@example.org",
                "subject": "Wiadomość z portalu",
                "form_fields": inline_formset(
                    [
                        {"label": "Imię", "field_type": "singleline", "required": "on", "choices": "", "default_value": "", "help_text": ""},
                        {"label": "Wiadomość", "field_type": "multiline", "required": "on", "choices": "", "default_value": "", "help_text": ""},
                    ]
                ),
            },
        )
        self.assertEqual([field.label for field in page.get_form_fields()], ["Imię", "Wiadomość"])
        self.assertContains(self.client.get(page.url), "Wiadomość")

    def test_a_club_index_page_is_created(self):
        self.create(self.home, ClubIndexPage, {"title": "Kluby", "lead": "Wszystkie kluby.", "intro": "Mapa i lista."})

    def test_a_club_page_is_created(self):
        index = ClubIndexPageFactory(parent=self.home)
        region = RegionFactory(locale=self.locale, name="Mazowieckie")
        printer = EquipmentItemFactory(locale=self.locale, name="Drukarka 3D")
        page = self.create(
            index,
            ClubPage,
            {
                "title": "Klub w Ełku",
                "library": "Biblioteka Miejska w Ełku",
                "town": "Ełk",
                "region": region.pk,
                "latitude": "53.82",
                "longitude": "22.36",
                "organisational_model": "makerspace",
                "edition": EditionFactory(locale=self.locale).pk,
                "age_groups": [AgeGroupFactory(locale=self.locale).pk],
                "status": "active",
                "body": body("Klub dla całej rodziny."),
                "equipment": inline_formset([{"item": printer.pk, "quantity": "2"}]),
                "activities": inline_formset([{"title": "Warsztaty druku 3D"}]),
                "gallery_images": inline_formset([]),
                "links": inline_formset([{"title": "Strona biblioteki", "url": "https://example.org/"}]),
            },
        )
        self.assertEqual([(held.item, held.quantity) for held in page.equipment.all()], [(printer, 2)])
        html = self.client.get(page.url).content.decode()
        self.assertIn("Drukarka 3D", html)
        self.assertIn("Mazowieckie", html)

    def test_a_resource_index_page_is_created(self):
        self.create(self.home, ResourceIndexPage, {"title": "Zasobnik", "lead": "Wiedza.", "intro": rich_text("<p>Wszystko.</p>")})

    def test_a_resource_page_is_created(self):
        index = ResourceIndexPageFactory(parent=self.home)
        category = ResourceCategoryFactory(locale=self.locale, name="Pojęcia")
        page = self.create(
            index,
            ResourcePage,
            {
                "title": "Czym jest pracownia",
                "lead": "Wprowadzenie.",
                "body": body("Pracownia to miejsce do tworzenia."),
                "category": category.pk,
                "audiences": [AudienceFactory(locale=self.locale).pk],
                "resource_type": "article",
                "licence": "cc-by-4.0",
                "tags": "pracownia",
                "glossary_terms": [GlossaryTermFactory(locale=self.locale).pk],
                "equipment": [EquipmentItemFactory(locale=self.locale).pk],
                "attachments": inline_formset([]),
                "related_links": inline_formset([]),
            },
        )
        self.assertEqual(page.category, category)
        self.assertContains(self.client.get(page.url), "Pracownia to miejsce do tworzenia.")

    def test_a_glossary_page_is_created(self):
        GlossaryTermFactory(locale=self.locale, term="Pracownia")
        page = self.create(ResourceIndexPageFactory(parent=self.home), GlossaryPage, {"title": "Słowniczek", "lead": "Słowa."})
        self.assertContains(self.client.get(page.url), "Pracownia")

    def test_an_example_index_page_is_created(self):
        self.create(ResourceIndexPageFactory(parent=self.home), ExampleIndexPage, {"title": "Przykłady", "intro": rich_text("<p>Ze świata.</p>")})

    def test_an_example_page_is_created(self):
        page = self.create(
            ExampleIndexPageFactory(parent=self.home),
            ExamplePage,
            {
                "title": "Oodi",
                "name": "Urban Workshop",
                "institution": "Helsinki Central Library",
                "city": "Helsinki",
                "country_code": "FI",
                "country": "Finlandia",
                "model": "makerspace",
                "opened": "2018",
                "notable": rich_text("<p>Drukarki i maszyny do szycia.</p>"),
                "photos": inline_formset([]),
            },
        )
        self.assertContains(self.client.get(page.url), "Helsinki Central Library")

    def test_an_inspiration_index_page_is_created(self):
        self.create(self.home, InspirationIndexPage, {"title": "Inspiracje", "lead": "Pomysły na zajęcia.", "intro": rich_text("<p>Na każdą grupę.</p>")})

    def test_an_inspiration_page_is_created(self):
        item = EquipmentItemFactory(locale=self.locale, name="Drukarka 3D", slug="drukarka-3d")
        step_content = streamfield([("paragraph", rich_text("<p>Everyone says their name.</p>"))])
        page = self.create(
            InspirationIndexPageFactory(parent=self.home),
            InspirationPage,
            {
                "title": "Admin-made activity",
                "lead": "Made in the admin.",
                "age_from": 7,
                "age_to": 10,
                "duration_minutes": 45,
                "group_min": 2,
                "group_max": 10,
                "difficulty": "medium",
                "cost": "none",
                "science": "on",
                "licence": "cc-by-4.0",
                "steps": streamfield([("step", {"title": "Circle of names", "minutes": 10, "content": step_content})]),
                "equipment": inline_formset([{"item": item.pk, "quantity": 2, "optional": ""}]),
                "downloads": inline_formset([]),
                "club_runs": inline_formset([]),
                "resource_links": inline_formset([]),
            },
        )
        self.assertEqual(page.steam_areas, ["science"])
        self.assertEqual(page.steps[0].value["title"], "Circle of names")
        self.assertEqual([(row.item_id, row.quantity, row.optional) for row in page.equipment.all()], [(item.pk, 2, False)])
        self.assertContains(self.client.get(page.url), "Circle of names")

    # The school network ------------------------------------------------------------------

    def network(self):
        return NetworkPageFactory(parent=NetworkIndexPageFactory(parent=self.home))

    def test_a_network_index_page_is_created(self):
        self.create(self.home, NetworkIndexPage, {"title": "Sieci szkół", "lead": "Sieci.", "body": body("Programy.")})

    def test_a_network_page_is_created(self):
        page = self.create(
            NetworkIndexPageFactory(parent=self.home),
            NetworkPage,
            {
                "title": "Sieć z Klużu",
                "lead": "Szkoły i partnerzy.",
                "region": RegionFactory(locale=self.locale, slug="cluj", country_code="RO").pk,
                "body": body("Historia sieci."),
                "milestones": inline_formset([{"year": 2018, "title": "Dziesięć szkół", "text": "Początek."}]),
            },
        )
        self.assertEqual([(row.year, row.title) for row in page.milestones.all()], [(2018, "Dziesięć szkół")])

    def test_a_school_index_page_is_created(self):
        self.create(self.network(), SchoolIndexPage, {"title": "Szkoły", "lead": "Szkoły sieci.", "body": body("Opis.")})

    def test_a_school_page_is_created(self):
        theme = ThemeFactory(locale=self.locale, slug="steam", name="STEAM")
        page = self.create(
            SchoolIndexPageFactory(parent=self.network()),
            SchoolPage,
            {
                "title": "Szkoła Podstawowa nr 1",
                "lead": "Szkoła w sieci.", "body": body("Opis."),
                "level": "primary",
                "pupils": 420,
                "teachers": 35,
                "year_joined": 2022,
                "status": "member",
                "themes": theme.pk,
                "street": "ul. Szkolna 1",
                "town": "Cluj-Napoca",
                "region": RegionFactory(locale=self.locale, slug="cluj", country_code="RO").pk,
                "latitude": "46.77",
                "longitude": "23.60",
                "coordinator_email": "szkola@example.org",
                "gallery_images": inline_formset([]),
            },
        )
        self.assertEqual((page.pupils, list(page.themes.all())), (420, [theme]))

    def test_a_partner_index_page_is_created(self):
        self.create(self.network(), PartnerIndexPage, {"title": "Partnerzy", "lead": "Partnerzy sieci.", "body": body("Opis.")})

    def test_a_partner_page_is_created(self):
        page = self.create(
            PartnerIndexPageFactory(parent=self.network()),
            PartnerPage,
            {"title": "Teatr Miejski", "lead": "Partner.", "body": body("Opis."), "partner_type": "cultural", "website": "https://example.org/"},
        )
        self.assertEqual(page.partner_type, "cultural")

    def test_a_collaboration_index_page_is_created(self):
        self.create(self.network(), CollaborationIndexPage, {"title": "Współprace", "lead": "Projekty.", "body": body("Opis.")})

    def test_a_collaboration_page_is_created(self):
        network = self.network()
        school = SchoolPageFactory(parent=SchoolIndexPageFactory(parent=network))
        partner = PartnerPageFactory(parent=PartnerIndexPageFactory(parent=network))
        page = self.create(
            CollaborationIndexPageFactory(parent=network),
            CollaborationPage,
            {
                "title": "Rezydencje artystyczne",
                "lead": "Artyści w szkołach.", "body": body("Opis."),
                "start_date": "2018-10-01",
                "end_date": "2018-11-30",
                "schools": school.pk,
                "partners": partner.pk,
                "pupils": 120,
                "teachers": 8,
                "gallery_images": inline_formset([]),
            },
        )
        self.assertEqual((list(page.schools.all()), list(page.partners.all()), page.pupils), ([school], [partner], 120))

    def test_an_event_index_page_is_created(self):
        self.create(self.network(), EventIndexPage, {"title": "Wydarzenia", "lead": "Co i kiedy.", "body": body("Opis.")})

    def test_an_event_page_is_created(self):
        page = self.create(
            EventIndexPageFactory(parent=self.network()),
            EventPage,
            {
                "title": "Warsztaty robotyki",
                "lead": "Dla nauczycieli.", "body": body("Opis."),
                "event_type": "workshop",
                "start_date": "2030-04-01",
                "start_time": "10:00",
                "end_time": "12:30",
                "time_zone": "Europe/Bucharest",
                "venue": "Biblioteka, Cluj-Napoca",
                "free_entry": "on",
            },
        )
        # 10:00 in Bucharest in summer time (UTC+3) is 07:00 UTC.
        self.assertEqual(page.starts_at.isoformat(), "2030-04-01T07:00:00+00:00")

    def test_a_qub_page_is_created(self):
        self.create(NetworkIndexPageFactory(parent=self.home), QubPage, {"title": "Qub", "lead": "Centrum.", "body": body("Opis."), "town": "Cluj-Napoca"})

    def test_a_space_page_is_created(self):
        item = EquipmentItemFactory(locale=self.locale, name="Drukarka 3D")
        page = self.create(
            QubPageFactory(parent=NetworkIndexPageFactory(parent=self.home)),
            SpacePage,
            {
                "title": "Sala warsztatowa",
                "lead": "Na warsztaty.", "body": body("Opis."),
                "kind": "education",
                "capacity": 35,
                "equipment": inline_formset([{"item": item.pk, "quantity": 2}]),
                "gallery_images": inline_formset([]),
            },
        )
        self.assertEqual([(row.item_id, row.quantity) for row in page.equipment.all()], [(item.pk, 2)])

    def test_an_impact_page_is_created(self):
        page = self.create(self.network(), ImpactPage, {"title": "Wpływ", "lead": "Cele.", "body": body("Opis."), "programme": "learning-qub", "target_schools": 35})
        self.assertEqual(page.target_schools, 35)
