"""Wagtail's database search, language-aware on PostgreSQL.

modelsearch keeps ONE index table (one row per object) for every database backend entry, and its
PostgreSQL backend stems with a single SEARCH_CONFIG. One backend entry per language would therefore
overwrite each other's rows on every save (and `update_index` would rebuild the table once per entry).
Instead, this backend indexes every page with the configuration of the page's own locale and parses
the query with the configuration of the active language: SEARCH_CONFIGS maps language codes to
PostgreSQL text-search configurations. SQLite (FTS5, no stemming) ranks with column weights
(search/backends/sqlite.py); other databases are unchanged.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.db import connection
from django.utils.translation import get_language
from modelsearch.backends.database import SearchBackend as database_search_backend


# modelsearch looks up a callable named SearchBackend in the module named by BACKEND.
def SearchBackend(params):
    if connection.vendor == "postgresql":
        from .postgres import LocalePostgresSearchBackend

        return LocalePostgresSearchBackend(params)
    backend = database_search_backend(params)
    if connection.vendor == "sqlite":
        # Only with FTS5 (modelsearch's SQLite backend); without it, modelsearch's plain fallback.
        from .sqlite import SQLiteSearchBackend, WeightedSQLiteSearchBackend

        if isinstance(backend, SQLiteSearchBackend):
            return WeightedSQLiteSearchBackend(params)
    return backend


@contextmanager
def indexing_config(backend, config):
    """Index with `config` instead of the active language's configuration."""
    backend.indexing_config = config
    try:
        yield
    finally:
        backend.indexing_config = None


_every_language = ContextVar("search_every_language", default=False)


@contextmanager
def every_language():
    """Searches in this block look through the pages of every language ("all languages")."""
    token = _every_language.set(True)
    try:
        yield
    finally:
        _every_language.reset(token)


def searched_languages():
    """Besides the active language, whose pages a search looks through: the default language's
    (core.localization's fallback), or every language's inside `every_language()`."""
    if _every_language.get():
        return [code for code, _name in settings.LANGUAGES]
    return [settings.LANGUAGE_CODE]


def active_config(configs, default):
    return configs.get((get_language() or "").split("-")[0], default)
