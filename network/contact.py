"""The school coordinator's e-mail address, shown only after a visitor presses the button,
as on club pages (see clubs/contact.py): a POST of its own with a signed token the school
page carries, bound to the school and valid for a while, and a limit per client."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from kluby.ratelimits import RateLimit, too_many_requests

from .models import SchoolPage
from .models.schools import SCHOOL_CONTACT_TOKEN

CONTACT_REVEAL_LIMIT = RateLimit("school-contact", "10/10m")


def _private(response):
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


@csrf_exempt
@require_POST
def reveal_coordinator_email(request, page_id):
    school = get_object_or_404(SchoolPage.objects.live().select_related("locale"), pk=page_id)
    if not school.coordinator_email or any(
        not restriction.accept_request(request) for restriction in school.get_view_restrictions()
    ):
        raise Http404
    school_url = school.get_url(request=request)
    if not SCHOOL_CONTACT_TOKEN.is_valid(request.POST.get("token", ""), school.pk):
        return _private(
            TemplateResponse(
                request,
                "network/contact_refused.html",
                {"school": school, "school_url": school_url, "error_page": True},
                status=403,
            )
        )
    retry_after = CONTACT_REVEAL_LIMIT.hit(request)
    if retry_after:
        return _private(too_many_requests(request, retry_after, context={"back_url": school_url, "back_label": school.title}))
    context = school.get_context(request)
    context["revealed_email"] = school.coordinator_email
    return _private(TemplateResponse(request, school.get_template(request), context))


urlpatterns = [
    path("school-contact/<int:page_id>/", reveal_coordinator_email, name="school_contact"),
]
