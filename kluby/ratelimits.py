"""How often one client may press a button or send a form: the limits every app's forms share.

django-ratelimit counts in the default cache, per client address (`client_ip`). A view names
its limit once and asks it on every attempt:

    CONTACT_LIMIT = RateLimit("club-contact", "10/10m")

    retry_after = CONTACT_LIMIT.hit(request)
    if retry_after:
        return too_many_requests(request, retry_after)   # a button: the 429 page
        # or, for a form: form.add_error(None, try_again_message(retry_after)) and show the
        # form again, with what the visitor typed, instead of sending it.
"""

import ipaddress
import math
from dataclasses import dataclass

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.translation import ngettext
from django_ratelimit.core import get_usage

# Counted together when a request carries no usable address (a misconfigured proxy).
UNKNOWN_CLIENT = "0.0.0.0"


def _valid_address(value):
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return None


def client_ip(request):
    """The client's address: the connection's, or, behind a trusted proxy
    (TRUST_X_FORWARDED_FOR), the right-most X-Forwarded-For entry, which the proxy appended
    and the client cannot forge."""
    if settings.TRUST_X_FORWARDED_FOR:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        address = _valid_address(forwarded[-1])
        if address:
            return address
    return _valid_address(request.META.get("REMOTE_ADDR", "")) or UNKNOWN_CLIENT


@dataclass(frozen=True)
class RateLimit:
    """At most `rate` attempts ("10/10m": ten per ten minutes) per client, counted in `group`.

    `key` is django-ratelimit's: "ip" (the client's address) or a callable `(group, request)`
    returning what else to count by, such as the e-mail address a form names.
    """

    group: str
    rate: str
    key: object = "ip"

    def hit(self, request):
        """Count this attempt; the seconds until the client may try again when it is over the
        limit, else 0."""
        usage = get_usage(request, group=self.group, key=self.key, rate=self.rate, increment=True)
        if usage is None or not usage["should_limit"]:
            return 0
        return max(usage["time_left"], 1)


def try_again_message(retry_after):
    minutes = max(1, math.ceil(retry_after / 60))
    return ngettext(
        "Please try again in %(minutes)d minute.",
        "Please try again in %(minutes)d minutes.",
        minutes,
    ) % {"minutes": minutes}


def too_many_requests(request, retry_after, template="429.html", context=None):
    """The "too many requests" page (status 429) in the visitor's language, saying when to try
    again; never cached."""
    response = TemplateResponse(
        request,
        template,
        {"error_page": True, "try_again": try_again_message(retry_after), **(context or {})},
        status=429,
    )
    response["Retry-After"] = str(retry_after)
    response["Cache-Control"] = "private, no-store"
    return response
