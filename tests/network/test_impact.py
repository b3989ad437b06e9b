"""The impact dashboards: figures computed from the network's and the clubs' data (never typed
in), counted once across languages and only when published and public; accessible SVG charts
with data tables of the same numbers; bounded queries."""

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.translation import override as translation_override
from wagtail.models import PageViewRestriction
from wagtail.test.utils.form_data import nested_form_data, streamfield

from clubs.choices import ClubStatus
from network.charts import bar_chart, progress_chart
from network.models import ImpactPage
from tests.clubs.factories import (
    ClubIndexPageFactory,
    ClubPageFactory,
    EditionFactory,
    EquipmentCategoryFactory,
    EquipmentItemFactory,
    RegionFactory,
)
from tests.kluby.factories import translation
from tests.network.factories import (
    CollaborationIndexPageFactory,
    CollaborationPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    ImpactPageFactory,
    NetworkIndexPageFactory,
    NetworkPageFactory,
    SchoolIndexPageFactory,
    SchoolPageFactory,
)

pytestmark = pytest.mark.django_db

TARGETS = {
    "target_pupils": 7500,
    "target_family_members": 1500,
    "target_teachers": 90,
    "target_education_specialists": 110,
    "target_other_specialists": 100,
    "target_schools": 35,
}
LAST_YEAR = datetime.date.today() - datetime.timedelta(days=365)


@pytest.fixture(autouse=True)
def interface_in_source_language(settings):
    """Interface strings in their English source form; numbers still take each language's
    format (Django's own), which the tests read back."""
    settings.LOCALE_PATHS = []


@pytest.fixture
def network(homes):
    """A network in Romanian with its translations in English and Polish, its sections in
    Romanian and English, and a dashboard in Romanian and Polish."""
    indexes = {"ro": NetworkIndexPageFactory(parent=homes["ro"])}
    pages = {"ro": NetworkPageFactory(parent=indexes["ro"], title="Rețeaua Cluj")}
    for code in ("en", "pl"):
        indexes[code] = translation(NetworkIndexPageFactory, indexes["ro"], homes[code])
        pages[code] = translation(NetworkPageFactory, pages["ro"], indexes[code])
    sections = {}
    for factory_class, name in (
        (SchoolIndexPageFactory, "schools"),
        (EventIndexPageFactory, "events"),
        (CollaborationIndexPageFactory, "collaborations"),
    ):
        ro = factory_class(parent=pages["ro"])
        sections[name] = {"ro": ro, "en": translation(factory_class, ro, pages["en"])}
    dashboard = ImpactPageFactory(parent=pages["ro"], title="Impact", **TARGETS)
    return {
        "pages": pages,
        "sections": sections,
        "dashboards": {"ro": dashboard, "pl": translation(ImpactPageFactory, dashboard, pages["pl"], **TARGETS)},
    }


def school(network, language="ro", **fields):
    return SchoolPageFactory(parent=network["sections"]["schools"][language], **fields)


def past_event(network, language="ro", **fields):
    fields.setdefault("start_date", LAST_YEAR)
    return EventPageFactory(parent=network["sections"]["events"][language], **fields)


def collaboration(network, language="ro", **fields):
    return CollaborationPageFactory(parent=network["sections"]["collaborations"][language], **fields)


def published(page):
    """Publish a change as an editor does (which starts a new content version)."""
    page.save_revision().publish()
    return page


def read(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def number(text):
    return int(re.sub(r"\D", "", text))


def figures(soup):
    return {
        item["data-figure"]: number(item.select_one(".impact-figure__value").get_text())
        for item in soup.select(".impact-figure")
    }


def chart(soup, key):
    return soup.select_one(f"#chart-{key}")


def table(figure):
    """{row heading: [cells]} of a chart's data table."""
    return {
        row.th.get_text(strip=True): [cell.get_text(strip=True) for cell in row.find_all("td")]
        for row in figure.select("table tbody tr")
        if row.th
    }


@pytest.fixture
def some_data(network):
    school(network, pupils=300, teachers=20, year_joined=2020, level="primary")
    school(network, pupils=200, teachers=10, year_joined=2022, level="high-school")
    school(network, pupils=100, teachers=5, year_joined=2022, status="joining")
    school(network, pupils=900, teachers=90, year_joined=2018, status="alumni")
    past_event(network, pupils=40, teachers=5, family_members=12)
    # Not over yet: what it records does not count.
    EventPageFactory(parent=network["sections"]["events"]["ro"], pupils=1000, teachers=100)
    collaboration(network, pupils=60, family_members=8, education_specialists=3, other_specialists=2)
    return network


def test_figures_are_computed_from_the_data(client, some_data):
    found = figures(read(client, some_data["dashboards"]["ro"]))
    assert found == {
        "pupils": 100,
        "family_members": 20,
        "teachers": 5,
        "education_specialists": 3,
        "other_specialists": 2,
        "schools": 3,
        "school-pupils": 600,
        "school-teachers": 35,
    }


def test_a_new_school_and_new_participants_change_the_figures(client, some_data):
    dashboard = some_data["dashboards"]["ro"]
    before = figures(read(client, dashboard))
    published(school(some_data, pupils=250, teachers=12))
    published(collaboration(some_data, pupils=15, teachers=2))
    after = figures(read(client, dashboard))
    assert after["schools"] == before["schools"] + 1
    assert after["school-pupils"] == before["school-pupils"] + 250
    assert after["pupils"] == before["pupils"] + 15
    assert after["teachers"] == before["teachers"] + 2


def test_drafts_and_private_pages_do_not_count(client, some_data):
    dashboard = some_data["dashboards"]["ro"]
    before = figures(read(client, dashboard))
    school(some_data, live=False, pupils=5000)
    collaboration(some_data, live=False, pupils=5000)
    private = school(some_data, pupils=7000)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    private_event = past_event(some_data, pupils=7000)
    PageViewRestriction.objects.create(page=private_event, restriction_type=PageViewRestriction.LOGIN)
    assert figures(read(client, dashboard)) == before


def test_a_translated_page_counts_once_and_every_language_shows_the_same(client, some_data):
    source = school(some_data, pupils=400, teachers=30)
    translation(SchoolPageFactory, source, some_data["sections"]["schools"]["en"], pupils=400, teachers=30)
    event = past_event(some_data, pupils=70)
    translation(EventPageFactory, event, some_data["sections"]["events"]["en"], start_date=event.start_date, pupils=70)
    # A school only in English counts too: it is part of the same network.
    school(some_data, "en", pupils=10, teachers=1)
    romanian = figures(read(client, some_data["dashboards"]["ro"]))
    assert romanian["schools"] == 5
    assert romanian["school-pupils"] == 600 + 400 + 10
    assert romanian["pupils"] == 100 + 70
    assert figures(read(client, some_data["dashboards"]["pl"])) == romanian


def test_targets_percentages_and_numbers_in_the_visitors_language(client, some_data):
    for _number in range(30):
        school(some_data, pupils=10, teachers=1)
    collaboration(some_data, pupils=1400)
    soup = read(client, some_data["dashboards"]["ro"])
    pupils = soup.select_one('[data-figure="pupils"]')
    # Romanian groups thousands with a dot.
    assert pupils.select_one(".impact-figure__value").get_text(strip=True) == "1.500"
    assert "7.500" in pupils.select_one(".impact-figure__target").get_text()
    assert "20%" in pupils.select_one(".impact-figure__target").get_text()
    progress = table(chart(soup, "targets"))
    assert progress["Pupils reached"] == ["1.500", "7.500", "20%"]
    assert progress["Schools in the network"] == ["33", "35", "94%"]
    polish = read(client, some_data["dashboards"]["pl"])
    value = polish.select_one('[data-figure="pupils"] .impact-figure__value').get_text(strip=True)
    assert number(value) == 1500 and value != "1.500"


def test_a_figure_without_a_target_has_no_bar(client, some_data):
    dashboard = some_data["dashboards"]["ro"]
    ImpactPage.objects.filter(pk=dashboard.pk).update(target_other_specialists=None)
    soup = read(client, dashboard)
    progress = chart(soup, "targets")
    assert len(progress.select("svg .chart__bar")) == 5
    assert table(progress)["Other specialists reached"] == ["2", "–", "–"]


def test_charts_are_accessible_svg_with_a_data_table_of_the_same_numbers(client, some_data):
    soup = read(client, some_data["dashboards"]["ro"])
    keys = ["targets", "schools-by-year", "schools-by-level", "participants-by-year"]
    for key in keys:
        figure = chart(soup, key)
        assert figure.name == "figure" and figure.figcaption.get_text(strip=True)
        svg = figure.svg
        assert svg["role"] == "img"
        names = svg["aria-labelledby"].split()
        assert [soup.find(id=name).name for name in names] == ["title", "desc"]
        assert svg["viewbox"].startswith("0 0 ") and svg["width"] == "100%"
        data = figure.select_one("details table")
        assert data.caption.get_text(strip=True)
        assert all(th["scope"] in ("col", "row") for th in data.find_all("th"))
        # Each bar's text is a number of the table's row of the same name.
        rows = table(figure)
        labels = [text.get_text() for text in svg.select(".chart__label")]
        values = [text.get_text() for text in svg.select(".chart__value")]
        assert len(labels) == len(values) == len(svg.select(".chart__bar"))
        for label, value in zip(labels, values, strict=True):
            assert any(cell in value for cell in rows[label])
    by_year = table(chart(soup, "schools-by-year"))
    assert by_year == {"2020": ["1", "1"], "2022": ["2", "3"]}
    assert table(chart(soup, "schools-by-level")) == {"Primary school": ["1"], "Lower secondary school": ["1"], "High school": ["1"]}
    participants = table(chart(soup, "participants-by-year"))
    assert participants[str(LAST_YEAR.year)][-1] == "57"
    assert participants["2024"][-1] == "73"


def test_an_empty_network_shows_zeros_and_no_drawing(client, network):
    soup = read(client, network["dashboards"]["ro"])
    assert figures(soup)["schools"] == 0
    assert soup.select_one("#chart-schools-by-level .chart__empty")
    assert soup.select_one("#chart-schools-by-level svg") is None


@pytest.fixture
def clubs_dashboard(homes, locales):
    """Clubs in Polish (some translated to English) and a Kluby Kreatywności dashboard."""
    index = ClubIndexPageFactory(parent=homes["pl"], title="Clubs", slug="test-clubs")
    english_index = translation(ClubIndexPageFactory, index, homes["en"], slug="test-clubs")
    north = RegionFactory(locale=locales["pl"], slug="north", name="Północ")
    south = RegionFactory(locale=locales["pl"], slug="south", name="Południe")
    RegionFactory(locale=locales["en"], slug="north", name="North", translation_key=north.translation_key)
    pilot = EditionFactory(locale=locales["pl"], slug="pilot-2018", name="Pilotaż 2018")
    second = EditionFactory(locale=locales["pl"], slug="edition-2019")
    category = EquipmentCategoryFactory(locale=locales["pl"], slug="kit", name="Kit")
    printer = EquipmentItemFactory(locale=locales["pl"], slug="printer", name="Drukarka 3D", category=category)
    laptop = EquipmentItemFactory(locale=locales["pl"], slug="laptop", name="Laptop", category=category)
    robot = EquipmentItemFactory(locale=locales["pl"], slug="robot", name="Robot", category=category)
    first = ClubPageFactory(parent=index, region=north, edition=pilot, equipment=[(printer, 2), (laptop, 5)])
    english_north = RegionFactory(locale=locales["en"], slug="north")
    translation(ClubPageFactory, first, english_index, region=english_north, edition=None, equipment=[(printer, 2)])
    ClubPageFactory(parent=index, region=north, edition=second, equipment=[(printer, 1)])
    ClubPageFactory(parent=index, region=south, edition=pilot, status="paused", equipment=[(laptop, 3)])
    ClubPageFactory(parent=index, region=south, edition=second, status="closed", equipment=[(robot, 9)])
    ClubPageFactory(parent=index, region=south, edition=None, live=False, equipment=[(robot, 9)])
    return ImpactPageFactory(parent=homes["pl"], title="Kluby Kreatywności", programme="kluby-kreatywnosci")


def test_the_clubs_dashboard_counts_each_published_club_once(client, clubs_dashboard):
    soup = read(client, clubs_dashboard)
    assert figures(soup) == {"clubs": 3, "regions": 2, "closed": 1}
    assert table(chart(soup, "clubs-by-region")) == {"Północ": ["2"], "Południe": ["1"]}
    assert table(chart(soup, "clubs-by-edition")) == {"Pilotaż 2018": ["2"], "Edition 2019": ["1"]}
    with translation_override("pl"):
        statuses = {str(ClubStatus.ACTIVE.label): ["2"], str(ClubStatus.PAUSED.label): ["1"], str(ClubStatus.CLOSED.label): ["1"]}
    assert table(chart(soup, "clubs-by-status")) == statuses
    # Two clubs each hold a printer and a laptop: more laptops in all, so the laptop comes first.
    equipment = chart(soup, "equipment")
    assert table(equipment) == {"Drukarka 3D": ["2", "3"], "Laptop": ["2", "8"]}
    assert [text.get_text() for text in equipment.select("svg .chart__label")] == ["Laptop", "Drukarka 3D"]


def test_the_clubs_dashboard_follows_publication(client, clubs_dashboard):
    index = clubs_dashboard.get_parent().get_children().type(ClubIndexPageFactory._meta.model).first()
    before = figures(read(client, clubs_dashboard))
    published(ClubPageFactory(parent=index.specific, region=RegionFactory(slug="east", name="Wschód")))
    after = figures(read(client, clubs_dashboard))
    assert after["clubs"] == before["clubs"] + 1 and after["regions"] == before["regions"] + 1


def add_network_data(network, start, stop):
    for number_ in range(start, stop):
        school(
            network,
            title=f"Bulk school {number_:04d}",
            pupils=100 + number_,
            teachers=10,
            year_joined=2018 + number_ % 8,
            level=("primary", "high-school", "vocational")[number_ % 3],
            status=("member", "joining", "alumni")[number_ % 3],
        )
        if number_ % 5 == 0:
            past_event(network, title=f"Bulk event {number_:04d}", pupils=20, teachers=2)
            collaboration(network, title=f"Bulk collaboration {number_:04d}", pupils=30, start_date=datetime.date(2019 + number_ % 6, 3, 1))


def queries(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context)


def test_dashboard_queries_do_not_grow_with_the_network(client, network, django_assert_max_num_queries, settings):
    settings.PAGE_CACHE_SECONDS = 0  # measure the page's own work every time
    dashboard = network["dashboards"]["ro"]
    add_network_data(network, 0, 35)
    client.get(dashboard.url)  # what any first visit does once (site settings, renditions)
    published(dashboard)  # a new content version: the figures are computed again
    computed = queries(client, dashboard.url)
    cached = queries(client, dashboard.url)
    add_network_data(network, 35, 700)
    published(dashboard)
    with django_assert_max_num_queries(computed, info="700 schools, figures computed"):
        response = client.get(dashboard.url)
    counted = figures(BeautifulSoup(response.content, "html.parser"))
    assert counted["schools"] == len([n for n in range(700) if n % 3 != 2])
    with django_assert_max_num_queries(cached, info="700 schools, figures from the cache"):
        client.get(dashboard.url)
    # From the cache, the page keeps within every page type's budget (tests/kluby/test_query_budget.py).
    assert cached < computed and cached <= 15


def test_clubs_dashboard_queries_do_not_grow_with_the_clubs(
    client, clubs_dashboard, django_assert_max_num_queries, locales, settings
):
    settings.PAGE_CACHE_SECONDS = 0
    index = clubs_dashboard.get_parent().get_children().type(ClubIndexPageFactory._meta.model).first().specific
    item = EquipmentItemFactory(locale=locales["pl"], slug="bulk-item")
    client.get(clubs_dashboard.url)
    published(clubs_dashboard)
    small = queries(client, clubs_dashboard.url)
    for number_ in range(200):
        ClubPageFactory(parent=index, title=f"Bulk club {number_:03d}", region=RegionFactory(slug=f"bulk-{number_ % 16}"), equipment=[(item, 1)])
    published(clubs_dashboard)
    with django_assert_max_num_queries(small, info="clubs dashboard"):
        client.get(clubs_dashboard.url)
    assert figures(read(client, clubs_dashboard))["clubs"] == 203


def add_dashboard(admin_client, parent, programme):
    url = reverse("wagtailadmin_pages:add", args=("network", "impactpage", parent.pk))
    data = nested_form_data(
        {"title": f"Impact {programme}", "slug": f"impact-{programme}", "programme": programme, "body": streamfield([]), "action-publish": "publish"}
    )
    return admin_client.post(url, data)


def test_the_programme_must_match_where_the_dashboard_is(admin_client, homes, network):
    network_page = network["pages"]["en"]
    refused = add_dashboard(admin_client, network_page, "kluby-kreatywnosci")
    assert refused.status_code == 200
    assert "programme" in refused.context["form"].errors
    refused = add_dashboard(admin_client, homes["en"], "learning-qub")
    assert refused.status_code == 200
    assert "programme" in refused.context["form"].errors
    assert add_dashboard(admin_client, network_page, "learning-qub").status_code == 302
    assert add_dashboard(admin_client, homes["en"], "kluby-kreatywnosci").status_code == 302
    assert ImpactPage.objects.filter(locale=homes["en"].locale).count() == 2


def test_a_chart_scales_its_bars_shortens_long_labels_and_says_every_bar():
    with translation_override("en"):
        chart_ = bar_chart("test", "Test chart", [("A very long name of a catalogue item that goes on and on", 40), ("Short", 10)], value_heading="Clubs")
        progress = progress_chart("progress", "Progress", [{"label": "Schools", "value": 50, "target": 35}, {"label": "Pupils", "value": 0, "target": 7500}])
    long_bar, short_bar = chart_.bars
    assert long_bar.width == 400 and short_bar.width == 100
    assert long_bar.short_label.endswith("…") and len(long_bar.short_label) < len(long_bar.label)
    assert chart_.rows[0] == ("A very long name of a catalogue item that goes on and on", ["40"])
    assert "A very long name of a catalogue item that goes on and on: 40" in chart_.description
    # Past the target the bar fills its track and the text says how far past.
    assert progress.bars[0].width == 400 and progress.bars[0].text == "50 of 35 (143%)"
    assert progress.bars[1].width == 0 and progress.rows[1] == ("Pupils", ["0", "7,500", "0%"])


def test_a_label_too_long_to_share_its_line_gets_the_line_and_the_text_goes_below():
    with translation_override("en"):
        progress = progress_chart(
            "progress",
            "Progress",
            [
                {"label": "Family members reached", "value": 2170, "target": 1500},
                {"label": "Other education specialists reached", "value": 222, "target": 110},
            ],
        )
    short, long = progress.bars
    # "Family members reached" and "2,170 of 1,500 (145%)" fit on one line; the second pair does not.
    assert not short.text_below and short.text_y == short.label_y
    assert long.text_below and long.short_label == "Other education specialists reached"
    assert long.label_y < long.text_y < long.bar_y
    assert long.top == short.row_height and progress.height == short.row_height + long.row_height


def test_schools_without_a_year_joined_are_said_to_be_left_out_of_the_chart(client, network):
    school(network, year_joined=2021)
    school(network, year_joined=None)
    soup = read(client, network["dashboards"]["ro"])
    by_year = chart(soup, "schools-by-year")
    assert table(by_year) == {"2021": ["1", "1"]}
    assert "1 school has no year joined recorded" in by_year.figcaption.get_text()
