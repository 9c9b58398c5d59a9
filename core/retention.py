"""Deleting personal data after its retention period: the base of the `purge_*` commands."""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone


class PurgeCommand(BaseCommand):
    """Deletes the rows of `model` whose `date_field` is older than `retention_days()`.

    Subclasses set `model`, `noun` (plural, for the report) and `retention_days`; `--days`
    overrides the setting for one run.
    """

    model = None
    date_field = "created_at"
    noun = "records"

    def retention_days(self):
        raise NotImplementedError

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, help="Keep this many days instead of the setting.")

    def handle(self, *args, days=None, **options):
        days = self.retention_days() if days is None else days
        cutoff = timezone.now() - timedelta(days=days)
        deleted, _by_model = self.model.objects.filter(**{f"{self.date_field}__lt": cutoff}).delete()
        self.stdout.write(f"Deleted {deleted} {self.noun} older than {days} days.")
