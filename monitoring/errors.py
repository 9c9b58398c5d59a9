"""What visitors see when the portal fails, and the optional error tracker.

A database that restarts or is briefly unreachable is an outage, not a bug: the request gets a short,
translated "503 try again" page; the connection is dropped at the end of the request (Django closes a
connection whose query failed) and the next request connects again (CONN_HEALTH_CHECKS).
"""

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import get_template
from django.utils import translation

from .logs import request_id_var

DATABASE_OUTAGE = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 10


def server_error(request):
    """handler500: a translated 503 for a database outage, the translated 500 page otherwise.

    Rendered without a request context: the templates must not depend on anything that can fail.
    """
    error = sys.exc_info()[1]
    language = translation.get_language_from_path(request.path_info) or translation.get_language()
    with translation.override(language):
        if isinstance(error, DATABASE_OUTAGE):
            response = HttpResponse(get_template("503.html").render(), status=503)
            response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        else:
            response = HttpResponse(get_template("500.html").render(), status=500)
    response["Cache-Control"] = "no-store"
    return response


def start_error_tracker():
    """Send unhandled errors to Sentry (or a Sentry-compatible server) when SENTRY_DSN is set.

    No personal data is sent: no IP address, cookies, user or request body; the request id goes along
    as a tag, so an event and its log lines are found together.
    """
    if not settings.SENTRY_DSN:
        return
    import sentry_sdk

    sentry_sdk.init(
        dsn=settings.SENTRY_DSN,
        environment=settings.SENTRY_ENVIRONMENT,
        send_default_pii=False,
        max_request_body_size="never",
        # Stack frames' local variables hold the request, with its query string and cookies.
        include_local_variables=False,
        traces_sample_rate=0,
        before_send=prepare_event,
    )


def prepare_event(event, hint):
    """Tag the event with the request id and drop what could identify a visitor."""
    event.setdefault("tags", {})["request_id"] = request_id_var.get()
    request = event.get("request")
    if request:
        request.pop("cookies", None)
        request.pop("query_string", None)
        request.pop("data", None)
        request.pop("env", None)
        request["headers"] = {
            name: value
            for name, value in request.get("headers", {}).items()
            if name.lower() in {"host", "x-request-id", "accept-language"}
        }
    event.pop("user", None)
    return event
