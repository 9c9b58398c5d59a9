"""Time the partners CSV import of 2,000 rows: first import, unchanged re-import, re-import with updates.

Also saves 200 partner pages one at a time as the page editor does (`add_child`), so that the import's
time per row is compared with a page's in the same run.

    DJANGO_SETTINGS_MODULE=portal.settings.test python bench/partners_import.py [ROWS]

Runs in a throw-away test database (SQLite in memory by default, or DATABASE_URL's server).
"""

import os
import sys
import time
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from wagtail.models import Locale, Page, Site  # noqa: E402

from home.models import HomePage  # noqa: E402
from partners.demo import PARTNERS  # noqa: E402
from partners.importer import import_partners  # noqa: E402
from partners.models import CooperationProgramme, PartnerIndexPage, PartnerPage  # noqa: E402

COUNTRIES = [country for _slug, country, *_rest in PARTNERS]
HEADER = "slug,name,country,city,website,programmes,since\n"


def csv_rows(count, year):
    rows = (
        f"partner-{n},Partner University {n},{COUNTRIES[n % len(COUNTRIES)]},City {n},"
        f"https://partner-{n}.example.org,ka107,{year}\n"
        for n in range(count)
    )
    return (HEADER + "".join(rows)).encode()


def timed(label, data):
    start = time.perf_counter()
    report = import_partners(data)
    seconds = time.perf_counter() - start
    print(
        f"{label:<28} {seconds:7.2f} s   created {report.created}, updated {report.updated}, "
        f"unchanged {report.unchanged}, errors {len(report.errors)}"
    )
    return seconds


def one_by_one(index, count):
    start = time.perf_counter()
    for n in range(count):
        index.add_child(
            instance=PartnerPage(title=f"Editor's University {n}", slug=f"editor-{n}", country="TR")
        )
    seconds = time.perf_counter() - start
    print(f"{'add_child, one by one':<28} {seconds:7.2f} s   {count} pages")
    return seconds / count


def main(count):
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        measure(count)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


def measure(count):
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Home", slug="bench-home"))
    Site.objects.update_or_create(is_default_site=True, defaults={"root_page": home, "hostname": "localhost"})
    index = home.add_child(instance=PartnerIndexPage(title="Partners", slug="partners"))
    CooperationProgramme.objects.create(code="ka107", name="Erasmus+ KA107", locale=Locale.get_default())
    print(f"{count} rows on {connection.vendor}")
    first = timed("first import", csv_rows(count, 2016))
    unchanged = timed("same file again", csv_rows(count, 2016))
    updated = timed("every row changed", csv_rows(count, 2017))
    per_page = one_by_one(index, 200)
    print(f"ratios: unchanged/first {unchanged / first:.2f}, updated/first {updated / first:.2f}")
    print(f"a page saved one by one takes {per_page / (first / count):.0f} times a row of the first import")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
