"""The inspirations index: its activities filtered with the core's listing framework
(`kluby.listing`), and the equipment matcher, a route of the index."""

import re
from urllib.parse import urlencode

from django.db.models import Q
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.search import index

from clubs.models import ClubPage
from kluby.listing import (
    MAX_VALUES_PER_PARAMETER,
    Facet,
    Listing,
    Sort,
    clean_text,
    paginate,
    shown,
)
from kluby.models import BasePage
from kluby.queries import prefetch_listing_images, public_only
from kluby.taxonomy import AgeGroup

from ..choices import Cost, Difficulty, DurationBand, SteamArea
from .inspirations import InspirationPage
from .matching import (
    catalogue_groups,
    catalogue_items,
    club_records,
    clubs_named,
    inspiration_records,
    match,
    records_for_locale,
)

INSPIRATIONS_PER_PAGE = 12
# The matcher shows the activities one can run as cards, this many a page (the others on the
# next pages), and the first this many of those that need one item more, as lines.
READY_PER_PAGE = 12
MISSING_SHOWN = 24
# When words of a club's name or town find several clubs, the matcher offers this many.
CLUBS_OFFERED = 10
SLUG = re.compile(r"[-\w]+")


class InspirationIndexPage(RoutablePageMixin, BasePage):
    """Activity ideas, filtered by age group, duration, difficulty, STEAM area, equipment
    and cost, with the equipment matcher at `matcher/`."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ul"])

    parent_page_types = ["kluby.HomePage"]
    subpage_types = ["inspirations.InspirationPage"]
    max_count_per_parent = 2

    content_panels = BasePage.content_panels + [FieldPanel("lead"), FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    api_fields = BasePage.api_fields + [APIField("intro")]

    class Meta:
        verbose_name = _("inspiration index")
        verbose_name_plural = _("inspiration indexes")

    def inspirations(self):
        return public_only(InspirationPage.objects.child_of(self).live())

    def records(self):
        return inspiration_records(f"index-{self.pk}", self.inspirations(), self.locale_id)

    def facets(self, records):
        groups = AgeGroup.objects.filter(locale_id=self.locale_id).values_list("slug", "name")
        catalogue = catalogue_items(self.locale_id)
        used = set().union(*(record["equipment"] for record in records.values()))
        return [
            Facet("age", _("Age group"), list(groups), multiple=True),
            Facet("duration", _("Duration"), DurationBand.choices),
            Facet("difficulty", _("Difficulty"), Difficulty.choices, multiple=True),
            Facet("steam", _("STEAM area"), SteamArea.choices, multiple=True),
            Facet(
                "equipment",
                _("Equipment (activities that use all of the chosen items)"),
                [(slug, item.name, item.category.name) for slug, item in catalogue.items() if slug in used],
                multiple=True,
                match="all",
            ),
            Facet("cost", _("Cost of consumables"), Cost.choices, multiple=True),
        ]

    @staticmethod
    def sorts():
        return [
            Sort("newest", _("Newest first"), lambda record: record["sort"]),
            Sort("shortest", _("Shortest first"), lambda record: record["shortest"]),
            Sort("easiest", _("Easiest first"), lambda record: record["easiest"]),
        ]

    def text_matches(self, query):
        fields = ("title", "lead", "participants", "learning_goals", "materials")
        condition = Q()
        for name in fields:
            condition |= Q(**{f"{name}__icontains": query})
        return set(self.inspirations().filter(condition).values_list("pk", flat=True))

    def get_context(self, request, *args, listing=True, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if not listing:  # the matcher's route: the list of activities is not shown
            return context
        records = self.records()
        listing = Listing(
            request.GET,
            self.facets(records),
            records,
            text_search=self.text_matches,
            sorts=self.sorts(),
            text_label=gettext("Words in the title, summary, goals or materials"),
        )
        context["listing"] = listing
        context["page_obj"] = listing.page(INSPIRATIONS_PER_PAGE, self.load_cards)
        return context

    @staticmethod
    def load_cards(keys):
        return prefetch_listing_images(InspirationPage.objects.filter(pk__in=keys))

    # The equipment matcher ------------------------------------------------------------

    def chosen_club(self, raw, messages):
        """(the club named by `raw` or None, [keys of the clubs it may mean]). `raw` is a club
        page's id or slug (of any language: club pages link here with the id), else words of
        the name or town of a club of the page's language: a single club found is chosen,
        several are returned for the visitor to choose from; none gives a message."""
        value = clean_text(raw, max_length=120)
        if not value:
            return None, []
        clubs = public_only(ClubPage.objects.live())
        if value.isascii() and value.isdigit() and len(value) < 10:
            club = clubs.filter(pk=int(value)).first()
        else:
            club = clubs.filter(slug=value).order_by("locale_id").first() if SLUG.fullmatch(value) else None
            if club is None:
                named = clubs_named(value, self.locale_id)
                if len(named) == 1:
                    club = clubs.filter(pk=named[0]).first()
                elif named:
                    return None, named
        if club is None:
            messages.append(gettext("“%(value)s” is not a club we know, so it was ignored.") % {"value": shown(raw)})
        return club, []

    def club_choices(self, named, raw, have):
        """(a message, [(query string, title, town, closed)]) offering the first
        `CLUBS_OFFERED` of the clubs `named` by the visitor's text `raw`, each link keeping
        the ticked equipment `have`; ("", []) when there are none to offer."""
        if not named:
            return "", []
        message = ngettext(
            "%(count)s club matches “%(value)s”: choose yours.",
            "%(count)s clubs match “%(value)s”: choose yours.",
            len(named),
        ) % {"count": len(named), "value": shown(raw)}
        if len(named) > CLUBS_OFFERED:
            message += " " + gettext("The first %(shown)s are listed; add more of the name or the town to find yours.") % {
                "shown": CLUBS_OFFERED
            }
        clubs = club_records(self.locale_id)
        choices = [
            ("?" + urlencode([("club", key), *(("equipment", slug) for slug in have)]), clubs[key]["title"], clubs[key]["town"], clubs[key]["closed"])
            for key in named[:CLUBS_OFFERED]
        ]
        return message, choices

    @path("matcher/", name="matcher")
    def matcher(self, request):
        catalogue = catalogue_items(self.locale_id)
        messages, have, unknown = [], [], []
        for raw in request.GET.getlist("equipment")[:MAX_VALUES_PER_PARAMETER * 3]:
            value = clean_text(raw, max_length=150)
            if value in catalogue:
                if value not in have:
                    have.append(value)
            elif value:
                unknown.append(shown(raw))
        if unknown:
            messages.append(
                gettext("These are not items of the equipment catalogue, so they were ignored: %(values)s.")
                % {"values": ", ".join(f"“{value}”" for value in unknown)}
            )
        club, named = self.chosen_club(request.GET.get("club", ""), messages)
        club_items = []
        if club is not None:
            record = club_records(club.locale_id).get(club.pk)
            owned = record["equipment"] if record else set(club.equipment.values_list("item__slug", flat=True))
            club_items = [slug for slug in catalogue if slug in owned]
            have += [slug for slug in club_items if slug not in have]
        club_note, club_choices = self.club_choices(named, request.GET.get("club", ""), have)
        # Every activity of the language, whichever of its indexes the matcher is asked from.
        records = records_for_locale(self.locale_id)
        ready, missing_one = match(records, set(have))
        ready_page, message = paginate(request.GET, ready, READY_PER_PAGE)
        if message:
            messages.append(message)
        found = {page.pk: page for page in prefetch_listing_images(InspirationPage.objects.filter(pk__in=ready_page.object_list))}
        ready_page.object_list = [found[key] for key in ready_page.object_list if key in found]
        chosen = set(have)
        return self.render(
            request,
            template="inspirations/matcher.html",
            listing=False,
            context_overrides={
                "matcher_messages": messages,
                "club_note": club_note,
                "club_choices": club_choices,
                "club_text": club.title if club is not None else clean_text(request.GET.get("club", ""), max_length=120),
                "have": [catalogue[slug] for slug in have],
                "have_slugs": chosen,
                "club": club,
                "club_items": club_items,
                "catalogue_groups": [
                    (category, items, any(item.slug in chosen for item in items))
                    for category, items in catalogue_groups(self.locale_id)
                ],
                "ready": ready_page.object_list,
                "page_obj": ready_page,
                "ready_total": len(ready),
                "missing_one": [(records[key]["link"], catalogue[slug]) for key, slug in missing_one[:MISSING_SHOWN]],
                "missing_one_total": len(missing_one),
                "missing_limit": MISSING_SHOWN,
            },
        )
