"""Benchmark the public pages of the demo site against a static file of the same server.

Run: .venv/bin/python bench/pages.py   (DATABASE_URL=postgres://… to use PostgreSQL)
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import manage, measure, production_server, report

PAGES = ["/en/", "/pl/", "/ar/", "/en/living-in-bialystok/", "/sitemap.xml"]


def main():
    with production_server(
        lambda env: manage(env, "load_demo"), database_url=os.environ.get("DATABASE_URL")
    ) as port:
        for path in PAGES:
            measure(port, path, requests=5)  # warm caches and renditions
        baseline = measure(port, "/static/css/main.css")
        report([measure(port, path) for path in PAGES], baseline)


if __name__ == "__main__":
    main()
