"""Give the local demo an administrator with a fresh random password, and say how to sign in."""

import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create or reset the local demo administrator with a new random password."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument("--url", default="http://127.0.0.1:8000/admin/")

    def handle(self, *args, username, url, **options):
        User = get_user_model()
        user, _created = User.objects.get_or_create(username=username)
        # Wagtail's account page saves name, e-mail and preferences together and requires the
        # first three: without them the demo administrator could not even change language.
        user.first_name = user.first_name or "Demo"
        user.last_name = user.last_name or "Administrator"
        user.email = user.email or f"{username}@example.org"
        password = secrets.token_urlsafe(12)
        user.is_staff = user.is_superuser = user.is_active = True
        user.set_password(password)
        user.save()
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin: sign in at {url} as '{username}' with password '{password}' "
                "(new on every run of this command)."
            )
        )
