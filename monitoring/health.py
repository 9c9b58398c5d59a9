"""`/healthz` and `/readyz` for load balancers and orchestrators.

Both are answered by the first middleware, before host validation, the HTTPS redirect, sessions,
languages and the Content-Security-Policy: a probe that speaks plain HTTP to an instance's own address
gets its answer, and nothing in it is cached, translated or tied to a visitor.
"""

import json
import logging
import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db import connection
from django.http import HttpResponse
from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)

OK = "ok"
DOWN = "down"
HEALTH_PATHS = ("/healthz", "/readyz")


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache():
    # django-redis ignores connection errors (pages render uncached), so a round trip is the test.
    key = f"monitoring:readyz:{uuid.uuid4().hex}"
    cache.set(key, "1", timeout=10)
    found = cache.get(key)
    cache.delete(key)
    if found != "1":
        raise ConnectionError("the cache did not keep a value")


def check_storage():
    default_storage.exists("readyz-probe")


def check_search():
    backend = get_search_backend()
    client = getattr(backend, "es", None)
    # The database backend is the database, checked above; Elasticsearch answers a ping.
    if (
        client is not None
        and not client.options(request_timeout=settings.READINESS_SEARCH_TIMEOUT, max_retries=0).ping()
    ):
        raise ConnectionError("the search server did not answer")


CHECKS = {
    "database": check_database,
    "cache": check_cache,
    "storage": check_storage,
    "search": check_search,
}


def run_checks():
    """Each service's state, "ok" or "down"; why a service is down goes to the log, never to the probe."""
    results = {}
    for name, check in CHECKS.items():
        started = time.monotonic()
        try:
            check()
        except Exception as error:  # any failure of a service, whatever its client raises, is "down"
            logger.warning("readiness check %s failed: %s", name, type(error).__name__)
            results[name] = DOWN
        else:
            results[name] = OK
        logger.debug("readiness check %s took %.1f ms", name, (time.monotonic() - started) * 1000)
    return results


def readiness():
    """The JSON body and status of `/readyz`.

    "ready" (200) when every service answers; "degraded" (200) when only services the portal
    survives without are down (the cache: pages render uncached; search: the database fallback);
    "not ready" (503) when a required one is down (settings.READINESS_REQUIRED_CHECKS).
    """
    checks = run_checks()
    down = {name for name, state in checks.items() if state == DOWN}
    if down & set(settings.READINESS_REQUIRED_CHECKS):
        status, code = "not ready", 503
    elif down:
        status, code = "degraded", 200
    else:
        status, code = "ready", 200
    return {"status": status, "checks": checks}, code


def probe_response(body, status):
    response = HttpResponse(json.dumps(body), status=status, content_type="application/json")
    response["Cache-Control"] = "no-store"
    return response


class HealthCheckMiddleware:
    """Answer `/healthz` (the process runs; touches nothing) and `/readyz` (its services answer)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == "/healthz":
            return probe_response({"status": "ok"}, 200)
        if request.path_info == "/readyz":
            return probe_response(*readiness())
        return self.get_response(request)
