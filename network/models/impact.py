"""Impact dashboards: a programme's targets, set by editors, against figures computed from
the portal's data (never typed in)."""

from collections import Counter

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page

from clubs.choices import ClubStatus
from clubs.models import ClubEquipment, ClubPage, Edition, EquipmentItem, Region
from kluby.admin_forms import LocalisedPageForm
from kluby.blocks import BodyStreamBlock
from kluby.freshness import content_version
from kluby.models import BasePage, HomePage
from kluby.queries import cached_structure, public_only

from ..charts import bar_chart, formatted, formatted_percent, percent, progress_chart
from ..choices import REACH_FIELDS, MembershipStatus, Programme, SchoolLevel
from .collaborations import CollaborationPage
from .events import EventPage
from .networks import NetworkPage
from .schools import SchoolPage


class ImpactPageForm(LocalisedPageForm):
    """The programme must match where the page is: a network's dashboard under its network
    page, the clubs' dashboard under a home page."""

    def clean(self):
        cleaned_data = super().clean()
        parent = getattr(self, "parent_page", None)
        programme = cleaned_data.get("programme")
        if parent is None or not programme:
            return cleaned_data
        parent_class = parent.specific_class
        if programme == Programme.LEARNING_QUB and not issubclass(parent_class, NetworkPage):
            self.add_error(
                "programme",
                _("A Learning Qub dashboard measures the network it is in: add it under a network page."),
            )
        elif programme == Programme.KLUBY and not issubclass(parent_class, HomePage):
            self.add_error(
                "programme",
                _("The Kluby Kreatywności dashboard counts the clubs of the whole portal: add it under a home page."),
            )
        return cleaned_data


class ImpactPage(BasePage):
    """The dashboard of one programme. Under a network page it measures that network (the
    Learning Qub); under a home page, the Kluby Kreatywności clubs of its language."""

    programme = models.CharField(_("programme"), max_length=30, choices=Programme.choices)
    target_pupils = models.PositiveIntegerField(_("pupils"), null=True, blank=True)
    target_family_members = models.PositiveIntegerField(_("family members"), null=True, blank=True)
    target_teachers = models.PositiveIntegerField(_("teachers"), null=True, blank=True)
    target_education_specialists = models.PositiveIntegerField(_("education specialists"), null=True, blank=True)
    target_other_specialists = models.PositiveIntegerField(_("other specialists"), null=True, blank=True)
    target_schools = models.PositiveIntegerField(_("schools"), null=True, blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("how the figures are computed"), blank=True)

    parent_page_types = ["network.NetworkPage", "kluby.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    base_form_class = ImpactPageForm

    content_panels = BasePage.content_panels + [
        FieldPanel("lead"),
        FieldPanel("programme"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("target_pupils"), FieldPanel("target_family_members")]),
                FieldRowPanel([FieldPanel("target_teachers"), FieldPanel("target_education_specialists")]),
                FieldRowPanel([FieldPanel("target_other_specialists"), FieldPanel("target_schools")]),
            ],
            heading=_("Targets (Learning Qub)"),
        ),
        FieldPanel("body"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("programme"),
        APIField("target_pupils"),
        APIField("target_family_members"),
        APIField("target_teachers"),
        APIField("target_education_specialists"),
        APIField("target_other_specialists"),
        APIField("target_schools"),
        APIField("body"),
    ]

    class Meta:
        verbose_name = _("impact dashboard")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        version = content_version()
        if self.programme == Programme.KLUBY:
            records = cached_structure(f"kluby:impact-clubs:{version}", club_records)
            context["dashboard"] = clubs_dashboard(records)
        else:
            parent_path = self.path[: -self.steplen]
            records = cached_structure(
                f"kluby:impact-network:{version}:{parent_path}", lambda: network_records(parent_path)
            )
            # Events count once they are over: the split moves with the clock, not the data.
            context["dashboard"] = learning_qub_dashboard(self, records, timezone.now())
        return context


# What the figures count. Schools: members and joining schools (alumni have left). People:
# the participants recorded on the network's collaborations and on its events that are over.
COUNTED_STATUSES = (MembershipStatus.MEMBER, MembershipStatus.JOINING)
REACHED_LABELS = {
    "pupils": _("Pupils reached"),
    "family_members": _("Family members reached"),
    "teachers": _("Teachers reached"),
    "education_specialists": _("Education specialists reached"),
    "other_specialists": _("Other specialists reached"),
}
REACH_NAMES = [name for name, _label in REACH_FIELDS]
TOP_EQUIPMENT = 10


def once_per_translation(rows):
    """One row per translation_key: the oldest page (lowest id) among the published versions,
    so every language's dashboard counts the same pages with the same facts."""
    chosen = {}
    for row in rows:
        chosen.setdefault(row["translation_key"], row)
    return list(chosen.values())


def within_any(paths):
    condition = Q()
    for path in paths:
        condition |= Q(path__startswith=path)
    return condition


def published(model, condition=None):
    """The published, public pages of `model` (within `condition`), oldest first."""
    return public_only(model.objects.live().filter(condition or Q())).order_by("pk")


def network_records(network_path):
    """The facts of the schools, events and collaborations of the network at `network_path`,
    each page once although it may exist in several languages: the subtrees of every published
    translation of the network page are searched, and only published, public pages count."""
    paths = list(
        NetworkPage.objects.live()
        .filter(translation_key__in=Page.objects.filter(path=network_path).values("translation_key"))
        .values_list("path", flat=True)
    )
    if not paths:
        return {"schools": [], "events": [], "collaborations": []}
    subtree = within_any(paths)
    return {
        "schools": once_per_translation(
            published(SchoolPage, subtree).values(
                "translation_key", "status", "level", "year_joined", "pupils", "teachers"
            )
        ),
        "events": once_per_translation(
            published(EventPage, subtree).values("translation_key", "start_date", "ends_at", *REACH_NAMES)
        ),
        "collaborations": once_per_translation(
            published(CollaborationPage, subtree).values("translation_key", "start_date", *REACH_NAMES)
        ),
    }


def translated_names(model, translation_keys, extra=()):
    """{translation_key: {"names": {language code: name}, ...extra fields}} of snippets."""
    names = {}
    rows = model.objects.filter(translation_key__in=translation_keys).values(
        "translation_key", "locale__language_code", "name", *extra
    )
    for row in rows:
        entry = names.setdefault(row["translation_key"], {"names": {}, **{name: row[name] for name in extra}})
        entry["names"][row["locale__language_code"]] = row["name"]
    return names


def name_in_language(entry):
    if not entry or not entry["names"]:
        return ""
    names = entry["names"]
    return names.get(get_language() or "") or names[sorted(names)[0]]


def club_records():
    """Every published, public club once (across languages), with the equipment it holds."""
    clubs = once_per_translation(
        published(ClubPage).values(
            "pk", "translation_key", "status", "region__translation_key", "edition__translation_key"
        )
    )
    counted = {club["pk"] for club in clubs}
    equipment = [
        row
        for row in ClubEquipment.objects.filter(page__in=published(ClubPage).values("pk")).values(
            "page_id", "item__translation_key", "quantity"
        )
        if row["page_id"] in counted
    ]
    regions = translated_names(Region, {club["region__translation_key"] for club in clubs})
    editions = translated_names(
        Edition, {club["edition__translation_key"] for club in clubs} - {None}, extra=("start_year",)
    )
    items = translated_names(EquipmentItem, {row["item__translation_key"] for row in equipment})
    return {"clubs": clubs, "equipment": equipment, "regions": regions, "editions": editions, "items": items}


def learning_qub_dashboard(page, records, now):
    """The figures and charts of a network's dashboard, from its records."""
    schools = [school for school in records["schools"] if school["status"] in COUNTED_STATUSES]
    past_events = [event for event in records["events"] if event["ends_at"] <= now]
    reached = {
        name: sum(row[name] or 0 for row in past_events + records["collaborations"]) for name in REACH_NAMES
    }
    figures = [
        {"key": name, "label": REACHED_LABELS[name], "value": reached[name], "target": getattr(page, f"target_{name}")}
        for name in REACH_NAMES
    ]
    figures.append(
        {"key": "schools", "label": _("Schools in the network"), "value": len(schools), "target": page.target_schools}
    )
    for figure in figures:
        figure["value_text"] = formatted(figure["value"])
        figure["target_text"] = formatted(figure["target"]) if figure["target"] else ""
        share = percent(figure["value"], figure["target"])
        figure["percent_text"] = formatted_percent(share) if share is not None else ""
    context_figures = [
        {"key": "school-pupils", "label": _("Pupils in member schools"), "value": formatted(sum(s["pupils"] or 0 for s in schools))},
        {"key": "school-teachers", "label": _("Teachers in member schools"), "value": formatted(sum(s["teachers"] or 0 for s in schools))},
    ]

    joined = Counter(school["year_joined"] for school in schools if school["year_joined"])
    total = 0
    cumulative, year_rows = [], []
    for year in sorted(joined):
        total += joined[year]
        cumulative.append((str(year), total))
        year_rows.append((str(year), [formatted(joined[year]), formatted(total)]))
    schools_by_year = bar_chart(
        "schools-by-year",
        _("Schools in the network by year joined (running total)"),
        cumulative,
        value_heading=_("Schools in the network"),
    )
    schools_by_year.headers = ["", _("Joined that year"), _("Schools in the network")]
    schools_by_year.rows = year_rows
    undated = len(schools) - sum(joined.values())
    if undated:
        schools_by_year.note = ngettext(
            "%(count)s school has no year joined recorded and is not shown.",
            "%(count)s schools have no year joined recorded and are not shown.",
            undated,
        ) % {"count": formatted(undated)}

    levels = Counter(school["level"] for school in schools)
    schools_by_level = bar_chart(
        "schools-by-level",
        _("Schools in the network by level"),
        [(label, levels[value]) for value, label in SchoolLevel.choices if levels[value]],
        value_heading=_("Schools"),
    )

    by_year = {}
    for row in past_events + records["collaborations"]:
        counts = by_year.setdefault(row["start_date"].year, dict.fromkeys(REACH_NAMES, 0))
        for name in REACH_NAMES:
            counts[name] += row[name] or 0
    participants = bar_chart(
        "participants-by-year",
        _("Participants by year"),
        [(str(year), sum(by_year[year].values())) for year in sorted(by_year)],
        value_heading=_("All participants"),
        note=_("By the year an event took place or a collaboration started."),
    )
    participants.headers = ["", *(label for _name, label in REACH_FIELDS), _("all participants")]
    participants.rows = [
        (str(year), [formatted(by_year[year][name]) for name in REACH_NAMES] + [formatted(sum(by_year[year].values()))])
        for year in sorted(by_year)
    ]

    return {
        "figures": figures,
        "context_figures": context_figures,
        "progress": progress_chart("targets", _("Figures against the targets"), figures),
        "charts": [schools_by_year, schools_by_level, participants],
        "counts": {
            "schools": len(schools),
            "events": len(past_events),
            "collaborations": len(records["collaborations"]),
        },
    }


def clubs_dashboard(records):
    """The figures and charts of the Kluby Kreatywności dashboard, from its records."""
    clubs = records["clubs"]
    open_clubs = [club for club in clubs if club["status"] != ClubStatus.CLOSED]
    open_pks = {club["pk"] for club in open_clubs}

    regions = Counter(club["region__translation_key"] for club in open_clubs)
    region_items = sorted(
        ((name_in_language(records["regions"].get(key)), count) for key, count in regions.items()),
        key=lambda item: (-item[1], item[0]),
    )
    editions = Counter(club["edition__translation_key"] for club in open_clubs)
    edition_keys = sorted(
        (key for key in editions if key),
        key=lambda key: (records["editions"][key]["start_year"] or 0, name_in_language(records["editions"][key])),
    )
    edition_items = [(name_in_language(records["editions"][key]), editions[key]) for key in edition_keys]
    if editions.get(None):
        edition_items.append((_("No edition recorded"), editions[None]))
    statuses = Counter(club["status"] for club in clubs)

    holders, quantities = Counter(), Counter()
    for row in records["equipment"]:
        if row["page_id"] in open_pks:
            holders[row["item__translation_key"]] += 1
            quantities[row["item__translation_key"]] += row["quantity"]
    top = sorted(
        holders,
        key=lambda key: (-holders[key], -quantities[key], name_in_language(records["items"].get(key))),
    )[:TOP_EQUIPMENT]
    equipment = bar_chart(
        "equipment",
        _("Equipment held by the most clubs"),
        [(name_in_language(records["items"].get(key)), holders[key]) for key in top],
        value_heading=_("Clubs holding it"),
        note=_("The ten catalogue items most clubs have, with how many there are in all."),
    )
    equipment.headers = ["", _("Clubs holding it"), _("Items in all")]
    equipment.rows = [
        (name_in_language(records["items"].get(key)), [formatted(holders[key]), formatted(quantities[key])])
        for key in top
    ]

    return {
        "figures": [
            {"key": "clubs", "label": _("Clubs that are not closed"), "value": formatted(len(open_clubs))},
            {"key": "regions", "label": _("Regions with a club"), "value": formatted(len(regions))},
            {"key": "closed", "label": _("Clubs closed"), "value": formatted(statuses.get(ClubStatus.CLOSED, 0))},
        ],
        "charts": [
            bar_chart("clubs-by-region", _("Clubs by region"), region_items, value_heading=_("Clubs")),
            bar_chart("clubs-by-edition", _("Clubs by programme edition"), edition_items, value_heading=_("Clubs")),
            bar_chart(
                "clubs-by-status",
                _("Clubs by status"),
                [(label, statuses[value]) for value, label in ClubStatus.choices if statuses[value]],
                value_heading=_("Clubs"),
                note=_("Every published club, closed ones included."),
            ),
            equipment,
        ],
    }
