"""Benchmark each public page type of the demo site: rendered, from the portal's page cache and through
Varnish, against a static file of the same server (and of the same Varnish).

Run: .venv/bin/python bench/pages.py   (DATABASE_URL=postgres://… to use PostgreSQL)
     DEMO_SQLITE=demo.sqlite3 BENCH_MEDIA_ROOT=media .venv/bin/python bench/pages.py   (a copy of a
     database that load_demo filled before, with its media: no load_demo run)

"Rendered" asks each time for a URL the cache has not seen (`?page=N`, which every page accepts), so
every request renders and stores; "cached" repeats one URL. Varnish (Debian's varnishd, the shipped
deploy/varnish/default.vcl) runs only when it is installed.

With `wrk` installed it also measures throughput under concurrency, as issue 18 compared the portal with
Wagtail's bakerydemo (`wrk -t2 -c8`, 5 s per URL): rendered (a Lua script gives every request its own
`?page=N`), from the page cache, and the static file, with each one's ratio to the static file.
"""

import http.client
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import (
    PROJECT,
    demo_server,
    measure,
    report,
    shell_json,
    side_by_side,
    wait_until_up,
)

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


WRK_UNCACHED = """
counter = 0
function setup(thread)
  thread:set("prefix", tostring(math.random(1, 99999)))
end
function request()
  counter = counter + 1
  return wrk.format(nil, wrk.path .. SEPARATOR .. "page=" .. prefix .. counter)
end
"""


def wrk(port, path, uncached=False, seconds=5):
    """Requests per second of `wrk -t2 -c8` on `path` (each request a new URL when `uncached`)."""
    command = ["wrk", "-t2", "-c8", f"-d{seconds}s", "--timeout", "30s"]
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
        if uncached:
            separator = "&" if "?" in path else "?"
            script.write(WRK_UNCACHED.replace("SEPARATOR", f'"{separator}"'))
            script.flush()
            command += ["-s", script.name]
        output = subprocess.run(
            [*command, f"http://127.0.0.1:{port}{path}"], capture_output=True, text=True, check=True
        ).stdout
    if "Non-2xx" in output:
        raise RuntimeError(f"{path} answered errors under wrk:\n{output}")
    return float(output.split("Requests/sec:")[1].split()[0])


def wrk_report(port, paths):
    static = wrk(port, STATIC)
    print(f"\nwrk -t2 -c8, 5 s each; load {os.getloadavg()[0]:.1f}")
    print(
        f"{'page':20} {'rendered req/s':>15} {'static/rendered':>16} {'cached req/s':>13} {'cached/static':>14}"
    )
    print(f"{'static file':20} {static:15.0f}")
    for name, path in paths.items():
        rendered, cached = wrk(port, path, uncached=True), wrk(port, path)
        ratio = f"{static / rendered:16.0f}" if rendered else f"{'-':>16}"
        print(f"{name:20} {rendered:15.1f} {ratio} {cached:13.0f} {cached / static:14.2f}")


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

    with demo_server(after=lambda env: paths.update(shell_json(env, FIND_PAGES))) as port:
        for path in paths.values():
            measure(port, path, requests=5, timeout=300)  # renditions, the furniture
        results = [{**rendered(port, path), "path": f"{name}: rendered"} for name, path in paths.items()]
        static, *cached = side_by_side(
            port, {STATIC: STATIC, **{f"{name}: page cache": path for name, path in paths.items()}}
        )
        print(f"gunicorn, 2 workers; {time.strftime('%Y-%m-%d %H:%M')}; load {os.getloadavg()[0]:.1f}")
        report(results + cached, static)
        if shutil.which("wrk"):
            wrk_report(port, paths)
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
