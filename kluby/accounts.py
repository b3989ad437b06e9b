"""Brakes on guessing passwords and on password-reset e-mails.

Sign-ins (the admin's, and the site's login for restricted pages) are watched by django-axes
(settings: AXES_*); `signin_locked_out` is the page a locked-out username and address get.
Passwords of protected pages and documents and the admin's password-reset form have rate
limits.
"""

from functools import wraps

from django.conf import settings
from django.shortcuts import render
from django.utils.translation import gettext
from wagtail.admin.views.account import PasswordResetView

from .ratelimits import RateLimit, too_many_requests, try_again_message

# Guesses at the passwords of protected pages and documents, all restrictions together.
VIEW_PASSWORD_LIMIT = RateLimit("view-password", "10/10m")


def submitted_email(group, request):
    return request.POST.get("email", "").strip().lower()


# Per client, and per mailbox asked for, so that no inbox is flooded from many clients.
PASSWORD_RESET_LIMITS = (
    RateLimit("password-reset", "5/h"),
    RateLimit("password-reset-mailbox", "3/h", key=submitted_email),
)


def signin_locked_out(request, original_response=None, credentials=None):
    """django-axes' lockout response (AXES_LOCKOUT_CALLABLE): status 429, in the admin's look on
    the admin's sign-in page, in the site's look elsewhere."""
    retry_after = int(settings.AXES_COOLOFF_TIME.total_seconds())
    if request.path.startswith("/admin/"):
        response = render(
            request,
            "kluby/admin_signin_locked.html",
            {"try_again": try_again_message(retry_after)},
            status=429,
        )
        response["Retry-After"] = str(retry_after)
        response["Cache-Control"] = "private, no-store"
        return response
    # Rendered here: a response from a middleware is not rendered later as a view's is.
    return too_many_requests(request, retry_after).render()


def password_guesses_limited(view):
    """Wagtail's form for the password of a protected page or document collection, with a
    limit on guesses."""

    @wraps(view)
    def limited(request, *args, **kwargs):
        if request.method == "POST":
            retry_after = VIEW_PASSWORD_LIMIT.hit(request)
            if retry_after:
                return too_many_requests(request, retry_after)
        return view(request, *args, **kwargs)

    return limited


class RateLimitedPasswordResetView(PasswordResetView):
    """Wagtail's admin password reset; over a limit the form comes back and nothing is sent."""

    def form_valid(self, form):
        retry_after = max(limit.hit(self.request) for limit in PASSWORD_RESET_LIMITS)
        if not retry_after:
            return super().form_valid(form)
        form.add_error(
            None,
            gettext("Too many password reset requests. %(try_again)s")
            % {"try_again": try_again_message(retry_after)},
        )
        response = self.form_invalid(form)
        response.status_code = 429
        return response
