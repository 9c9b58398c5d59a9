"""Uncached pages of the portal side by side with Wagtail's reference site, bakerydemo, in one run.

Both are served the same way (gunicorn, 2 workers, SQLite, production settings, WhiteNoise) and
measured the same way (`wrk -t2 -c8 -d5s`, two runs each, taking turns), with the portal's page cache
off so every request renders. Each site's static CSS is measured too, so the ratios say how far each
is from what its server does at best.

Set-up of bakerydemo (read, not copied: it runs from its own folder; BAKERYDEMO points there):

    git clone https://github.com/wagtail/bakerydemo $BAKERYDEMO/src   # commit 5a01dcd: Django 5.2
    python3.11 -m venv $BAKERYDEMO/venv
    $BAKERYDEMO/venv/bin/pip install -r $BAKERYDEMO/src/requirements/base.txt whitenoise==6.6.0 \\
        gunicorn dj-database-url django-tasks==0.8.1
    # then, with the environment of bakerydemo_environment() below: migrate, load_initial_data,
    # collectstatic

Run: BAKERYDEMO=/work/bakery .venv/bin/python bench/versus_bakerydemo.py
"""

import http.client
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import manage, production_server, shell_json, wait_until_up

PORTAL_PAGES = """
import json
from home.models import HomePage
from news.models import NewsIndexPage, NewsPage
def first(model, **filters):
    return model.objects.live().filter(locale__language_code="en", **filters).first().url
print(json.dumps({
    "home": first(HomePage),
    "news index / blog index": first(NewsIndexPage),
    "article / blog page": first(NewsPage, slug="international-training-week-2022"),
    "search": "/en/search/?q=erasmus",
    "static CSS": "/static/css/main.css",
}))
"""
# bakerydemo redirects plain HTTP to HTTPS unless a proxy says the request came over TLS.
FORWARDED = {"X-Forwarded-Proto": "https"}
BAKERYDEMO_PAGES = {
    "home": "/",
    "news index / blog index": "/blog/",
    "article / blog page": "/blog/wild-yeast/",
    "search": "/search/?q=bread",
    "static CSS": "/static/css/main.css",
}


def bakerydemo_environment(folder):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bakerydemo.settings.production",
        "DJANGO_SECRET_KEY": "benchmark-only-" + "x" * 40,
        "DATABASE_URL": f"sqlite:///{folder}/bakery.sqlite3",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
    }


def wrk(port, path):
    """Requests per second of `wrk -t2 -c8 -d5s` on one URL, asked as a TLS proxy in front would."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", path, headers=FORWARDED)
    if (status := connection.getresponse().status) != 200:
        raise RuntimeError(f"{path} answered {status}")
    output = subprocess.run(
        [shutil.which("wrk") or "wrk", "-t2", "-c8", "-d5s", "-H", "X-Forwarded-Proto: https"]
        + [f"http://127.0.0.1:{port}{path}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if non_2xx:
        raise RuntimeError(f"{path} answered {non_2xx.group(1)} errors")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))


def main():
    folder = Path(os.environ["BAKERYDEMO"])
    os.environ["PAGE_CACHE_TIMEOUT"] = "0"  # every request renders
    portal_pages = {}

    def prepare(env):
        manage(env, "load_demo")
        portal_pages.update(shell_json(env, PORTAL_PAGES))

    bakerydemo = subprocess.Popen(
        [str(folder / "venv/bin/python"), "-m", "gunicorn", "--workers", "2", "--bind", "127.0.0.1:8796"]
        + ["--access-logfile", "/dev/null", "--log-level", "error", "bakerydemo.wsgi"],
        cwd=folder / "src",
        env=bakerydemo_environment(folder),
    )
    try:
        wait_until_up(8796)
        with production_server(prepare, port=8795) as port:
            runs = {name: ([], []) for name in portal_pages}
            for _ in range(2):
                for name, path in portal_pages.items():
                    wrk(port, path)  # warm
                    runs[name][0].append(wrk(port, path))
                    wrk(8796, BAKERYDEMO_PAGES[name])
                    runs[name][1].append(wrk(8796, BAKERYDEMO_PAGES[name]))
            print(f"wrk -t2 -c8 -d5s, two runs each; load {os.getloadavg()[0]:.1f}")
            print(f"{'page':26} {'portal req/s':>18} {'bakerydemo req/s':>18} {'ratio':>6}")
            for name, (portal, bakery) in runs.items():
                print(
                    f"{name:26} {min(portal):8.0f}–{max(portal):<8.0f} {min(bakery):8.0f}–{max(bakery):<8.0f} "
                    f"{sum(portal) / sum(bakery):6.2f}"
                )
    finally:
        bakerydemo.terminate()
        bakerydemo.wait(timeout=10)


if __name__ == "__main__":
    main()
