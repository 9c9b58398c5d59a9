from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Create the local administrator account for `make run` (refused unless DEBUG is on)."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument("--password", default="admin")

    def handle(self, *args, username, password, **options):
        if not settings.DEBUG:
            raise CommandError("The local admin account is for development only (DEBUG is off).")
        User = get_user_model()
        if not User.objects.filter(username=username).exists():
            User.objects.create_superuser(username, f"{username}@localhost", password)
            self.stdout.write(f"Created the local administrator “{username}”.")
        self.stdout.write(
            f"Log in at {settings.WAGTAILADMIN_BASE_URL}/admin/ as “{username}”, password “{password}”."
        )
