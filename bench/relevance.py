"""Relevance of site search on the demo content: MRR and success@1/@3 per language and backend.

    python bench/relevance.py                                             # the local SQLite database
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/NAME python bench/relevance.py    # PostgreSQL

Runs the judged query set of search/judgements.py through the search page of a database that holds
the demo content (`make demo`), inside a transaction that is rolled back (searches are not counted
in the popular-searches report). tests/test_search_relevance.py asserts success@3 on the same set.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")


def main():
    import django

    django.setup()
    from django.db import connection, transaction
    from django.test import Client, override_settings
    from django.test.utils import setup_test_environment

    from search.judgements import measure

    setup_test_environment()  # the client then sees each response's context
    # Every search renders (a page served from the page cache has no context to read).
    with override_settings(PAGE_CACHE_TIMEOUT=0), transaction.atomic():
        scores, misses = measure(Client())
        transaction.set_rollback(True)
    print(f"backend: {connection.vendor}")
    print(f"{'language':<9} {'queries':>7} {'MRR':>6} {'success@1':>10} {'success@3':>10}")
    for language in ("en", "pl", "uk", "es", "tr", "ar", "all"):
        if language in scores:
            found = scores[language]
            print(
                f"{language:<9} {found.queries:>7} {found.mrr:>6.3f} {found.success_at_1:>10.3f}"
                f" {found.success_at_3:>10.3f}"
            )
    for miss in misses:
        print(f"not in the first three: {miss}")


if __name__ == "__main__":
    main()
