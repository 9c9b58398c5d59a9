"""Create the Privacy officers group (or bring its rights up to date) and add people to it."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from core.permissions import privacy_officers


class Command(BaseCommand):
    help = (
        "Create the 'Privacy officers' group: the cookie consent settings with their scripts, cookie "
        "prefixes and switches, the consent report, and enquirers' personal data. It is found by its "
        "stored id, so renaming it in the admin changes nothing. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--add", action="append", default=[], metavar="USERNAME", help="Make this user a privacy officer."
        )
        parser.add_argument(
            "--remove",
            action="append",
            default=[],
            metavar="USERNAME",
            help="Take the privacy officer's rights from this user.",
        )

    def handle(self, *args, add, remove, **options):
        users = get_user_model().objects.filter(username__in=add + remove)
        by_name = {user.get_username(): user for user in users}
        unknown = sorted(set(add + remove) - set(by_name))
        if unknown:
            raise CommandError(f"No user with the username: {', '.join(unknown)}")
        group = privacy_officers()
        for username in add:
            by_name[username].groups.add(group)
            self.stdout.write(f"{username}: privacy officer")
        for username in remove:
            by_name[username].groups.remove(group)
            self.stdout.write(f"{username}: no longer a privacy officer")
        self.stdout.write(self.style.SUCCESS(f"Group “{group.name}” ready."))
