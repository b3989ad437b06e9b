"""Admin menu of the school network: the themes and audiences its pages are filed under, and
the requests for the Qub's spaces, which editors answer here (the requester is e-mailed)."""

import logging

import django_filters
from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, Panel
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, SnippetViewSet, SnippetViewSetGroup

from .models import Audience, SpaceRequest, Theme

logger = logging.getLogger(__name__)


class NetworkSnippetViewSet(SnippetViewSet):
    # A plain database search on `search_fields`: small tables, and results right after saving.
    search_backend_name = None
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class ThemeViewSet(NetworkSnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Themes")


class AudienceViewSet(NetworkSnippetViewSet):
    model = Audience
    icon = "group"
    menu_label = _("Event audiences")


class ClashesPanel(Panel):
    """What else is booked in the space at the request's time: accepted requests and events."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "network/admin/clashes_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            if self.instance and self.instance.pk:
                context["clashing_requests"] = list(self.instance.clashing_requests())
                context["clashing_events"] = list(self.instance.clashing_events())
            return context


class ClashColumn(Column):
    """A marker for requests that overlap an accepted request or an event (see
    `SpaceRequestQuerySet.with_clashes`)."""

    def get_value(self, instance):
        if getattr(instance, "clashes_request", False) or getattr(instance, "clashes_event", False):
            return _("Clash")
        return ""


def email_answer(space_request):
    """The status and the answer, e-mailed to the requester in the request's language."""
    language = space_request.language if space_request.language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
    with translation.override(language):
        context = {"space_request": space_request, "status": space_request.get_status_display()}
        subject = render_to_string("network/emails/space_request_answer_subject.txt", context).strip()
        body = render_to_string("network/emails/space_request_answer.txt", context)
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [space_request.contact_email])
    except OSError:
        logger.exception("Could not e-mail the answer to space request %s", space_request.pk)


class SpaceRequestEditView(EditView):
    def save_instance(self):
        answered = bool({"status", "answer"} & set(self.form.changed_data))
        if answered:
            self.form.instance.answered_at = timezone.now()
        instance = super().save_instance()
        if answered:
            email_answer(instance)
        return instance


def day_asked_for(space_request):
    # Wagtail's DateColumn reads as "how long ago", which makes every day still to come "Just now".
    return f"{space_request.date:%Y-%m-%d}"


class SpaceRequestFilterSet(WagtailFilterSet):
    date = django_filters.DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)

    class Meta:
        model = SpaceRequest
        fields = ["status", "space", "date"]


class SpaceRequestViewSet(SnippetViewSet):
    model = SpaceRequest
    icon = "date"
    menu_label = _("Space requests")
    search_backend_name = None
    search_fields = ["organisation", "contact_name", "contact_email", "purpose"]
    filterset_class = SpaceRequestFilterSet
    list_display = [
        "organisation",
        "space",
        Column("date", label=_("Date"), accessor=day_asked_for, sort_key="date"),
        "start_time",
        "end_time",
        "group_size",
        "status",
        ClashColumn("clashes", label=_("Clashes")),
        DateColumn("submitted_at", label=_("Submitted")),
    ]
    ordering = ["-submitted_at"]
    edit_view_class = SpaceRequestEditView
    panels = [
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("answer")],
            heading=_("Answer (e-mailed to the requester in their language when you save)"),
        ),
        ClashesPanel(heading=_("Clashes in the same space")),
        MultiFieldPanel(
            [
                FieldPanel("space"),
                FieldPanel("date"),
                FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
                FieldPanel("group_size"),
                FieldPanel("purpose"),
                FieldPanel("organisation"),
                FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_email"), FieldPanel("contact_phone")]),
                FieldPanel("language"),
            ],
            heading=_("The request"),
        ),
    ]

    def get_queryset(self, request):
        return SpaceRequest.objects.with_clashes().select_related("space")


class NetworkViewSetGroup(SnippetViewSetGroup):
    items = (ThemeViewSet, AudienceViewSet, SpaceRequestViewSet)
    menu_icon = "group"
    menu_label = _("School network")
    menu_name = "network"
    menu_order = 310


register_snippet(NetworkViewSetGroup)
