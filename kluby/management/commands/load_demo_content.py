"""Load the demo content of every app; running it again changes nothing."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from kluby.demo.locations import ContentError
from kluby.demo.toolkit import files_removed_on_failure, portal_demo_loaders


class Command(BaseCommand):
    help = "Load the portal's demo content (idempotent: a second run changes nothing)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            type=int,
            default=1,
            help="Copy every listed page this many times over, for benchmarks (default 1).",
        )

    def handle(self, *args, scale, **options):
        # One transaction: a bad file anywhere leaves the database as it was.
        try:
            with files_removed_on_failure(), transaction.atomic():
                for _config, module, name in portal_demo_loaders():
                    self.stdout.write(f"Loading {module.__name__}.{name} ...")
                    getattr(module, name)(stdout=self.stdout)
                # The home page's areas link to each app's index, so they come last.
                from kluby.demo.loader import load_home_areas

                self.stdout.write("Linking the home page's areas ...")
                load_home_areas(stdout=self.stdout)
        except ContentError as error:
            raise CommandError(f"{error}\nNothing was loaded.") from error
        if scale > 1:
            from kluby.demo.scale import scale_demo_content

            self.stdout.write(f"Scaling the listed pages up to x{scale} ...")
            with transaction.atomic():
                created = scale_demo_content(scale, stdout=self.stdout)
            self.stdout.write(f"  {created} pages added")
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
