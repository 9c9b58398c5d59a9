"""Benchmark each public page type of the demo site: rendered, from the portal's page cache and through
Varnish, against a static file of the same server (and of the same Varnish).

Run: .venv/bin/python bench/pages.py   (DATABASE_URL=postgres://… to use PostgreSQL)

"Rendered" asks each time for a URL the cache has not seen (`?page=N`, which every page accepts), so
every request renders and stores; "cached" repeats one URL. Varnish (Debian's varnishd, the shipped
deploy/varnish/default.vcl) runs only when it is installed.
"""

import http.client
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import PROJECT, PYTHON, manage, measure, production_server, report, side_by_side, wait_until_up

STATIC = "/static/css/main.css"
# One page of each type, found in the demo database (the article is the Training Week story).
FIND_PAGES = """
import json
from wagtail.models import Page
from home.models import ContentPage, HomePage
from news.models import NewsIndexPage, NewsPage
from partners.models import PartnerIndexPage
def first(model, **filters):
    return model.objects.live().filter(locale__language_code="en", **filters).first().url
print(json.dumps({
    "home": first(HomePage),
    "news index": first(NewsIndexPage),
    "article": first(NewsPage, slug="international-training-week-2022"),
    "partner directory": first(PartnerIndexPage),
    "content page": first(ContentPage, slug="living-in-bialystok"),
    "search": "/en/search/?q=erasmus",
}))
"""


def page_paths(env):
    output = subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", FIND_PAGES],
        cwd=PROJECT,
        env=env,
        check=True,
        capture_output=True,
    )
    return json.loads(output.stdout.decode().strip().splitlines()[-1])


def rendered(port, path, requests=100):
    """Each request a URL the page cache has not stored yet: the full render (and its store)."""
    separator = "&" if "?" in path else "?"
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    latencies = []
    for number in range(2, requests + 2):
        begin = time.perf_counter()
        connection.request("GET", f"{path}{separator}page={number}")
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            raise RuntimeError(f"{path} answered {response.status}")
        latencies.append(time.perf_counter() - begin)
    latencies.sort()
    return {
        "path": path,
        "median_ms": statistics.median(latencies) * 1000,
        "p95_ms": statistics.quantiles(latencies, n=20)[-1] * 1000,
        "requests_per_second": requests / sum(latencies),
    }


def varnish_in_front(backend_port, port=8766):
    varnishd = shutil.which("varnishd") or "/usr/sbin/varnishd"
    if not Path(varnishd).exists():
        return None
    workdir = tempfile.mkdtemp()
    vcl = Path(workdir) / "default.vcl"
    template = (PROJECT / "deploy" / "varnish" / "default.vcl").read_text()
    vcl.write_text(template.replace('.port = "8000";', f'.port = "{backend_port}";'))
    process = subprocess.Popen(
        [
            varnishd,
            "-F",
            "-j",
            "none",
            "-a",
            f"127.0.0.1:{port}",
            "-f",
            str(vcl),
            "-n",
            f"{workdir}/n",
            "-s",
            "malloc,64m",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_until_up(port)
    return process, port


def main():
    paths = {}

    def prepare(env):
        manage(env, "load_demo")
        paths.update(page_paths(env))

    with production_server(prepare, database_url=os.environ.get("DATABASE_URL")) as port:
        for path in paths.values():
            measure(port, path, requests=5)  # warm renditions and the furniture
        results = [{**rendered(port, path), "path": f"{name}: rendered"} for name, path in paths.items()]
        static, *cached = side_by_side(
            port, {STATIC: STATIC, **{f"{name}: page cache": path for name, path in paths.items()}}
        )
        print(f"gunicorn, 2 workers; {time.strftime('%Y-%m-%d %H:%M')}; load {os.getloadavg()[0]:.1f}")
        report(results + cached, static)
        front = varnish_in_front(port)
        if front:
            process, varnish_port = front
            try:
                for path in paths.values():
                    measure(varnish_port, path, requests=5)
                varnish_static, *through_varnish = side_by_side(
                    varnish_port, {STATIC: STATIC, **paths}, requests=2000
                )
                print(f"\nthrough Varnish; load {os.getloadavg()[0]:.1f}")
                report(through_varnish, varnish_static)
            finally:
                process.terminate()
                process.wait(timeout=10)


if __name__ == "__main__":
    main()
