"""Benchmark of the search page: 10,000 pages in 6 languages, served by gunicorn on 127.0.0.1.

    python bench/search_benchmark.py                      # SQLite (a throwaway file)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/sib python bench/search_benchmark.py
                                                          # PostgreSQL (a throwaway sib_search_bench database)

Builds the pages into a throwaway database, indexes them with `update_index`, starts gunicorn
with the settings of bench/settings.py, then sends a bounded number of requests from a few
threads: search pages and suggestions (autocomplete) in the six languages and, as a baseline, a static
file of the same server. Reports median and 95th-percentile latency, requests per second, the ratios
and the machine's load average (the build machines are shared).

    --pages 100000        the same at 100,000 pages (built as an import writes them, core/bulk.py)
    --keep                keep the database; --reuse DATABASE_URL measures it again (after update_index)
    --explain             print EXPLAIN ANALYZE of the slowest queries of a search and a suggestion
"""

import argparse
import json
import math
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlencode, urlparse

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

WORDS = {
    "en": [
        "scholarship",
        "dormitory",
        "Erasmus",
        "exchange",
        "university",
        "campus",
        "library",
        "engineering",
        "medicine",
        "Turkey",
        "Ukraine",
        "Spain",
        "Georgia",
        "Kazakhstan",
        "application",
        "deadline",
        "tuition",
        "visa",
        "language",
        "course",
        "student",
        "housing",
        "city",
        "palace",
        "forest",
        "lecture",
        "semester",
        "research",
        "summer",
        "school",
    ],
    "pl": [
        "stypendium",
        "stypendia",
        "akademik",
        "uczelnia",
        "uczelni",
        "wymiana",
        "kampus",
        "biblioteka",
        "medycyna",
        "Turcja",
        "Ukraina",
        "Hiszpania",
        "wniosek",
        "termin",
        "czesne",
        "wiza",
        "język",
        "kurs",
        "student",
        "studenci",
        "mieszkanie",
        "miasto",
        "pałac",
        "puszcza",
        "wykład",
        "semestr",
        "badania",
        "lato",
        "szkoła",
        "Erasmus",
    ],
    "es": [
        "beca",
        "becas",
        "residencia",
        "universidad",
        "intercambio",
        "campus",
        "biblioteca",
        "medicina",
        "Turquía",
        "Ucrania",
        "España",
        "solicitud",
        "plazo",
        "matrícula",
        "visado",
        "idioma",
        "curso",
        "estudiante",
        "vivienda",
        "ciudad",
        "palacio",
        "bosque",
        "clase",
        "semestre",
        "investigación",
        "verano",
        "escuela",
        "Erasmus",
    ],
    "uk": [
        "стипендія",
        "стипендії",
        "гуртожиток",
        "університет",
        "університету",
        "обмін",
        "кампус",
        "бібліотека",
        "медицина",
        "Туреччина",
        "Україна",
        "Іспанія",
        "заява",
        "термін",
        "віза",
        "мова",
        "курс",
        "студент",
        "студенти",
        "житло",
        "місто",
        "палац",
        "пуща",
        "лекція",
        "семестр",
        "дослідження",
        "літо",
        "школа",
        "Erasmus",
    ],
    "tr": [
        "burs",
        "burslar",
        "yurt",
        "üniversite",
        "değişim",
        "kampüs",
        "kütüphane",
        "tıp",
        "Türkiye",
        "Ukrayna",
        "İspanya",
        "başvuru",
        "son tarih",
        "harç",
        "vize",
        "dil",
        "ders",
        "öğrenci",
        "öğrenciler",
        "konut",
        "şehir",
        "saray",
        "orman",
        "dönem",
        "araştırma",
        "yaz",
        "okul",
        "Erasmus",
    ],
    "ar": [
        "منحة",
        "منح",
        "سكن",
        "جامعة",
        "الجامعة",
        "تبادل",
        "الحرم",
        "مكتبة",
        "الطب",
        "تركيا",
        "أوكرانيا",
        "إسبانيا",
        "طلب",
        "موعد",
        "الرسوم",
        "تأشيرة",
        "اللغة",
        "دورة",
        "طالب",
        "الطلاب",
        "مدينة",
        "قصر",
        "غابة",
        "محاضرة",
        "فصل",
        "بحث",
        "صيف",
        "مدرسة",
        "Erasmus",
    ],
}
LANGUAGES = tuple(WORDS)
QUERIES = [
    ("en", {"q": "scholarship"}),
    ("en", {"q": "dormitory erasmus"}),
    ("en", {"q": "visa deadline", "page": "2"}),
    ("en", {"q": "zebra"}),
    ("pl", {"q": "stypendium"}),
    ("pl", {"q": "akademik uczelni"}),
    ("es", {"q": "beca"}),
    ("es", {"q": "residencia universidad"}),
    ("uk", {"q": "стипендія"}),
    ("uk", {"q": "гуртожиток університет"}),
    ("tr", {"q": "burs"}),
    ("tr", {"q": "yurt öğrenci", "page": "2"}),
    ("ar", {"q": "منحة"}),
    ("ar", {"q": "سكن الطلاب"}),
]
# What the search box asks while a visitor types (prefix matching on titles).
AUTOCOMPLETE_QUERIES = [
    ("en", "sch"),
    ("en", "dormitory er"),
    ("pl", "styp"),
    ("es", "resid"),
    ("uk", "гурт"),
    ("tr", "öğr"),
    ("ar", "منح"),
    ("en", "zeb"),
]
STATIC_PATH = "/static/css/main.css"


def throwaway_database():
    """The URL of an empty database for this run, and a function that drops it afterwards."""
    url = os.environ.get("DATABASE_URL")
    if not url:
        folder = tempfile.mkdtemp(prefix="search-bench-")
        return "sqlite", f"sqlite:///{folder}/bench.sqlite3", lambda: shutil.rmtree(folder)
    import psycopg

    parsed = urlparse(url)
    name = f"{parsed.path.lstrip('/')}_search_bench"

    def admin(statement):
        # Through the maintenance database: the one in DATABASE_URL need not exist.
        with psycopg.connect(parsed._replace(path="/postgres").geturl(), autocommit=True) as connection:
            connection.execute(statement)

    admin(f'DROP DATABASE IF EXISTS "{name}"')
    admin(f'CREATE DATABASE "{name}"')
    return "postgresql", parsed._replace(path=f"/{name}").geturl(), lambda: admin(f'DROP DATABASE "{name}"')


SYLLABLES = [
    "ba",
    "be",
    "bi",
    "bo",
    "ka",
    "ke",
    "ki",
    "ko",
    "la",
    "le",
    "li",
    "lo",
    "ma",
    "me",
    "mi",
    "mo",
    "na",
    "ne",
    "ni",
    "no",
    "ra",
    "re",
    "ri",
    "ro",
    "sa",
    "se",
    "si",
    "so",
    "ta",
    "te",
    "ti",
    "to",
]
# About one word in thirty is a topic word: "scholarship" is in roughly one page in ten, as on a
# real portal, rather than in every page (which would only measure the worst case).
TOPIC_SHARE = 1 / 30


def filler(rng, count=3000):
    return ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(count)]


def sentence(topics, fillers, count, rng):
    words = (rng.choice(topics) if rng.random() < TOPIC_SHARE else rng.choice(fillers) for _ in range(count))
    return " ".join(words).capitalize() + "."


def build(total_pages):
    """The home page in every language and `total_pages` content pages shared among them, indexed."""
    from django.core.management import call_command
    from django.db import transaction
    from wagtail.models import Locale, Page, Site

    from core.bulk import add_live_children
    from home.models import ContentPage, HomePage

    call_command("migrate", verbosity=0)
    root = Page.get_first_root_node()
    root.get_children().delete()
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    home = root.add_child(instance=HomePage(title="Study in Białystok", slug="home", locale=locales["en"]))
    Site.objects.update_or_create(is_default_site=True, defaults={"root_page": home, "hostname": "127.0.0.1"})
    homes = {"en": home}
    for code in LANGUAGES[1:]:
        homes[code] = home.copy_for_translation(locales[code])
        homes[code].save_revision().publish()
    rng = random.Random(8)  # noqa: S311 — reproducible filler text, not secrets.
    per_locale = math.ceil(total_pages / len(homes))
    started = time.perf_counter()
    for code, parent in homes.items():
        topics, fillers = WORDS[code], filler(rng)
        # The pages as an import writes them (core/bulk.py): 100,000 pages through add_child
        # would take hours; what a search reads (pages, tree paths, locales, index) is the same.
        for batch_start in range(0, per_locale, 1000):
            pages = [
                ContentPage(
                    title=f"{rng.choice(topics)} {sentence(topics, fillers, rng.randint(2, 5), rng)}".rstrip(
                        "."
                    ).capitalize(),
                    slug=f"page-{number}",
                    intro=sentence(topics, fillers, 25, rng),
                    body=json.dumps(
                        [{"type": "paragraph", "value": f"<p>{sentence(topics, fillers, 80, rng)}</p>"}]
                    ),
                )
                for number in range(batch_start, min(per_locale, batch_start + 1000))
            ]
            with transaction.atomic():
                add_live_children(Page.objects.get(pk=parent.pk), pages)
    built = time.perf_counter() - started
    started = time.perf_counter()
    call_command("update_index", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    indexed = time.perf_counter() - started
    analyse()
    print(
        f"built {per_locale * len(homes)} pages in {len(homes)} languages in {built:.0f} s, indexed in {indexed:.0f} s"
    )


def analyse():
    """Table statistics, as a database that has served a while has them (autovacuum, `ANALYZE`).

    Without them PostgreSQL plans the public-page check of core.localization as a scan of every page
    for each page of the language (8 s instead of 1 ms at 10,000 pages).
    """
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def explain(vendor, url):
    """The plans of the slowest database queries of one request to `url`, as the server runs them."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    client.get(url)  # caches warm, as on the server
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    if response.status_code != 200:
        raise SystemExit(f"{url} answered {response.status_code}")
    queries = sorted(captured.captured_queries, key=lambda query: float(query["time"]), reverse=True)
    print(
        f"\n### {url}: {len(queries)} queries, {sum(float(q['time']) for q in queries) * 1000:.1f} ms in the database"
    )
    for query in queries[:2]:
        print(f"\n{float(query['time']) * 1000:.1f} ms: {query['sql'][:600]}")
        prefix = "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)" if vendor == "postgresql" else "EXPLAIN QUERY PLAN"
        with connection.cursor() as cursor:
            cursor.execute(f"{prefix} {query['sql']}")
            rows = cursor.fetchall()
        print("\n".join(" | ".join(str(value) for value in row) for row in rows))


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(env, workers):
    port = free_port()
    server = subprocess.Popen(
        [
            Path(sys.executable).with_name("gunicorn"),
            "portal.wsgi",
            "-b",
            f"127.0.0.1:{port}",
            "-w",
            str(workers),
        ],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{STATIC_PATH}", timeout=2):
                return server, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.5)
    server.terminate()
    raise SystemExit("gunicorn did not start")


def load(urls, requests, concurrency):
    """Latencies (seconds) of `requests` GETs spread over `concurrency` threads, and the wall time."""
    latencies, failures = [], []
    lock = threading.Lock()
    counter = iter(range(requests))

    def worker():
        for number in counter:
            url = urls[number % len(urls)]
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310
                    response.read()
                    status = response.status
            except urllib.error.HTTPError as error:
                status = error.code
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                if status != 200:
                    failures.append(f"{status} {url}")

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    if failures:
        # Counted in the latencies and reported: a slow server times requests out (503).
        print(f"{len(failures)} of {requests} requests failed, e.g. {failures[0]}")
    return latencies, wall


def summary(latencies, wall):
    ordered = sorted(latencies)
    return {
        "median_ms": statistics.median(ordered) * 1000,
        "p95_ms": ordered[max(0, math.ceil(len(ordered) * 0.95) - 1)] * 1000,
        "rps": len(ordered) / wall,
    }


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--keep", action="store_true", help="keep the database, to profile it afterwards")
    parser.add_argument("--reuse", metavar="DATABASE_URL", help="measure a database kept with --keep")
    parser.add_argument("--explain", action="store_true", help="print the plans of the slowest queries")
    args = parser.parse_args()

    if args.reuse:
        vendor = "postgresql" if args.reuse.startswith("postgres") else "sqlite"
        database_url, drop = args.reuse, lambda: None
    else:
        vendor, database_url, drop = throwaway_database()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bench.settings", "DATABASE_URL": database_url}
    os.environ.update(env)
    import django

    django.setup()
    server = None
    try:
        if args.reuse:
            from django.core.management import call_command

            call_command("migrate", verbosity=0)  # the index of a newer commit
            call_command("update_index", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
            analyse()
        else:
            build(args.pages)
        from django.db import connections
        from wagtail.models import Page

        pages = Page.objects.filter(depth__gt=2).count()
        if args.explain:
            for language, params in (QUERIES[0], QUERIES[1]):
                explain(vendor, f"/{language}/search/?{urlencode(params)}")
            explain(vendor, f"/en/search/autocomplete/?{urlencode({'q': AUTOCOMPLETE_QUERIES[0][1]})}")
        connections.close_all()
        server, base = start_server(env, args.workers)
        search_urls = [f"{base}/{language}/search/?{urlencode(params)}" for language, params in QUERIES]
        autocomplete_urls = [
            f"{base}/{language}/search/autocomplete/?{urlencode({'q': q})}"
            for language, q in AUTOCOMPLETE_QUERIES
        ]
        warm_up = search_urls + autocomplete_urls
        load(warm_up, 2 * len(warm_up), 2)  # every worker
        load_before = os.getloadavg()
        search = summary(*load(search_urls, args.requests, args.concurrency))
        autocomplete = summary(*load(autocomplete_urls, args.requests, args.concurrency))
        static = summary(*load([base + STATIC_PATH], args.requests, args.concurrency))
        load_after = os.getloadavg()
    finally:
        if server:
            server.terminate()
            server.wait()
        if args.keep:
            print(f"kept DATABASE_URL={database_url}")
        else:
            drop()
    print(
        f"\n{vendor}: {pages} content pages in {len(LANGUAGES)} languages, {args.requests} requests per target, "
        f"{args.concurrency} threads, {args.workers} workers; load average {load_before[0]:.1f} before, "
        f"{load_after[0]:.1f} after ({os.cpu_count()} cores)"
    )
    print("| target | median ms | p95 ms | requests/s | × static (median) |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, result in (("search page", search), ("autocomplete", autocomplete), ("static file", static)):
        print(
            f"| {name} | {result['median_ms']:.1f} | {result['p95_ms']:.1f} | {result['rps']:.0f} "
            f"| {result['median_ms'] / static['median_ms']:.1f} |"
        )


if __name__ == "__main__":
    main()
