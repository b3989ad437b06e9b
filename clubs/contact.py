"""The coordinator's e-mail address, shown only after a visitor presses the button.

A POST of its own, outside the club page, so that the page itself carries no per-visitor
form token and can be cached like any other. The POST changes nothing (it only answers with
the address to whoever asked), so it needs no CSRF token: another site cannot read the answer.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import ClubPage


@csrf_exempt
@require_POST
def reveal_coordinator_email(request, page_id):
    club = get_object_or_404(ClubPage.objects.live().select_related("locale"), pk=page_id)
    if not club.contact_email or any(
        not restriction.accept_request(request) for restriction in club.get_view_restrictions()
    ):
        raise Http404
    context = club.get_context(request)
    context["revealed_email"] = club.contact_email
    response = TemplateResponse(request, club.get_template(request), context)
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


urlpatterns = [
    path("club-contact/<int:page_id>/", reveal_coordinator_email, name="club_contact"),
]
