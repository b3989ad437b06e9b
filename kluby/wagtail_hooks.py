"""The core's pieces of the admin: the age groups snippet, and Settings > Sign-in lockouts.

Sign-in lockouts lists the failed sign-ins django-axes counts, with an "Unlock" action. The
records are made by failed sign-ins only: administrators (and groups given the "delete access
attempt" permission) see and delete them, never add or edit them. Deleting the records of a
username and address unlocks them at once, as `manage.py axes_reset` does.
"""

from axes.models import AccessAttempt
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import DateColumn
from wagtail.admin.views.generic import DeleteView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import ListingButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .taxonomy import AgeGroup


def describe_attempts(attempt):
    return gettext("%(username)s from %(address)s") % {
        "username": attempt.username or "-",
        "address": attempt.ip_address or "-",
    }


class ViewAndDeleteOnlyPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        return action not in {"add", "change"} and super().user_has_permission(user, action)


register_permission_policy(AccessAttempt, ViewAndDeleteOnlyPolicy(AccessAttempt))


class SignInAttemptIndexView(IndexView):
    page_title = _("Sign-in lockouts")

    def get_list_more_buttons(self, instance):
        # One action, shown in the row: unlocking is all there is to do with a record.
        delete_url = self.get_delete_url(instance)
        return [ListingButton(_("Unlock"), url=delete_url, icon_name="lock-open")] if delete_url else []

    def get_base_queryset(self):
        # Older failures no longer count towards a lockout (AXES_COOLOFF_TIME).
        since = timezone.now() - settings.AXES_COOLOFF_TIME
        return super().get_base_queryset().filter(attempt_time__gte=since)


class UnlockView(DeleteView):
    page_title = _("Unlock sign-in")
    template_name = "kluby/admin_unlock_confirm.html"

    def get_page_subtitle(self):
        return describe_attempts(self.object)

    def get_usage_url(self):
        return None  # nothing refers to a failed sign-in

    @property
    def confirmation_message(self):
        return gettext(
            "Forget the failed sign-ins of %(attempts)s? They can sign in again at once."
        ) % {"attempts": describe_attempts(self.object)}

    def get_success_message(self):
        return gettext("Sign-in unlocked for %(attempts)s.") % {
            "attempts": describe_attempts(self.object)
        }

    def delete_action(self):
        # One record per browser (user agent); the lockout counts them all together.
        AccessAttempt.objects.filter(
            username=self.object.username, ip_address=self.object.ip_address
        ).delete()


class SignInLockoutViewSet(ModelViewSet):
    model = AccessAttempt
    name = "signin-lockouts"
    icon = "lock"
    menu_label = _("Sign-in lockouts")
    add_to_settings_menu = True
    index_view_class = SignInAttemptIndexView
    delete_view_class = UnlockView
    list_display = [
        "username",
        "ip_address",
        "failures_since_start",
        DateColumn("attempt_time", label=_("Last failed attempt")),
    ]
    ordering = ["-attempt_time"]
    # Never shown (nobody may add or edit), but a model viewset needs its form's fields.
    form_fields = []


@hooks.register("register_admin_viewset")
def register_signin_lockouts():
    return SignInLockoutViewSet()


class AgeGroupViewSet(SnippetViewSet):
    model = AgeGroup
    icon = "group"
    menu_label = _("Age groups")
    list_display = ["name", "slug", "min_age", "max_age", "intergenerational", "locale"]
    list_filter = ["locale"]
    ordering = ["sort_order", "name"]


register_snippet(AgeGroupViewSet)
