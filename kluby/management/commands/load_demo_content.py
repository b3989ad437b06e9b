"""Load the demo content of every app; running it again changes nothing."""

from importlib import import_module

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import import_string, module_has_submodule

# Apps whose `<app>.demo.loader.load` is run, in this order (later ones build on earlier ones).
PORTAL_APPS = ("kluby", "clubs", "resources", "inspirations", "network")


def demo_loaders():
    loaders = []
    for label in PORTAL_APPS:
        module = apps.get_app_config(label).module
        if module_has_submodule(module, "demo") and module_has_submodule(
            import_module(f"{label}.demo"), "loader"
        ):
            loaders.append(f"{label}.demo.loader.load")
    # The home page's areas link to each app's index, so they come last.
    loaders.append("kluby.demo.loader.load_home_areas")
    return loaders


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
        for dotted_path in demo_loaders():
            self.stdout.write(f"Loading {dotted_path} ...")
            with transaction.atomic():
                import_string(dotted_path)(stdout=self.stdout)
        if scale > 1:
            from kluby.demo.scale import scale_demo_content

            self.stdout.write(f"Scaling the listed pages up to x{scale} ...")
            with transaction.atomic():
                created = scale_demo_content(scale, stdout=self.stdout)
            self.stdout.write(f"  {created} pages added")
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
