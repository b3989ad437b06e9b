"""The inspirations index: its activities filtered with the core's listing framework
(`kluby.listing`), and the equipment matcher, a route of the index."""

from django.db.models import Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.search import index

from clubs.models import ClubPage
from kluby.listing import MAX_VALUES_PER_PARAMETER, Facet, Listing, Sort, clean_text, shown
from kluby.models import BasePage
from kluby.queries import prefetch_listing_images, public_only
from kluby.taxonomy import AgeGroup

from ..choices import Cost, Difficulty, DurationBand, SteamArea
from .inspirations import InspirationPage
from .matching import catalogue_items, inspiration_records, match, records_for_locale

INSPIRATIONS_PER_PAGE = 12
# The matcher lists at most this many activities in each of its two groups.
MATCHES_SHOWN = 48


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

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
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
        """The club named by `raw` (its page id or slug), or None with a message."""
        value = clean_text(raw, max_length=120)
        if not value:
            return None
        clubs = public_only(ClubPage.objects.live())
        lookup = {"pk": int(value)} if value.isascii() and value.isdigit() and len(value) < 10 else {"slug": value}
        club = clubs.filter(**lookup).order_by("locale_id" if "slug" in lookup else "pk").first()
        if club is None:
            messages.append(gettext("“%(value)s” is not a club we know, so it was ignored.") % {"value": shown(raw)})
        return club

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
        club = self.chosen_club(request.GET.get("club", ""), messages)
        club_items = []
        if club is not None:
            club_items = [slug for slug in club.equipment.values_list("item__slug", flat=True) if slug in catalogue]
            have += [slug for slug in club_items if slug not in have]
        # Every activity of the language, whichever of its indexes the matcher is asked from.
        records = records_for_locale(self.locale_id)
        ready, missing_one = match(records, set(have))
        pages = InspirationPage.objects.filter(pk__in=[*ready[:MATCHES_SHOWN], *(key for key, _slug in missing_one[:MATCHES_SHOWN])])
        found = {page.pk: page for page in prefetch_listing_images(pages)}
        grouped = {}
        for slug, item in catalogue.items():
            grouped.setdefault(item.category.name, []).append((item, slug in have))
        clubs = public_only(ClubPage.objects.live().filter(locale_id=self.locale_id)).order_by("title").values_list("pk", "title", "town")
        return self.render(
            request,
            template="inspirations/matcher.html",
            context_overrides={
                "matcher_messages": messages,
                "have": [catalogue[slug] for slug in have],
                "club": club,
                "club_items": club_items,
                "club_options": list(clubs),
                "catalogue_groups": list(grouped.items()),
                "ready": [found[key] for key in ready[:MATCHES_SHOWN] if key in found],
                "ready_total": len(ready),
                "missing_one": [(found[key], catalogue[slug]) for key, slug in missing_one[:MATCHES_SHOWN] if key in found],
                "missing_one_total": len(missing_one),
                "shown_limit": MATCHES_SHOWN,
            },
        )
