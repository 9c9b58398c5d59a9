"""Mobile Lighthouse on one page of each page type of the demo site: the four scores, and the audits that
keep a page below 100.

Run (after `make install-dev`, which installs the pinned Lighthouse from package.json):

    .venv/bin/python bench/lighthouse.py                 # load_demo into a fresh SQLite database
    DEMO_SQLITE=demo.sqlite3 BENCH_MEDIA_ROOT=media .venv/bin/python bench/lighthouse.py

The pages come from the production server of bench/harness.py (gunicorn, WhiteNoise); Chromium is
Debian's (CHROME_PATH, default /usr/bin/chromium) with the flags of the browser tests. Not a timed
test: the performance score depends on the machine's load, so it is reported, not asserted.
"""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import PROJECT, PYTHON, demo_server

CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
CHROME_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
# The first live English page of every page type, and the pages that are views rather than pages.
FIND_PAGES = """
import json
from wagtail.models import Page, get_page_models
urls = {}
for model in get_page_models():
    if model is Page or model._meta.abstract:
        continue
    page = model.objects.live().public().filter(locale__language_code="en").order_by("path").first()
    if page is not None:
        urls[model._meta.verbose_name] = page.url
urls["search results"] = "/en/search/?q=erasmus"
print(json.dumps(urls))
"""


def page_urls(env):
    output = subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", FIND_PAGES],
        cwd=PROJECT,
        env=env,
        check=True,
        capture_output=True,
    )
    return json.loads(output.stdout.decode().strip().splitlines()[-1])


def lighthouse(url):
    """The four category scores (0–100) of `url` and the audits below 1 that count towards them."""
    with tempfile.NamedTemporaryFile(suffix=".json") as report:
        subprocess.run(
            [
                str(PROJECT / "node_modules" / ".bin" / "lighthouse"),
                url,
                "--quiet",
                "--output=json",
                f"--output-path={report.name}",
                f"--only-categories={','.join(CATEGORIES)}",
                f"--chrome-flags={' '.join(CHROME_FLAGS)}",
            ],
            env={**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")},
            check=True,
            capture_output=True,
        )
        result = json.loads(Path(report.name).read_text())
    scores = {name: round(result["categories"][name]["score"] * 100) for name in CATEGORIES}
    failing = sorted(
        {
            reference["id"]
            for name in CATEGORIES
            for reference in result["categories"][name]["auditRefs"]
            if reference["weight"]
            and (result["audits"][reference["id"]]["score"] or 0) < 1
            and result["audits"][reference["id"]]["scoreDisplayMode"]
            in ("binary", "numeric", "metricSavings")
        }
    )
    return scores, failing


def main():
    urls = {}
    with demo_server(after=lambda env: urls.update(page_urls(env))) as port:
        print(f"{'page type':28} {'perf':>5} {'a11y':>5} {'best':>5} {'seo':>5}  below 1")
        for name, path in urls.items():
            scores, failing = lighthouse(f"http://127.0.0.1:{port}{path}")
            values = " ".join(f"{scores[category]:5d}" for category in CATEGORIES)
            print(f"{name[:28]:28} {values}  {', '.join(failing)}", flush=True)


if __name__ == "__main__":
    main()
