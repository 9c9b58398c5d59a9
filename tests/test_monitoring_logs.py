"""One log line per request in JSON or text, with its request id; errors carry the id; no personal data."""

import gzip
import io
import json
import logging
import re
import runpy
import subprocess
import sys
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.utils.module_loading import import_string

from .protocol_servers import http_server

PROJECT = Path(django_settings.BASE_DIR)
BASE_SETTINGS = PROJECT / "portal" / "settings" / "base.py"
GENERATED_ID = re.compile(r"[0-9a-f]{32}")


@pytest.fixture
def log_output(monkeypatch):
    """Returns a function that sets LOG_FORMAT and gives the stream the portal's console handler writes."""
    root = logging.getLogger()
    handlers = []

    def configure(log_format):
        monkeypatch.setenv("LOG_FORMAT", log_format)
        logging_settings = runpy.run_path(str(BASE_SETTINGS))["LOGGING"]
        console = logging_settings["handlers"]["console"]
        stream = io.StringIO()
        handler = logging.StreamHandler(stream)
        handler.setFormatter(import_string(logging_settings["formatters"][console["formatter"]]["()"])())
        for name in console["filters"]:
            handler.addFilter(import_string(logging_settings["filters"][name]["()"])())
        root.addHandler(handler)
        handlers.append(handler)
        return stream

    yield configure
    for handler in handlers:
        root.removeHandler(handler)


def request_lines(stream):
    return [line for line in stream.getvalue().splitlines() if "portal.requests" in line]


def test_each_request_is_one_json_line_without_personal_data(client, translated_home, log_output):
    stream = log_output("json")
    response = client.get(
        "/pl/?q=jan.kowalski@example.com",
        HTTP_X_REQUEST_ID="lb-7f3a9c01",
        REMOTE_ADDR="203.0.113.9",
        HTTP_USER_AGENT="Firefox",
    )
    assert response.status_code == 200
    assert response["X-Request-ID"] == "lb-7f3a9c01"
    [line] = request_lines(stream)
    entry = json.loads(line)
    assert entry["logger"] == "portal.requests" and entry["level"] == "INFO"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", entry["time"])
    assert {key: entry[key] for key in ("method", "path", "status", "cache", "request_id")} == {
        "method": "GET",
        "path": "/pl/",
        "status": 200,
        "cache": None,
        "request_id": "lb-7f3a9c01",
    }
    assert isinstance(entry["duration_ms"], float) and entry["duration_ms"] > 0
    for personal in ("kowalski", "203.0.113.9", "Firefox"):
        assert personal not in line


def test_text_lines_have_the_same_facts(client, translated_home, log_output):
    stream = log_output("text")
    response = client.get("/en/nowhere/")
    [line] = request_lines(stream)
    request_id = response["X-Request-ID"]
    assert GENERATED_ID.fullmatch(request_id)
    assert re.fullmatch(
        rf"\S+ \S+ INFO portal\.requests \[{request_id}\] GET /en/nowhere/ 404 \d+\.\dms", line
    ), line


@pytest.mark.parametrize("sent", ["short", "has spaces in it", "x" * 200, "id\r\nInjected: yes"])
def test_a_malformed_request_id_is_replaced(client, sent):
    response = client.get("/healthz", HTTP_X_REQUEST_ID=sent)
    assert GENERATED_ID.fullmatch(response["X-Request-ID"])


def test_secret_path_parts_are_logged_as_their_route(client, db, log_output):
    stream = log_output("json")
    client.get("/admin/password_reset/confirm/MTI/cyz6g9-0123456789abcdef/")
    [line] = request_lines(stream)
    assert json.loads(line)["path"] == "/admin/password_reset/confirm/<uidb64>/<token>/"
    assert "cyz6g9" not in line


def test_a_cache_layer_marks_hits(client, settings, log_output):
    settings.ROOT_URLCONF = "tests.failing_urls"
    stream = log_output("json")
    client.get("/cached/")
    assert json.loads(request_lines(stream)[0])["cache"] == "hit"


def test_errors_carry_the_request_id(client, settings, log_output):
    settings.ROOT_URLCONF = "tests.failing_urls"
    client.raise_request_exception = False
    stream = log_output("json")
    response = client.get("/broken/", HTTP_X_REQUEST_ID="req-000000042")
    assert response.status_code == 500
    assert response["X-Request-ID"] == "req-000000042"
    entries = [json.loads(line) for line in stream.getvalue().splitlines()]
    [error] = [entry for entry in entries if entry["logger"] == "django.request"]
    assert error["level"] == "ERROR" and error["request_id"] == "req-000000042"
    assert "ValueError: a bug in a view" in error["exception"]
    assert [entry["status"] for entry in entries if entry["logger"] == "portal.requests"] == [500]


class Collector(BaseHTTPRequestHandler):
    """Takes the envelopes a Sentry SDK posts, as a Sentry server would."""

    received = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        if self.headers.get("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
        Collector.received.append(body)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


SEND_AN_ERROR = """
import django, sentry_sdk
django.setup()
from django.test import Client
client = Client(raise_request_exception=False)
response = client.get(
    "/broken/?email=jan.kowalski@example.com", HTTP_X_REQUEST_ID="req-sentry-0001",
    HTTP_COOKIE="sessionid=s3cr3tsession", REMOTE_ADDR="203.0.113.9",
)
assert response.status_code == 500, response.status_code
sentry_sdk.flush(timeout=10)
"""


def test_the_error_tracker_gets_errors_with_the_request_id_and_no_personal_data():
    Collector.received = []
    with http_server(Collector) as url:
        dsn = url.replace("http://", "http://publickey@") + "/1"
        env = {"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "tests.sentry_settings", "SENTRY_DSN": dsn}
        result = subprocess.run(
            [sys.executable, "-c", SEND_AN_ERROR],
            cwd=PROJECT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 0, result.stderr
    events = [
        json.loads(line)
        for envelope in Collector.received
        for line in envelope.decode().splitlines()
        if '"exception"' in line
    ]
    assert len(events) >= 1
    event = events[0]
    assert event["tags"]["request_id"] == "req-sentry-0001"
    assert event["exception"]["values"][-1]["type"] == "ValueError"
    sent = b"".join(Collector.received).decode()
    for personal in ("kowalski", "s3cr3tsession", "203.0.113.9"):
        assert personal not in sent
