"""Impact dashboards: a programme's targets, set by editors, against figures computed from
the portal's data (never typed in)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField

from kluby.blocks import BodyStreamBlock
from kluby.models import BasePage

from ..choices import Programme


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
