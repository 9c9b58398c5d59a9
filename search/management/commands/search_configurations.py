"""Recreate the Polish and Ukrainian text-search configurations, e.g. after installing the
dictionary files on the PostgreSQL server (deploy/postgres/install-dictionaries)."""

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from search.textsearch import CONFIGURATIONS, install


class Command(BaseCommand):
    help = "Recreate the text-search configurations of search/textsearch.py (PostgreSQL only)."

    def handle(self, *args, **options):
        if connection.vendor != "postgresql":
            raise CommandError("Text-search configurations exist on PostgreSQL only.")
        stemming = install(connection)
        for name in CONFIGURATIONS:
            state = "stems (ispell, then simple)" if name in stemming else "no dictionary files: simple"
            self.stdout.write(f"{name}: {state}")
        self.stdout.write("Run `manage.py update_index` so that existing pages are indexed with them.")
