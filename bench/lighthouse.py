"""Lighthouse (mobile) on one page of every page type of the demo site, per language.

Run: .venv/bin/python bench/lighthouse.py [--languages en,ar] [--details]

It serves the demo with production settings (bench/harness.py), installs Lighthouse into
bench/node_modules on first use (bench/package.json, npm) and runs it with Debian's Chromium. It prints
the four scores of each page, and with --details every audit that kept a score below 100. The
performance score depends on the machine's load (Lighthouse simulates a slow phone from what it
measures): read it with the load average printed next to it.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import PROJECT, manage, production_server, shell_json

BENCH = PROJECT / "bench"
LIGHTHOUSE = BENCH / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
CHROMIUM_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update "
    '--host-resolver-rules="MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1"'
)
# The first live, public page of each page type in the language, and a search with results.
FIND_PAGES = """
import json
from wagtail.models import Page
found = {}
for language in LANGUAGES:
    pages = (
        Page.objects.live().public().filter(locale__language_code=language, depth__gt=1)
        .select_related("content_type").order_by("path")
    )
    for page in pages:
        found.setdefault(f"{language} {page.content_type.model}", page.url)
    found[f"{language} search"] = f"/{language}/search/?q=erasmus"
print(json.dumps(found))
"""


def install_lighthouse():
    if not LIGHTHOUSE.exists():
        subprocess.run(
            [shutil.which("npm") or "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"],
            cwd=BENCH,
            check=True,
        )


def lighthouse(url):
    """Lighthouse's report of one URL (mobile, its default form factor)."""
    output = subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--output=json",
            "--quiet",
            f"--chrome-flags={CHROMIUM_FLAGS}",
            f"--only-categories={','.join(CATEGORIES)}",
        ],
        env={**os.environ, "CHROME_PATH": "/usr/bin/chromium"},
        check=True,
        capture_output=True,
        timeout=180,
    )
    return json.loads(output.stdout)


def shortfalls(report):
    """The audits of each category that scored below 1, as (category, audit title)."""
    audits = report["audits"]
    for name in CATEGORIES:
        for reference in report["categories"][name]["auditRefs"]:
            audit = audits[reference["id"]]
            if reference["weight"] and audit["score"] is not None and audit["score"] < 1:
                yield name, audit["title"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--languages", default="en,ar", help="comma-separated language codes")
    parser.add_argument("--details", action="store_true", help="list the audits below 100")
    arguments = parser.parse_args()
    languages = arguments.languages.split(",")
    install_lighthouse()
    paths = {}

    def prepare(env):
        manage(env, "load_demo")
        paths.update(shell_json(env, f"LANGUAGES = {languages!r}\n{FIND_PAGES}"))

    with production_server(prepare, port=8785, database_url=os.environ.get("DATABASE_URL")) as port:
        print(f"{'page':40} " + " ".join(f"{name[:11]:>11}" for name in CATEGORIES) + "  load")
        below = 0
        for label, path in paths.items():
            try:
                report = lighthouse(f"http://127.0.0.1:{port}{path}")
            except subprocess.CalledProcessError as error:
                below += 1
                print(f"{label:40} Lighthouse failed: {error.stderr.decode()[-300:].strip()}")
                continue
            scores = [round((report["categories"][name]["score"] or 0) * 100) for name in CATEGORIES]
            below += any(score < 100 for score in scores)
            print(
                f"{label:40} " + " ".join(f"{score:11}" for score in scores) + f"  {os.getloadavg()[0]:.1f}"
            )
            if arguments.details:
                for category, title in shortfalls(report):
                    print(f"    {category}: {title}")
        print(f"\n{len(paths)} pages, {below} with a score below 100")


if __name__ == "__main__":
    main()
