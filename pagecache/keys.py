"""What one anonymous request is cached under: its normalised URL, language and consent state.

A request that cannot be cached (a session, form or message cookie, an unknown or oversized query)
gets no key and is simply served uncached: junk query strings never fill the cache.
"""

import hashlib
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.utils import translation

from privacy.consent import cache_variant

# Query parameters that public views read; any other parameter makes the request uncached.
QUERY_PARAMETERS = frozenset(
    {
        "page",
        "q",
        "type",
        "all_languages",
        "month",
        "kind",
        "institution",
        "level",
        "language",
        "field",
        "tag",
        "year",
        "view",
        "citizenship",
    }
)
MAX_QUERY_LENGTH = 512
MAX_QUERY_VALUES = 20
# Cookies that make a response personal: the visitor is logged in, has a message waiting, or a form.
PERSONAL_COOKIES = ("sessionid", "messages")


def normalised_query(query_string):
    """The query with its parameters sorted and empty values dropped, or None when it is not cacheable."""
    if len(query_string) > MAX_QUERY_LENGTH:
        return None
    pairs = parse_qsl(query_string, keep_blank_values=False)
    if len(pairs) > MAX_QUERY_VALUES or any(name not in QUERY_PARAMETERS for name, _value in pairs):
        return None
    return urlencode(sorted(pairs))


def personal(request):
    names = {settings.SESSION_COOKIE_NAME, *PERSONAL_COOKIES}
    return any(name in request.COOKIES for name in names)


def request_key(request):
    """The cache key of this request, or None when it must not be served from the cache."""
    if request.method not in ("GET", "HEAD") or personal(request):
        return None
    if request.path_info.startswith(tuple(settings.PAGE_CACHE_EXCLUDED_PATHS)):
        return None
    query = normalised_query(request.META.get("QUERY_STRING", ""))
    if query is None:
        return None
    language = translation.get_language_from_request(request, check_path=True)
    parts = "\n".join((request.get_host(), request.path, query, language, cache_variant(request)))
    return "pagecache:response:" + hashlib.sha256(parts.encode()).hexdigest()
