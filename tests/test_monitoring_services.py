"""Faults survived and two app servers, with real services: our own PostgreSQL cluster and Redis
server, and the portal under gunicorn with the production settings, all on 127.0.0.1.

Every wait is bounded (service start-up, request timeouts); nothing here touches the machine's shared
PostgreSQL or Redis.

The suite's own database plays no part here, so these tests run when the suite runs on PostgreSQL (the
second pass of `.ci/run`), not twice in CI; on SQLite they are skipped, and pytest says why.
"""

import json
import re
import subprocess
import threading
import time
import uuid
from html.parser import HTMLParser
from urllib.parse import urlencode

import psycopg
import pytest
from django.db import connection

from .services import Gunicorn, PostgresCluster, RedisServer, manage, portal_environment, request

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="runs with DATABASE_URL=postgres://… only (the PostgreSQL pass of .ci/run): it starts a "
    "PostgreSQL cluster, Redis and gunicorn of its own, whatever the suite's database",
)

SEED = """
from django.contrib.auth import get_user_model
from wagtail.models import Site
from privacy.models import ConsentSettings
from tests.conftest import ensure_tree_roots, publish_translation
from tests.factories import ContentPageFactory, HomePageFactory

root = ensure_tree_roots()
root.get_children().delete()
home = HomePageFactory(parent=root)
Site.objects.update_or_create(is_default_site=True, defaults={"root_page": home, "hostname": "localhost"})
publish_translation(home, "pl")
ContentPageFactory(parent=home, title="Housing", slug="housing", intro="Where students live.")
ConsentSettings.objects.create(
    locale=home.locale, banner_text="We would like to count visits.", necessary_description="Your choice."
)
get_user_model().objects.create_superuser("editor", "editor@example.org", "a-long-test-password")
"""


@pytest.fixture(scope="module")
def postgres(tmp_path_factory):
    """Our own PostgreSQL cluster with one migrated portal database holding a small site."""
    cluster = PostgresCluster()
    try:
        cluster.start()
        cluster.create_database("sib_ops_services")
        static_root = tmp_path_factory.mktemp("static")
        env = portal_environment(cluster.url("sib_ops_services"), STATIC_ROOT=str(static_root))
        manage(env, "migrate", "--noinput")
        manage(env, "collectstatic", "--noinput")
        manage(env, "shell", "-c", SEED)
        cluster.env = env
        yield cluster
    finally:
        cluster.remove()


@pytest.fixture(scope="module")
def redis_server():
    server = RedisServer()
    server.start()
    yield server
    if server.process.poll() is None:
        server.stop()


@pytest.fixture
def start_app(postgres, tmp_path):
    """Starts gunicorn instances on our database; returns a function taking extra environment variables."""
    started = []

    def start(workers=1, **env):
        # Without REDIS_URL the servers of one test share their cache folder, as one machine's would.
        env = {"CACHE_DIR": str(tmp_path / "cache"), **env}
        server = Gunicorn({**postgres.env, **env}, tmp_path / f"gunicorn-{len(started)}.log", workers=workers)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


def log_entries(server, logger):
    entries = []
    for line in server.log_path.read_text().splitlines():
        if line.startswith("{"):
            entry = json.loads(line)
            if entry["logger"] == logger:
                entries.append(entry)
    return entries


def request_in_thread(app, path):
    """Send a GET in the background; returns the thread and where its (status, headers, body) lands."""
    answer = {}
    thread = threading.Thread(target=lambda: answer.update(result=app.get(path, timeout=60)), daemon=True)
    thread.start()
    return thread, answer


def wait_until(condition, seconds, what):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.1)


def test_postgres_restart_gives_requests_in_flight_a_localized_503_and_the_next_ones_succeed(
    postgres, start_app
):
    # The page cache off: the request in flight must reach the database.
    app = start_app(DB_CONN_MAX_AGE="600", PAGE_CACHE_TIMEOUT="0")
    assert app.get("/pl/")[0] == 200  # the worker now holds a persistent connection
    # A table lock of our own keeps the next page request waiting inside PostgreSQL: a request in flight.
    locker = psycopg.connect(postgres.url("sib_ops_services"))
    locker.execute("LOCK TABLE wagtailcore_site IN ACCESS EXCLUSIVE MODE")
    in_flight, answer = request_in_thread(app, "/pl/")
    with psycopg.connect(postgres.url("sib_ops_services"), autocommit=True) as watcher:
        waiting = "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
        wait_until(lambda: watcher.execute(waiting).fetchone()[0] == 1, 30, "the request never waited")
    postgres.stop()  # "fast": PostgreSQL cuts every open session, the lock's and the app's
    locker.close()
    in_flight.join(timeout=60)
    status, headers, body = answer["result"]
    assert status == 503
    assert headers["Retry-After"] == "10" and headers["Cache-Control"] == "no-store"
    assert '<html lang="pl" dir="ltr">' in body and "Portal jest chwilowo niedostępny" in body
    assert "Traceback" not in body and "psycopg" not in body
    failed_id = headers["X-Request-ID"]

    # While it is down every request is answered at once with the same page, and readiness says so.
    assert app.get("/en/")[0] == 503
    status, _headers, body = app.get("/readyz")
    assert status == 503 and json.loads(body)["checks"]["database"] == "down"

    postgres.start()
    pid = app.process.pid
    answers = [app.get(path) for path in ("/pl/", "/en/", "/en/housing/", "/pl/", "/en/")]
    assert [status for status, _headers, _body in answers] == [200] * 5
    assert app.process.pid == pid and app.process.poll() is None  # the same process, never restarted
    assert json.loads(app.get("/readyz")[2])["status"] == "ready"

    errors = log_entries(app, "django.request")
    assert any(entry["request_id"] == failed_id and entry["status_code"] == 503 for entry in errors)
    statuses = [entry["status"] for entry in log_entries(app, "portal.requests")]
    assert statuses[-5:] == [200] * 5 and statuses.count(503) >= 2


def test_redis_stopped_pages_render_uncached_with_one_log_line(postgres, redis_server, start_app):
    prefix = f"sib-test-{uuid.uuid4().hex[:8]}"
    app = start_app(REDIS_URL=redis_server.url(), CACHE_KEY_PREFIX=prefix)
    first = app.get("/en/")
    assert first[0] == 200 and "We would like to count visits." in first[2]
    assert redis_keys(redis_server, prefix), "the portal did not use Redis"

    redis_server.stop()
    answers = [app.get(path) for path in ("/en/", "/pl/", "/en/housing/", "/en/search/?q=housing", "/en/")]
    assert [status for status, _headers, _body in answers] == [200] * 5
    assert "We would like to count visits." in answers[0][2]
    assert ">Housing<" in answers[3][2]
    status, _headers, body = app.get("/readyz")
    assert status == 200 and json.loads(body) == {
        "status": "degraded",
        "checks": {"database": "ok", "cache": "down", "storage": "ok", "search": "ok"},
    }
    [outage] = log_entries(app, "monitoring.cache")
    assert outage["level"] == "ERROR" and "pages are served uncached" in outage["message"]
    assert "exception" not in outage

    redis_server.start()
    assert app.get("/en/")[0] == 200
    assert redis_keys(redis_server, prefix), "caching did not resume"
    assert json.loads(app.get("/readyz")[2])["status"] == "ready"


def redis_keys(server, prefix):
    result = subprocess.run(
        ["redis-cli", "-p", str(server.port), "--scan", "--pattern", f"{prefix}:*"],
        capture_output=True,
        text=True,
        timeout=10,
    )
    return result.stdout.split()


class FormFields(HTMLParser):
    """The fields a browser would submit from the form with `form_id`: inputs, checkboxes, textareas, selects."""

    def __init__(self, html, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id, self.inside, self.fields = form_id, False, []
        self.textarea = self.select = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        if not self.inside or "name" not in attrs and tag != "option":
            return
        if tag == "input" and attrs.get("type") not in {"submit", "button", "file", "image"}:
            if attrs.get("type") not in {"checkbox", "radio"} or "checked" in attrs:
                self.fields.append([attrs["name"], attrs.get("value", "on" if "checked" in attrs else "")])
        elif tag == "textarea":
            self.textarea = [attrs["name"], ""]
            self.fields.append(self.textarea)
        elif tag == "select":
            self.select = attrs["name"]
        elif tag == "option" and self.select and "selected" in attrs:
            self.fields.append([self.select, attrs.get("value", "")])

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self.textarea = None
        elif tag == "select":
            self.select = None
        elif tag == "form":
            self.inside = False

    def with_values(self, **values):
        fields = [(name, values.pop(name, value)) for name, value in self.fields]
        return fields + list(values.items())


class EditorSession:
    """An editor signed in to the admin of one app server, with its cookies, as a browser over HTTPS."""

    def __init__(self, app, username, password):
        self.app, self.cookies = app, {}
        page = self.send("GET", "/admin/login/")
        form = FormFields(page, "login-form") if 'id="login-form"' in page else None
        token = (
            form.with_values()[0][1]
            if form
            else re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)[1]
        )
        self.send(
            "POST",
            "/admin/login/",
            [("csrfmiddlewaretoken", token), ("username", username), ("password", password)],
        )

    def send(self, method, path, fields=None):
        origin = f"https://127.0.0.1:{self.app.port}"
        headers = {
            "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()),
            "Origin": origin,
            "Referer": origin + path,
        }
        body = None
        if fields is not None:
            body = urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        status, response_headers, text, cookies = request(
            self.app.port, method, path, body=body, headers=headers, with_cookies=True
        )
        self.cookies.update(cookies)
        self.status = status
        return text


def row_id(postgres, query, database="sib_ops_services"):
    with psycopg.connect(postgres.url(database)) as connection:
        return connection.execute(query).fetchone()[0]


@pytest.mark.parametrize("cache", ["redis", "default"])
def test_two_app_servers_on_one_database_and_one_redis_serve_what_either_published(
    postgres, redis_server, start_app, cache
):
    shared = (
        {"REDIS_URL": redis_server.url(), "CACHE_KEY_PREFIX": f"sib-test-{uuid.uuid4().hex[:8]}"}
        if cache == "redis"
        else {}  # the default: the machine's cache folder, two workers each
    )
    workers = 1 if cache == "redis" else 2
    # Each run edits its own copy of the small site.
    database = f"sib_ops_two_servers_{cache}"
    postgres.create_database(database, template="sib_ops_services")
    shared["DATABASE_URL"] = postgres.url(database)
    first, second = start_app(workers, **shared), start_app(workers, **shared)
    # The second server has shown (and cached) everything before the editor changes it on the first.
    before = second.get("/en/")[2]
    assert (
        second.get("/en/")[1]["X-Cache"] == "hit" and second.get("/en/housing/")[1].get("X-Cache") == "miss"
    )
    assert ">Housing</a>" in before and "We would like to count visits." in before
    assert "Dormitories and flats" not in second.get("/en/search/?q=dormitories")[2]

    editor = EditorSession(first, "editor", "a-long-test-password")
    page_id = row_id(postgres, "SELECT id FROM wagtailcore_page WHERE slug = 'housing'", database)
    edit_page = f"/admin/pages/{page_id}/edit/"
    form = FormFields(editor.send("GET", edit_page), "page-edit-form")
    # Wagtail's script writes the stream field's count; an empty body has none.
    changes = {"title": "Dormitories and flats", "intro": "Rooms near the campus.", "body-count": "0"}
    editor.send("POST", edit_page, form.with_values(**changes, **{"action-publish": "action-publish"}))
    assert editor.status == 302
    consent_id = row_id(postgres, "SELECT id FROM privacy_consentsettings", database)
    edit_consent = f"/admin/snippets/privacy/consentsettings/edit/{consent_id}/"
    form = FormFields(editor.send("GET", edit_consent), "w-editor-form")
    editor.send("POST", edit_consent, form.with_values(banner_text="We count visits, never who you are."))
    assert editor.status == 302

    # At once, on the other server: the page, the menu, the cookie banner (cached in Redis) and search.
    page = second.get("/en/housing/")[2]
    assert "Dormitories and flats" in page and "Rooms near the campus." in page
    home = second.get("/en/")[2]
    assert ">Dormitories and flats</a>" in home and ">Housing</a>" not in home
    assert "We count visits, never who you are." in home and "We would like to count visits." not in home
    assert "Dormitories and flats" in second.get("/en/search/?q=dormitories")[2]
