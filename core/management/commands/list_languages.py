from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Print the codes of the languages translated from the default one (settings.LANGUAGES), "
        "space-separated: the Makefile's catalogues are made for these."
    )

    def handle(self, *args, **options):
        self.stdout.write(
            " ".join(code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE)
        )
