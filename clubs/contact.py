"""The coordinator's e-mail address, shown only after a visitor presses the button.

A POST of its own, outside the club page, so that the page itself carries no per-visitor
form token and can be cached like any other. The POST changes nothing (it only answers with
the address to whoever asked), so it needs no CSRF token: another site cannot read the answer.

Against harvesting: the button posts a signed token that the club page carries, bound to the
club and valid for a while after the page was served (`COORDINATOR_CONTACT_TOKEN`), and each
client may reveal `CONTACT_REVEAL_LIMIT` addresses.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from kluby.ratelimits import RateLimit, too_many_requests

from .models import COORDINATOR_CONTACT_TOKEN, ClubPage

CONTACT_REVEAL_LIMIT = RateLimit("club-contact", "10/10m")


def _private(response):
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


@csrf_exempt
@require_POST
def reveal_coordinator_email(request, page_id):
    club = get_object_or_404(ClubPage.objects.live().select_related("locale"), pk=page_id)
    if not club.contact_email or any(
        not restriction.accept_request(request) for restriction in club.get_view_restrictions()
    ):
        raise Http404
    club_url = club.get_url(request=request)
    if not COORDINATOR_CONTACT_TOKEN.is_valid(request.POST.get("token", ""), club.pk):
        return _private(
            TemplateResponse(
                request,
                "clubs/contact_refused.html",
                {"club": club, "club_url": club_url, "error_page": True},
                status=403,
            )
        )
    retry_after = CONTACT_REVEAL_LIMIT.hit(request)
    if retry_after:
        return _private(
            too_many_requests(
                request, retry_after, context={"back_url": club_url, "back_label": club.title}
            )
        )
    context = club.get_context(request)
    context["revealed_email"] = club.contact_email
    return _private(TemplateResponse(request, club.get_template(request), context))


urlpatterns = [
    path("club-contact/<int:page_id>/", reveal_coordinator_email, name="club_contact"),
]
