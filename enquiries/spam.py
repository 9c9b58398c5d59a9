"""Spam defences of the enquiry form that need no third party and block no real student.

- A honeypot field, hidden by the stylesheet (and so from screen readers), labelled "leave empty"
  for the rare visitor who sees it without styles.
- A signed form token from the moment the form was shown: sent faster than a person can type, too
  old, tampered with or sent twice, and the form comes back with a message, keeping what was typed.
- A per-client limit of stored enquiries per hour, counted by core.ratelimit in the shared cache
  (Redis in production).
"""

import secrets
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache

from core import ratelimit

SIGNING_SALT = "enquiries.form-token"
RATE_SCOPE = "enquiry"
RATE_WINDOW_SECONDS = 3600


def min_fill_seconds():
    return getattr(settings, "ENQUIRIES_MIN_FILL_SECONDS", 3)


def token_max_age():
    """A form may stay open this long (a day by default): students write carefully, and slowly."""
    return getattr(settings, "ENQUIRIES_FORM_MAX_AGE", 24 * 3600)


def rate_limit():
    return getattr(settings, "ENQUIRIES_RATE_LIMIT", 5)


def new_token():
    return signing.dumps({"nonce": secrets.token_urlsafe(12), "at": time.time()}, salt=SIGNING_SALT)


class TokenProblem(Exception):
    """Why a form token is refused; the message is for the student."""


def read_token(token):
    """The nonce of a valid token that is old enough; raises TokenProblem otherwise."""
    try:
        data = signing.loads(token or "", salt=SIGNING_SALT, max_age=token_max_age())
        nonce, shown_at = str(data["nonce"]), float(data["at"])
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise TokenProblem("invalid") from error
    if time.time() - shown_at < min_fill_seconds():
        raise TokenProblem("too_fast")
    if cache.get(used_key(nonce)):
        raise TokenProblem("used")
    return nonce


def used_key(nonce):
    return f"enquiries:used:{nonce}"


def spend_token(nonce):
    """Mark the token as used; False when another request spent it first."""
    return cache.add(used_key(nonce), 1, timeout=token_max_age())


def over_rate_limit(request):
    """The client stored `rate_limit()` enquiries in this hour already (core.ratelimit counts them)."""
    return ratelimit.count(RATE_SCOPE, request, RATE_WINDOW_SECONDS) >= rate_limit()


def count_enquiry(request):
    ratelimit.record(RATE_SCOPE, request, RATE_WINDOW_SECONDS)
