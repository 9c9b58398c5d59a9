"""Benchmark the privacy pages and the cost of the consent banner on a public page.

Run: .venv/bin/python bench/privacy.py   (DATABASE_URL=postgres://… to use PostgreSQL)
"""

import http.client
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import manage, measure, production_server, report

# /en/ shows the banner (the demo configures consent); the policy pages and the settings page are new;
# /en/living-in-bialystok/ is the reference page of pages.py, to compare runs on a busy machine.
PAGES = [
    "/en/",
    "/pl/",
    "/en/cookie-policy/",
    "/pl/privacy-policy/",
    "/en/accessibility-statement/",
    "/en/cookie-settings/",
    "/en/living-in-bialystok/",
]


def warm(port, path):
    """One first request with a long timeout: renditions and caches are built on a busy machine."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    connection.request("GET", path)
    connection.getresponse().read()


def main():
    with production_server(
        lambda env: manage(env, "load_demo"), port=8766, database_url=os.environ.get("DATABASE_URL")
    ) as port:
        for path in ["/static/css/main.css", *PAGES]:
            warm(port, path)
        baseline = measure(port, "/static/css/main.css")
        report([measure(port, path) for path in PAGES], baseline)


if __name__ == "__main__":
    main()
