"""Parts several page types of the network share: an address with coordinates, a photo
gallery row, and the counts of people reached."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Orderable


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
