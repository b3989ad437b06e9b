"""The request form of a Qub space, at `/<lang>/space-request/<space id>/`, outside the space
page so that the page itself carries no form token and is cached like any other.

A request is stored whole or not at all, and the editors are e-mailed once it is stored
(`SPACE_REQUEST_RECIPIENTS`, else the contact form's `CONTACT_FORM_RECIPIENTS`). The same
request sent twice (same space, day, times and e-mail address) is stored once; the second
time the visitor is told it had arrived. A client sends at most as many requests as contact
messages (`kluby.models.contact.CONTACT_FORM_LIMIT`'s rate); robots caught by the honeypot
get the confirmation and nothing is stored. Spaces that are not live, or not public, do not
exist here (404).
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import get_language, gettext
from django.views.decorators.http import require_http_methods

from kluby.models.contact import CONTACT_FORM_LIMIT
from kluby.ratelimits import RateLimit, try_again_message

from .forms import SpaceRequestForm
from .models import SpacePage, SpaceRequest

logger = logging.getLogger(__name__)

SPACE_REQUEST_LIMIT = RateLimit("space-request", CONTACT_FORM_LIMIT.rate)


def recipients():
    return list(settings.SPACE_REQUEST_RECIPIENTS or settings.CONTACT_FORM_RECIPIENTS)


def _private(response):
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


def public_space(request, page_id):
    space = get_object_or_404(SpacePage.objects.live().select_related("locale"), pk=page_id)
    if any(not restriction.accept_request(request) for restriction in space.get_view_restrictions()):
        raise Http404
    return space


def find_duplicate(space, data):
    return SpaceRequest.objects.filter(
        space=space,
        date=data["date"],
        start_time=data["start_time"],
        end_time=data["end_time"],
        contact_email__iexact=data["contact_email"],
    ).first()


def notify_editors(space_request, request):
    addresses = recipients()
    if not addresses:
        return
    space_url = space_request.space.get_full_url(request)
    body = render_to_string(
        "network/emails/space_request_received.txt", {"space_request": space_request, "space_url": space_url}
    )
    try:
        send_mail(
            gettext("Space request: %(space)s, %(date)s") % {"space": space_request.space.title, "date": f"{space_request.date:%Y-%m-%d}"},
            body,
            settings.DEFAULT_FROM_EMAIL,
            addresses,
        )
    except OSError:
        logger.exception("Could not e-mail the editors about space request %s", space_request.pk)


def store(space, form, request):
    """(request, is_new): the stored request, or the one already received."""
    with transaction.atomic():
        # Requests for one space are stored one at a time, so a double click stores one.
        SpacePage.objects.select_for_update().filter(pk=space.pk).exists()
        duplicate = find_duplicate(space, form.cleaned_data)
        if duplicate:
            return duplicate, False
        fields = {name: value for name, value in form.cleaned_data.items() if name in SPACE_REQUEST_FIELDS}
        space_request = SpaceRequest.objects.create(space=space, language=get_language() or space.locale.language_code, **fields)
        transaction.on_commit(lambda: notify_editors(space_request, request))
    return space_request, True


SPACE_REQUEST_FIELDS = (
    "date",
    "start_time",
    "end_time",
    "purpose",
    "group_size",
    "organisation",
    "contact_name",
    "contact_email",
    "contact_phone",
)


@require_http_methods(["GET", "HEAD", "POST"])
def space_request(request, page_id):
    space = public_space(request, page_id)
    context = {"page": space, "space": space, "space_url": space.get_url(request=request)}
    if request.method != "POST":
        context["form"] = SpaceRequestForm(space=space)
        return _private(TemplateResponse(request, "network/space_request.html", context))
    form = SpaceRequestForm(request.POST, space=space)
    status = 200
    if form.is_valid():
        if form.caught_by_honeypot:
            # A robot: nothing is stored or sent, and it learns nothing from the answer.
            return _private(TemplateResponse(request, "network/space_request_sent.html", {**context, "is_new": True}))
        if (duplicate := find_duplicate(space, form.cleaned_data)) is not None:
            return _private(
                TemplateResponse(request, "network/space_request_sent.html", {**context, "space_request": duplicate, "is_new": False})
            )
        retry_after = SPACE_REQUEST_LIMIT.hit(request)
        if not retry_after:
            stored, is_new = store(space, form, request)
            return _private(
                TemplateResponse(request, "network/space_request_sent.html", {**context, "space_request": stored, "is_new": is_new})
            )
        form.add_error(
            None,
            gettext("You have sent several requests in a short time, so this one has not been sent yet. %(try_again)s")
            % {"try_again": try_again_message(retry_after)},
        )
        status = 429
    context["form"] = form
    return _private(TemplateResponse(request, "network/space_request.html", context, status=status))


urlpatterns = [
    path("space-request/<int:page_id>/", space_request, name="space_request"),
]
