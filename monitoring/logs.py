"""One structured line per request, a request id on every log line, and the formats of the log.

The request line holds no personal data: no IP address, no user, no user agent, no query string
(search words, e-mail addresses) and no secret path parts (a password reset link is logged as its
route, `…/<uidb64>/<token>/`).
"""

import contextvars
import json
import logging
import re
import time
import uuid

REQUEST_ID_HEADER = "X-Request-ID"
# What a proxy's id may look like: UUIDs, hex, base64-ish ids; anything else is replaced.
VALID_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{8,128}")
# URL arguments that carry secrets, never written to the log.
SECRET_URL_ARGUMENTS = {"token", "uidb64"}

request_id_var = contextvars.ContextVar("request_id", default="-")
request_logger = logging.getLogger("portal.requests")


def request_id_for(request):
    """The id a trusted proxy sent in X-Request-ID when it is well formed, otherwise a new one."""
    sent = request.headers.get(REQUEST_ID_HEADER, "")
    return sent if VALID_REQUEST_ID.fullmatch(sent) else uuid.uuid4().hex


def logged_path(request):
    match = getattr(request, "resolver_match", None)
    if match is not None and SECRET_URL_ARGUMENTS & set(match.kwargs):
        return "/" + match.route
    return request.path


def cache_state(request, response):
    """ "hit" or "miss" when a cache layer said so (request.cache_hit or an X-Cache header), else None."""
    hit = getattr(request, "cache_hit", None)
    if hit is None:
        header = response.get("X-Cache", "").lower()
        if header.startswith("hit"):
            hit = True
        elif header.startswith("miss"):
            hit = False
    return None if hit is None else ("hit" if hit else "miss")


class RequestLogMiddleware:
    """Give the request its id (back in the X-Request-ID header) and log one line when it is answered.

    Successful health probes are not logged: a load balancer asks every few seconds.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.request_id = request_id_for(request)
        token = request_id_var.set(request.request_id)
        started = time.monotonic()
        try:
            response = self.get_response(request)
            response[REQUEST_ID_HEADER] = request.request_id
            if not (request.path_info in ("/healthz", "/readyz") and response.status_code == 200):
                self.log(request, response, (time.monotonic() - started) * 1000)
            return response
        finally:
            request_id_var.reset(token)

    def log(self, request, response, duration_ms):
        fields = {
            "method": request.method,
            "path": logged_path(request),
            "status": response.status_code,
            "duration_ms": round(duration_ms, 1),
            "cache": cache_state(request, response),
        }
        request_logger.info(
            "%s %s %s %.1fms", fields["method"], fields["path"], fields["status"], duration_ms, extra=fields
        )


class RequestIdFilter(logging.Filter):
    """Put the current request's id on every record ("-" outside a request)."""

    def filter(self, record):
        if not hasattr(record, "request_id"):
            record.request_id = request_id_var.get()
        return True


class OncePerInterval(logging.Filter):
    """Let one record through per `seconds`, as one line without its traceback.

    django-redis logs every cache call that it ignores while Redis is down; the log needs one line.
    """

    def __init__(self, seconds=60, message="", name=""):
        super().__init__(name)
        self.seconds = seconds
        self.message = message
        self.last = None

    def filter(self, record):
        now = time.monotonic()
        if self.last is not None and now - self.last < self.seconds:
            return False
        self.last = now
        if self.message:
            error = record.exc_info[1] if record.exc_info else None
            cause = type(error.__cause__ or error).__name__ if error else ""
            record.msg, record.args = f"{self.message} ({cause})" if cause else self.message, ()
        record.exc_info = record.exc_text = None
        return True


# Attributes every LogRecord has; anything else on a record is a field given through `extra`.
STANDARD_ATTRIBUTES = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime"}


class JSONFormatter(logging.Formatter):
    """One JSON object per line: time (UTC), level, logger, message, request id, extra fields, the error.

    Only plain values of `extra` are written: Django puts the request object itself on its records,
    and its text would bring the query string back.
    """

    converter = time.gmtime

    def format(self, record):
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S") + f".{int(record.msecs):03d}Z",
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update(
            (key, value)
            for key, value in vars(record).items()
            if key not in STANDARD_ATTRIBUTES
            and key not in entry
            and not key.startswith("_")
            and isinstance(value, str | int | float | bool | list | None)
        )
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


class TextFormatter(logging.Formatter):
    """`time level logger [request id] message`, then the traceback on the following lines."""

    def __init__(self):
        super().__init__("%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s")

    def format(self, record):
        record.request_id = getattr(record, "request_id", "-")
        return super().format(record)
