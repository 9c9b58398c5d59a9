"""The demo content of `load_demo`, built once per test run and copied into each test that needs it.

Building the demo takes far longer than copying a database, so the first pytest process (of the xdist
workers, each with its own test database) that has a test asking for it builds it and saves it in the
run's shared temporary folder, under a file lock; the other workers wait for that lock and copy the
same snapshot:

- SQLite: the test database lives in memory; sqlite3's backup API saves it to a file in the session's
  temporary folder, and copies that file back into the in-memory database for each test.
- PostgreSQL: the demo is built in a database of its own, created from the builder's empty test
  database; each test drops its test database and creates it again with `CREATE DATABASE … TEMPLATE`
  that database. The last worker to finish drops it.

The demo's images and documents are written to the snapshot's own media folder, which each test gets a
copy of: a test may delete or replace files without touching the next test's.
"""

import contextlib
import fcntl
import io
import json
import os
import shutil
import sqlite3

from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from wagtail.models import Collection, Page, Site


def ensure_tree_roots():
    """The root page and root collection that Wagtail's migrations create and a flush removes."""
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")
    return Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))


class DemoSnapshot:
    """The demo database and media of one test session; `restore` copies them into the running test."""

    def __init__(self, folder):
        self.folder = folder
        self.media = folder / "media"
        self.state = folder / "state.json"
        self.output = ""

    @classmethod
    def for_connection(cls, folder):
        engines = {"sqlite": SQLiteSnapshot, "postgresql": PostgreSQLSnapshot}
        return engines[connection.vendor](folder)

    @contextlib.contextmanager
    def locked(self):
        """One worker at a time builds, counts or discards the run's snapshot."""
        self.folder.mkdir(parents=True, exist_ok=True)
        with open(self.folder / "lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            yield

    def acquire(self):
        """Use the run's snapshot, building it first if no worker has (or the last one discarded it)."""
        with self.locked():
            if self.state.exists():
                state = json.loads(self.state.read_text())
            else:
                self.save(self.load_demo)
                state = {"output": self.output, "users": 0}
            self.output = state["output"]
            state["users"] += 1
            self.state.write_text(json.dumps(state))

    def release(self):
        """Stop using the snapshot; the last worker using it discards it."""
        with self.locked():
            state = json.loads(self.state.read_text())
            state["users"] -= 1
            if state["users"]:
                self.state.write_text(json.dumps(state))
            else:
                self.discard()
                self.state.unlink()
                shutil.rmtree(self.media, ignore_errors=True)

    def load_demo(self):
        out = io.StringIO()
        with override_settings(MEDIA_ROOT=self.media):
            ensure_tree_roots()
            call_command("load_demo", stdout=out)
        self.output = out.getvalue()

    def restore(self, media_root):
        """Replace the test database with the demo; returns the test's copy of the demo's media."""
        self.copy_into_test_database()
        # What Django and Wagtail cached about the database before it was replaced.
        ContentType.objects.clear_cache()
        Site.clear_site_root_paths_cache()
        for cache in caches.all(initialized_only=True):
            if isinstance(cache, LocMemCache):
                cache.clear()
        shutil.copytree(self.media, media_root)
        return media_root

    def save(self, load):
        """Run `load` on a database that becomes the snapshot, leaving the test database as it was."""
        raise NotImplementedError

    def copy_into_test_database(self):
        raise NotImplementedError

    def discard(self):
        """Remove what the snapshot keeps outside the session's temporary folder."""


class SQLiteSnapshot(DemoSnapshot):
    def save(self, load):
        before = self.folder / "before.sqlite3"
        self.backup(to=before)
        load()
        self.backup(to=self.folder / "demo.sqlite3")
        self.backup(source=before)

    def copy_into_test_database(self):
        self.backup(source=self.folder / "demo.sqlite3")

    @staticmethod
    def backup(to=None, source=None):
        """Copy the test database to the file `to`, or the file `source` into the test database."""
        connection.ensure_connection()
        with contextlib.closing(sqlite3.connect(to or source)) as file:
            if to:
                connection.connection.backup(file)
            else:
                file.backup(connection.connection)


class PostgreSQLSnapshot(DemoSnapshot):
    def __init__(self, folder):
        super().__init__(folder)
        self.database = connection.settings_dict["NAME"]
        # One template for the run, whichever xdist worker (test_x_gw0, test_x_gw1) builds it.
        worker = os.environ.get("PYTEST_XDIST_WORKER", "")
        self.template = f"{self.database.removesuffix(f'_{worker}')}_demo"

    def save(self, load):
        self.discard()
        self.copy_database(self.database, to=self.template)
        connection.settings_dict["NAME"] = self.template
        try:
            load()
        finally:
            connection.close()
            connection.settings_dict["NAME"] = self.database

    def copy_into_test_database(self):
        self.execute(f"DROP DATABASE {self.quoted(self.database)} WITH (FORCE)")
        self.copy_database(self.template, to=self.database)

    def discard(self):
        self.execute(f"DROP DATABASE IF EXISTS {self.quoted(self.template)} WITH (FORCE)")

    def copy_database(self, template, to):
        # PostgreSQL copies only a database without sessions: end those the live server left open.
        self.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            [template],
        )
        self.execute(f"CREATE DATABASE {self.quoted(to)} TEMPLATE {self.quoted(template)}")

    @staticmethod
    def quoted(name):
        return connection.ops.quote_name(name)

    @staticmethod
    def execute(statement, params=None):
        connection.close()
        with connection._nodb_cursor() as cursor:
            cursor.execute(statement, params)
