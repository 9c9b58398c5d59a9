"""The search layer: cleans the visitor's query and runs it on the configured backend.

When the configured backend (Elasticsearch) cannot be reached, the query runs on the database
backend named "fallback" in WAGTAILSEARCH_BACKENDS; without one, SearchUnavailable is raised.
The outage is logged once, not on every request.
"""

import logging
import re
from collections.abc import Sequence

from django.conf import settings
from django.core.paginator import Paginator
from elastic_transport import TransportError
from elasticsearch import ApiError
from wagtail.search.backends import get_search_backend

from .highlight import matcher

logger = logging.getLogger(__name__)

# Long enough for any real question; bounded before any parser sees it (cf. CVE-2024-39317).
MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
# The search server is unreachable, times out or answers with an error.
UNAVAILABLE_ERRORS = (TransportError, ApiError)
WORD = re.compile(r"\w+")
# The backends rank by word statistics, which favour short pages that mention a word in passing.
# The best RERANK_DEPTH of their results are put in the order a reader expects (TitleFirst).
RERANK_DEPTH = 30


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


class TitleFirst(Sequence):
    """A backend's results, the first RERANK_DEPTH of them ordered by how well their titles match.

    A page whose title has more of the query's words comes first; among pages whose titles match
    equally, the one whose text mentions the words more often; then the backend's own order. Only
    the top is re-ranked (the rest keeps the backend's order), and the count is the backend's.
    """

    def __init__(self, results, query, text_of):
        self.results = results
        self.patterns = [matcher([term]) for term in dict.fromkeys(query_terms(query))]
        self.text_of = text_of
        self._top = None
        self._count = None

    def count(self):
        if self._count is None:
            self._count = self.results.count()
        return self._count

    def __len__(self):
        return self.count()

    def _score(self, page):
        in_title = sum(1 for pattern in self.patterns if pattern.search(page.title))
        text = self.text_of(page)
        return in_title, sum(len(pattern.findall(text)) for pattern in self.patterns)

    def top(self):
        if self._top is None:
            found = list(self.results[:RERANK_DEPTH])
            scores = {page.pk: self._score(page) for page in found}
            self._top = sorted(found, key=lambda page: scores[page.pk], reverse=True)
        return self._top

    def __getitem__(self, index):
        # The paginator asks for slices with a start and a stop; nothing else is needed.
        start, stop = index.start or 0, index.stop
        if start >= RERANK_DEPTH:
            return list(self.results[start:stop])
        head = self.top()[start:stop]
        if stop is not None and stop <= RERANK_DEPTH:
            return head
        return head + list(self.results[RERANK_DEPTH:stop])


def search_page(queryset, query, number, per_page, text_of):
    """One page of results, evaluated here so that backend errors surface inside `run`.

    `text_of(page)` is the text a page is indexed with, for TitleFirst's ordering.
    """

    def operation(backend):
        # "or": a page matching some of the words still shows up, the best matches first.
        results = TitleFirst(backend.search(query, queryset, operator="or"), query, text_of)
        paginator = Paginator(results, per_page)
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
