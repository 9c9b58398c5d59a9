"""/healthz and /readyz: answered first, cheap, never cached, no secrets; outages make /readyz say so."""

import json
import runpy
from pathlib import Path

import pytest
from django.conf import settings as django_settings

from .smtp import free_port

BASE_SETTINGS = Path(django_settings.BASE_DIR) / "portal" / "settings" / "base.py"


def portal_settings(monkeypatch, **env):
    """portal/settings/base.py read again with these environment variables."""
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(BASE_SETTINGS))


def test_healthz_answers_without_the_database_host_check_or_https_redirect(client, settings):
    # No django_db mark: any query would make the test fail.
    settings.ALLOWED_HOSTS = ["studyinbialystok.example"]
    settings.SECURE_SSL_REDIRECT = True
    response = client.get("/healthz", HTTP_HOST="10.0.0.7:8000")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert response["Cache-Control"] == "no-store"
    assert "Set-Cookie" not in response and "Content-Security-Policy" not in response


@pytest.mark.django_db
def test_readyz_reports_each_service_when_all_answer(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Cache-Control"] == "no-store"
    assert response.json() == {
        "status": "ready",
        "checks": {"database": "ok", "cache": "ok", "storage": "ok", "search": "ok"},
    }


@pytest.mark.django_db
def test_readyz_is_degraded_but_serving_when_elasticsearch_is_down(client, settings, monkeypatch):
    backends = portal_settings(monkeypatch, ELASTICSEARCH_URL=f"http://127.0.0.1:{free_port()}")[
        "WAGTAILSEARCH_BACKENDS"
    ]
    settings.WAGTAILSEARCH_BACKENDS = backends
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["status"] == "degraded"
    assert response.json()["checks"]["search"] == "down"


@pytest.mark.django_db
def test_readyz_is_degraded_but_serving_when_redis_is_down(client, settings, monkeypatch):
    port = free_port()
    settings.CACHES = portal_settings(monkeypatch, REDIS_URL=f"redis://127.0.0.1:{port}/0")["CACHES"]
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "degraded",
        "checks": {"database": "ok", "cache": "down", "storage": "ok", "search": "ok"},
    }
    assert str(port) not in response.text


@pytest.mark.django_db
def test_readyz_answers_503_when_a_required_service_is_down(client, settings, monkeypatch):
    settings.CACHES = portal_settings(monkeypatch, REDIS_URL=f"redis://:secret@127.0.0.1:{free_port()}/0")[
        "CACHES"
    ]
    settings.READINESS_REQUIRED_CHECKS = ["database", "cache"]
    response = client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "not ready" and body["checks"]["cache"] == "down"
    assert "secret" not in response.text and "Traceback" not in response.text
    assert set(json.loads(response.content)) == {"status", "checks"}
