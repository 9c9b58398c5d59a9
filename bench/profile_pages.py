"""Where an uncached render spends its time: queries and a cProfile of warm test-client requests.

Run against a database filled by `manage.py load_demo`, with the production settings; each request asks
for a URL the page cache has not stored (`?page=N`, as bench/pages.py does), so every one renders:

    DJANGO_SETTINGS_MODULE=portal.settings.production SECRET_KEY=… ALLOWED_HOSTS=testserver \
        DATABASE_URL=sqlite:///…/demo.sqlite3 CACHE_DIR=… .venv/bin/python bench/profile_pages.py [N]
"""

import cProfile
import io
import itertools
import pstats
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

PAGES = {
    "home": "/en/",
    "news index": "/en/news/",
    "article": "/en/news/international-training-week-2022/",
    "search": "/en/search/?q=erasmus",
    "content page": "/en/living-in-bialystok/",
}


def uncached(path):
    """`path` under a query the page cache has not seen: a full render (and its store)."""
    number = next(NUMBERS)
    return f"{path}{'&' if '?' in path else '?'}page={number}"


NUMBERS = itertools.count(int(time.time()))


def main(requests=30):
    client = Client()
    for path in PAGES.values():
        status = client.get(uncached(path)).status_code  # renditions, per-process caches
        if status != 200:
            raise RuntimeError(f"{path} answered {status}")
    for name, path in PAGES.items():
        with CaptureQueriesContext(connection) as queries:
            client.get(uncached(path))
        count = len(queries)  # read now: every request clears the connection's query log
        times = []
        for _ in range(requests):
            begin = time.perf_counter()
            client.get(uncached(path))
            times.append(time.perf_counter() - begin)
        profile = cProfile.Profile()
        profile.enable()
        for _ in range(requests):
            client.get(uncached(path))
        profile.disable()
        stream = io.StringIO()
        pstats.Stats(profile, stream=stream).sort_stats("cumulative").print_stats(40)
        print(f"== {name} {path}: median {statistics.median(times) * 1000:.1f} ms, {count} queries")
        print("\n".join(line for line in stream.getvalue().splitlines() if line.strip())[:6000])


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30)
