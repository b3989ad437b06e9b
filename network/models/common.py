"""Parts several page types of the network share: an address with coordinates, a photo
gallery row, the counts of people reached, and the short lists of a profile page."""

from django.apps import apps
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Orderable

from kluby.queries import public_only

# A school's or a partner's page lists this many of its latest collaborations and events
# and links to the network's full lists for the rest: the page keeps its size however long
# the network's history grows, and stays short enough to read on a phone.
LATEST_SHOWN = 10


def first_of(queryset, limit):
    """(the first `limit` items of `queryset`, how many more it has)."""
    items = list(queryset[: limit + 1])
    if len(items) <= limit:
        return items, 0
    return items[:limit], queryset.count() - limit


def latest_activity(page, request):
    """Context for a profile page: its latest collaborations and events (`page.collaborations`
    and `page.events`), how many more there are, and the network's indexes that list them."""
    collaborations, more_collaborations = first_of(
        public_only(page.collaborations.live(), request).defer_streamfields().order_by("-start_date", "title"), LATEST_SHOWN
    )
    events, more_events = first_of(
        public_only(page.events.live(), request).defer_streamfields().order_by("-starts_at").select_related("locale"), LATEST_SHOWN
    )
    context = {
        "collaborations": collaborations,
        "more_collaborations": more_collaborations,
        "events": events,
        "more_events": more_events,
    }
    # The indexes are sections of the network page, beside the page's own index. (Read as
    # the network's children, by tree path: Wagtail's `sibling_of` scans the page table.)
    network = None
    for name, model_name, more in (
        ("collaboration_index", "CollaborationIndexPage", more_collaborations),
        ("event_index", "EventIndexPage", more_events),
    ):
        if more:
            network = network or page.get_parent().get_parent()
            model = apps.get_model("network", model_name)
            context[name] = network.get_children().live().type(model).order_by("path").first()
    return context


class Located(models.Model):
    """A street address with coordinates, for the map and the open data."""

    street = models.CharField(_("street address"), max_length=255, blank=True)
    postcode = models.CharField(_("postcode"), max_length=20, blank=True)
    town = models.CharField(_("town"), max_length=120, blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("In decimal degrees, north positive, e.g. 46.77121 for Cluj-Napoca."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("In decimal degrees, east positive, e.g. 23.62363 for Cluj-Napoca."),
    )

    class Meta:
        abstract = True

    @property
    def has_coordinates(self):
        return self.latitude is not None and self.longitude is not None


class GalleryImage(Orderable):
    """A photo with a caption; each page type's gallery row adds its ParentalKey."""

    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("image"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    caption = models.CharField(_("caption"), max_length=255, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]
    api_fields = [APIField("image"), APIField("caption")]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("gallery image")
        verbose_name_plural = _("gallery images")


class ReachFields(models.Model):
    """How many people of each kind something reached: recorded on events (who came) and
    collaborations (who took part), and set as targets on an impact page."""

    pupils = models.PositiveIntegerField(_("pupils"), null=True, blank=True)
    family_members = models.PositiveIntegerField(_("family members"), null=True, blank=True)
    teachers = models.PositiveIntegerField(_("teachers"), null=True, blank=True)
    education_specialists = models.PositiveIntegerField(
        _("education specialists"),
        null=True,
        blank=True,
        help_text=_("School counsellors, librarians, inspectors, trainers and other education staff."),
    )
    other_specialists = models.PositiveIntegerField(
        _("other specialists"),
        null=True,
        blank=True,
        help_text=_("Artists, scientists, cultural mediators and others from outside education."),
    )

    class Meta:
        abstract = True
