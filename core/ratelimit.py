"""How often one client may do something that costs the portal a row or a password check.

Counters live in the shared cache (Redis in production), so every worker process sees the same
count; a counter is a fixed window of `period` seconds. Clients are told apart by their address,
as the first proxy in front of the portal reports it (REMOTE_ADDR; see docs/security.md).
"""

import hashlib
import time

from django.core.cache import cache


def client_address(request):
    return request.META.get("REMOTE_ADDR", "")


def _key(scope, request, period, extra=""):
    window = int(time.time() // period)
    client = hashlib.sha256(f"{client_address(request)}|{extra}".encode()).hexdigest()[:32]
    return f"ratelimit:{scope}:{window}:{client}"


def count(scope, request, period, extra=""):
    """How many times this client did `scope` in the current window."""
    return cache.get(_key(scope, request, period, extra), 0)


def record(scope, request, period, extra=""):
    """Count one more `scope` for this client; the new count."""
    key = _key(scope, request, period, extra)
    cache.add(key, 0, timeout=period)
    try:
        # None when Redis is down and its errors are ignored: nothing is limited meanwhile.
        return cache.incr(key) or 0
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, timeout=period)
        return 1


def allow(scope, request, limit, period, extra=""):
    """Count this `scope` and say whether the client is still within `limit` per `period` seconds."""
    return record(scope, request, period, extra) <= limit
