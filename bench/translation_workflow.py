"""Queries and time to submit a page of N segments for translation into 5 locales, and to sync it after an edit.

Run: .venv/bin/python bench/translation_workflow.py   (add DATABASE_URL=… for PostgreSQL)
Builds a throw-away test database; prints one line per measurement and the 200/20 ratios.
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

LANGUAGES = ["pl", "uk", "es", "tr", "ar"]


def measure(label, function):
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        function()
        elapsed = time.perf_counter() - started
    print(f"{label:<48} {len(queries):>6} queries {elapsed * 1000:>9.0f} ms")
    return len(queries), elapsed


def scenario(home, segments):
    from wagtail.models import Locale
    from wagtail_localize.models import TranslationSource
    from wagtail_localize.operations import translate_object

    from home.models import ContentPage

    page = ContentPage(
        title=f"Bench {segments}",
        slug=f"bench-{segments}",
        body=[
            ("paragraph", f"<p>Paragraph number {i} about studying in Białystok.</p>")
            for i in range(segments - 1)
        ],
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    locales = list(Locale.objects.filter(language_code__in=LANGUAGES))
    submit = measure(f"submit {segments} segments into 5 locales", lambda: translate_object(page, locales))

    body = page.body.raw_data
    body[0]["value"] = "<p>An edited first paragraph.</p>"
    page.body = body
    page.save_revision().publish()
    source = TranslationSource.objects.get_for_instance(page)

    def sync():
        source.update_from_db()
        for translation in source.translations.filter(enabled=True):
            translation.save_target(publish=True)

    update = measure(f"sync {segments} segments after an edit, 5 locales", sync)
    return submit, update


def main():
    from wagtail.models import Locale, Page, Site

    from home.models import HomePage

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        root = Page.get_first_root_node()
        root.get_children().delete()
        home = HomePage(title="Home", slug="home")
        root.add_child(instance=home)
        home.save_revision().publish()
        Site.objects.update_or_create(
            is_default_site=True, defaults={"root_page": home, "hostname": "localhost"}
        )
        for language in LANGUAGES:
            home.copy_for_translation(Locale.objects.get(language_code=language)).save_revision().publish()
        print(f"database: {connection.vendor}")
        small = scenario(home, 20)
        large = scenario(home, 200)
        for name, index in (("submit", 0), ("sync", 1)):
            print(
                f"{name}: 200/20 segments → queries ×{large[index][0] / small[index][0]:.1f}, "
                f"time ×{large[index][1] / small[index][1]:.1f}"
            )
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
