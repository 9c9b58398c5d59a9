from pathlib import Path

import polib
from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compile every gettext catalogue of the project (.po to .mo) without needing GNU gettext."

    def handle(self, *args, **options):
        project_apps = (
            Path(config.path)
            for config in apps.get_app_configs()
            if Path(config.path).parent == settings.BASE_DIR
        )
        locale_dirs = [Path(path) for path in settings.LOCALE_PATHS] + [
            path / "locale" for path in project_apps
        ]
        compiled = 0
        for locale_dir in locale_dirs:
            for po_path in locale_dir.glob("*/LC_MESSAGES/*.po"):
                polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))
                compiled += 1
        self.stdout.write(f"Compiled {compiled} catalogues.")
