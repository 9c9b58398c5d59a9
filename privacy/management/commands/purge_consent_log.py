from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from privacy.models import ConsentRecord
from privacy.reports import retention_days


class Command(BaseCommand):
    help = "Delete consent records older than the retention period (PRIVACY_CONSENT_LOG_RETENTION_DAYS)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, help="Keep this many days instead of the setting.")

    def handle(self, *args, days=None, **options):
        days = retention_days() if days is None else days
        cutoff = timezone.now() - timedelta(days=days)
        deleted, _by_model = ConsentRecord.objects.filter(created_at__lt=cutoff).delete()
        self.stdout.write(f"Deleted {deleted} consent records older than {days} days.")
