"""The image model: Wagtail's description is the default alt text; plus credit and licence."""


from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class CustomImage(AbstractImage):
    """Images carry their default alt text (Wagtail's `description`), credit and licence."""

    # Wagtail fills the alt text of an image placed in a page from this field, so the form
    # says so instead of offering a vague "description".
    description = models.CharField(
        _("default alt text"),
        max_length=255,
        blank=True,
        default="",
        help_text=_(
            "What the image shows, for people who cannot see it. Used as its alt text wherever "
            "it is placed without alt text of its own; if empty, the title is used."
        ),
    )
    credit = models.CharField(_("credit"), max_length=255, blank=True)
    licence = models.CharField(
        _("licence"),
        max_length=100,
        blank=True,
        help_text=_("For example: CC BY 4.0, or 'all rights reserved'."),
    )

    admin_form_fields = Image.admin_form_fields + ("credit", "licence")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
