"""The worker as production runs it: `manage.py db_worker`, a process of its own on the suite's
PostgreSQL database (`TASKS_BACKEND=database`), picks up what the portal queued and does it.

PostgreSQL only: the SQLite test database lives in this process's memory, where no other process can
read the queue.
"""

import os
import signal
import subprocess
import sys
import time

import pytest
from django.db import connection
from django_tasks import task
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page

from .services import PROJECT, wait_for

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="runs with DATABASE_URL=postgres://… only (the PostgreSQL pass of .ci/run): the worker is "
    "another process, and SQLite's test database lives in this one's memory",
)


@task()
def count_live_pages():
    return Page.objects.live().count()


def suite_database_url():
    db = connection.settings_dict
    credentials = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{credentials}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


@pytest.fixture
def worker(database_tasks, tmp_path):
    """`manage.py db_worker` on the test database, its media in the test's folder; stopped by SIGTERM.

    The test settings, as the production ones would need collected static files for the page that
    the rendition warm-up renders; the task backend is production's.
    """
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE"))}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.test",
        DATABASE_URL=suite_database_url(),
        TASKS_BACKEND="database",
        MEDIA_ROOT=str(tmp_path / "media"),
    )
    with open(tmp_path / "worker.log", "w+") as log:
        process = subprocess.Popen(
            [sys.executable, "manage.py", "db_worker", "--interval", "0.2", "--no-startup-delay", "-v", "2"],
            cwd=PROJECT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        yield process
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=30)
        log.seek(0)
        print(log.read())  # shown by pytest when the test fails


def test_the_worker_process_does_the_tasks_queued_while_it_runs(worker, home_page):
    time.sleep(0.5)
    assert worker.poll() is None, "the worker is running"
    home_page.title = "Study in Białystok, updated"
    home_page.save_revision().publish()
    counted = count_live_pages.enqueue()
    queued = DBTaskResult.objects.all()
    wagtail_work = queued.filter(task_path__endswith="update_reference_index_task")
    assert wagtail_work.exists(), "publishing queued Wagtail's own work"

    wait_for(lambda: not queued.exclude(status__in=["SUCCESSFUL", "FAILED"]).exists(), 90, "the queued work")

    assert not queued.exclude(status="SUCCESSFUL").exists(), list(
        queued.values_list("task_path", "traceback")
    )
    done = DBTaskResult.objects.get(id=counted.id)
    assert done.return_value == Page.objects.live().count() >= 2, "the worker read the portal's database"
    assert done.worker_ids and all(worker_id for worker_id in done.worker_ids)

    worker.send_signal(signal.SIGTERM)
    assert worker.wait(timeout=30) == 0, "the worker stops cleanly between tasks"
