"""Benchmark the programme finder and the universities index with the demo's 7 programmes and with 500 more.

Run: .venv/bin/python bench/finder.py   (DATABASE_URL=postgres://… to use PostgreSQL)
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import manage, measure, production_server, report

PAGES = [
    "/en/universities/",
    "/en/programmes/",
    "/en/programmes/?level=master&level=exchange&language=en",
    "/en/programmes/?q=engineering&page=2",
]

ADD_PROGRAMMES = """
from institutions.models import InstitutionPage, StudyProgrammePage
institutions = list(InstitutionPage.objects.filter(locale__language_code="en"))
levels = ["bachelor", "master", "phd", "short-course", "exchange"]
for number in range(500):
    institutions[number % len(institutions)].add_child(instance=StudyProgrammePage(
        title=f"Engineering programme {number}", slug=f"bench-programme-{number}", intro="Benchmark.",
        level=levels[number % 5], field_of_study="engineering", taught_in_english=True,
        taught_in_polish=bool(number % 2), fee_kind="free", apply_url="https://example.org/",
    ))
"""


def run(port, label):
    for path in PAGES:
        measure(port, path, requests=5)  # warm caches and renditions
    baseline = measure(port, "/static/css/main.css")
    print(f"\n{label}")
    report([measure(port, path) for path in PAGES], baseline)


def main():
    environment = {}

    def prepare(env):
        environment.update(env)  # kept to add programmes to the served database later
        manage(env, "load_demo")

    with production_server(prepare, port=8773, database_url=os.environ.get("DATABASE_URL")) as port:
        run(port, "Demo: 7 programmes")
        manage(environment, "shell", "-c", ADD_PROGRAMMES)
        run(port, "Demo + 500 programmes")


if __name__ == "__main__":
    main()
