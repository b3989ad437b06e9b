"""A contact e-mail address shown only after a visitor presses a button on a page (a club's
coordinator, a school's coordinator).

A POST of its own, outside the page, so that the page itself carries no per-visitor form
token and can be cached like any other. The POST changes nothing (it only answers with the
address to whoever asked), so it needs no CSRF token: another site cannot read the answer.

Against harvesting: the button posts a signed token that the page carries, bound to the page
and valid for a while after it was served, and each client may reveal `limit` addresses.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .ratelimits import too_many_requests


def _private(response):
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


def reveal_email_view(*, model, email_field, token, limit, refused_template, name):
    """A view that answers with the page (of type `model`, by `page_id`) showing its address
    (`revealed_email` in the context). A bad or old token gets `refused_template` with the
    page as `name` and its address as `<name>_url`, past `limit` the "too many requests" page."""

    @csrf_exempt
    @require_POST
    def reveal(request, page_id):
        page = get_object_or_404(model.objects.live().select_related("locale"), pk=page_id)
        email = getattr(page, email_field)
        if not email or any(not restriction.accept_request(request) for restriction in page.get_view_restrictions()):
            raise Http404
        page_url = page.get_url(request=request)
        if not token.is_valid(request.POST.get("token", ""), page.pk):
            context = {name: page, f"{name}_url": page_url, "error_page": True}
            return _private(TemplateResponse(request, refused_template, context, status=403))
        retry_after = limit.hit(request)
        if retry_after:
            return _private(too_many_requests(request, retry_after, context={"back_url": page_url, "back_label": page.title}))
        context = page.get_context(request)
        context["revealed_email"] = email
        return _private(TemplateResponse(request, page.get_template(request), context))

    return reveal
