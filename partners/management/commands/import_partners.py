from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from core import bulk
from partners.importer import ImportFailed, import_partners


class Command(BaseCommand):
    help = "Create or update partner universities from a CSV file (columns in the README); all or nothing."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--dry-run", action="store_true", help="Check the file and report, change nothing."
        )

    def handle(self, *args, file, dry_run, **options):
        if not file.is_file():
            raise CommandError(f"{file} is not a file.")
        if file.stat().st_size > settings.PARTNERS_IMPORT_MAX_BYTES:
            raise CommandError(
                f"{file} is larger than the limit of {settings.PARTNERS_IMPORT_MAX_BYTES} bytes."
            )
        try:
            report = import_partners(file.read_bytes(), dry_run=dry_run, progress=self.progress)
        except ImportFailed as error:
            raise CommandError(f"{file}: {error} Nothing was imported.") from error
        if report.errors:
            for line, message in report.errors:
                self.stderr.write(f"line {line}: {message}")
            raise CommandError(f"{len(report.errors)} problem(s) in {file}; nothing was imported.")
        for line, message in report.skipped:
            self.stderr.write(self.style.WARNING(f"line {line} skipped: {message}"))
        verb = "would be" if dry_run else "were"
        self.stdout.write(
            self.style.SUCCESS(
                f"{report.created} created, {report.updated} updated, {report.unchanged} unchanged, "
                f"{report.skipped_rows} skipped (the changes {verb} written)."
            )
        )

    def progress(self, done, total):
        # Files of more than one batch report each batch, so that a long import shows it is alive.
        if total > bulk.BATCH_SIZE:
            self.stdout.write(f"  {done}/{total} rows written")
