from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management.base import BaseCommand

from core.demo import DemoBuilder, indexing_once


class Command(BaseCommand):
    help = "Build the demo content (the International Training Week story) in the portal's languages."

    def handle(self, *args, **options):
        builder = DemoBuilder(self.stdout)
        # No surrounding transaction: wagtail-localize publishes translations on commit, and a
        # deferred publish would overwrite the tree counters of pages added after it. Each step
        # finds what exists first, so an interrupted run is completed by the next one.
        with indexing_once():
            for app_config in apps.get_app_configs():
                module_name = f"{app_config.name}.demo"
                if app_config.name == "core" or not find_spec(module_name):
                    continue
                self.stdout.write(f"{app_config.verbose_name}:")
                import_module(module_name).load(builder)
        if builder.created:
            self.stdout.write(self.style.SUCCESS(f"Demo content loaded: {builder.created} new objects."))
        else:
            self.stdout.write("Nothing to do: the demo content is already loaded.")
