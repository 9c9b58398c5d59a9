"""The search layer: cleans the visitor's query and runs it on the configured backend.

When the configured backend (Elasticsearch) cannot be reached, the query runs on the database
backend named "fallback" in WAGTAILSEARCH_BACKENDS; without one, SearchUnavailable is raised.
The outage is logged once, not on every request.
"""

import logging
import re

from django.conf import settings
from django.core.paginator import Paginator
from elastic_transport import TransportError
from elasticsearch import ApiError
from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)

# Long enough for any real question; bounded before any parser sees it (cf. CVE-2024-39317).
MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
# The search server is unreachable, times out or answers with an error.
UNAVAILABLE_ERRORS = (TransportError, ApiError)
WORD = re.compile(r"\w+")


class SearchUnavailable(Exception):
    """The configured search backend failed and no fallback is configured."""


class _Outage:
    logged = False


def clean_query(raw):
    """The words of the query, without operators or punctuation, truncated to a sane length."""
    words = WORD.findall((raw or "")[:MAX_QUERY_LENGTH])
    return " ".join(words[:MAX_TERMS])


def query_terms(query):
    return [word.lower() for word in WORD.findall(query)]


def run(operation):
    """Run `operation(backend)` on the default backend, on the fallback one if it is unreachable."""
    try:
        result = operation(get_search_backend("default"))
    except UNAVAILABLE_ERRORS as error:
        if not _Outage.logged:
            logger.error("Search backend unavailable, using the fallback: %s", error)
            _Outage.logged = True
        if "fallback" not in settings.WAGTAILSEARCH_BACKENDS:
            raise SearchUnavailable from error
        return operation(get_search_backend("fallback"))
    if _Outage.logged:
        logger.warning("Search backend available again")
        _Outage.logged = False
    return result


def search_page(queryset, query, number, per_page):
    """One page of results, evaluated here so that backend errors surface inside `run`."""

    def operation(backend):
        # "or": a page matching some of the words still shows up, the best matches first.
        paginator = Paginator(backend.search(query, queryset, operator="or"), per_page)
        page = paginator.get_page(number)
        page.object_list = list(page.object_list)
        return page

    return run(operation)


def autocomplete_pages(queryset, query, limit):
    def operation(backend):
        try:
            return list(backend.autocomplete(query, queryset)[:limit])
        except NotImplementedError:
            # Backends without prefix matching (the plain database fallback) search whole words.
            return list(backend.search(query, queryset, operator="or")[:limit])

    return run(operation)
