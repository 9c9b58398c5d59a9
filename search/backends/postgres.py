"""PostgreSQL full-text search with one text-search configuration per locale.

modelsearch matches `title || body @@ query`: the concatenated vector has no index, so every index
entry is read and concatenated on every search (a sequential scan, measured in bench/README.md).
The compilers here match `title @@ query OR body @@ query` instead, which the GIN indexes on both
columns answer (a BitmapOr), and rank only the entries that match.

A search looks through pages of more than one language (the reader's, and the default language's not
translated yet; every language's with "all languages"), each indexed with its own configuration, so the
words are parsed with each of those configurations and the queries joined with OR (`query_configs`):
"training" in /ar/ matches the English stem "train", "stypendia" from /en/ the Polish "stypendium".
"""

from collections import defaultdict

from django.db.models import Q
from modelsearch.backends.database.postgres.postgres import (
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.query import PlainText
from wagtail.models import Locale

from .database import active_config, indexing_config, searched_languages


class IndexedMatch:
    """Match each indexed vector on its own, so that its GIN index is used (see the module)."""

    def search(self, config, start, stop, score_field=None, backend=None):
        if self.fields is not None or not isinstance(self.query, PlainText):
            # Searches on named fields, phrases and fuzzy queries keep modelsearch's query.
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        search_query = self.build_tsquery(self.query, config=config)
        if search_query is None:
            return self.queryset.none()
        vectors = self.get_search_vectors(search_query)
        matches = Q()
        for vector, _boost in vectors:
            matches |= Q(**{vector.name: search_query})
        queryset = self.queryset.filter(matches)
        rank = self._build_rank_expression(vectors, config)
        return self._apply_ordering_and_scoring(queryset, rank, start, stop, score_field)


class EveryLanguageSearched:
    """Parse a plain-text query with the configuration of every language searched (see the module)."""

    parse_configs = ()

    def search(self, config, start, stop, score_field=None, backend=None):
        if backend is not None and self.fields is None and isinstance(self.query, PlainText):
            self.parse_configs = backend.query_configs()
        return super().search(config, start, stop, score_field=score_field, backend=backend)

    def build_tsquery(self, query, config=None):
        if config not in self.parse_configs:
            return super().build_tsquery(query, config=config)
        combined = None
        for parse_config in self.parse_configs:
            parsed = super().build_tsquery(query, config=parse_config)
            if parsed is not None:
                combined = parsed if combined is None else combined | parsed
        return combined


class IndexedSearchQueryCompiler(EveryLanguageSearched, IndexedMatch, PostgresSearchQueryCompiler):
    pass


class IndexedAutocompleteQueryCompiler(IndexedMatch, PostgresAutocompleteQueryCompiler):
    pass


class LocalePostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        # The stored vectors are stemmed in the language of each object's locale.
        by_config = defaultdict(list)
        for obj in objs:
            by_config[self.backend.config_for_object(obj)].append(obj)
        for config, group in by_config.items():
            with indexing_config(self.backend, config):
                super().add_items(model, group)


class LocalePostgresSearchBackend(PostgresSearchBackend):
    index_class = LocalePostgresIndex
    query_compiler_class = IndexedSearchQueryCompiler
    autocomplete_query_compiler_class = IndexedAutocompleteQueryCompiler

    def __init__(self, params):
        self.configs = dict(params.get("SEARCH_CONFIGS", {}))
        self.indexing_config = None
        self._locale_languages = None
        super().__init__(params)

    @property
    def config(self):
        """While indexing, the object's configuration; while searching, the active language's."""
        return self.indexing_config or active_config(self.configs, self.default_config)

    @config.setter
    def config(self, value):
        # Without SEARCH_CONFIG, languages missing from SEARCH_CONFIGS are matched word for word.
        self.default_config = value or "simple"

    def query_configs(self):
        """The configurations of the languages searched, the active language's first."""
        configs = [self.config] + [
            self.configs.get(code, self.default_config) for code in searched_languages()
        ]
        return tuple(dict.fromkeys(configs))

    def config_for_object(self, obj):
        if self._locale_languages is None:
            self._locale_languages = dict(Locale.objects.values_list("pk", "language_code"))
        language = self._locale_languages.get(getattr(obj, "locale_id", None), "")
        return self.configs.get(language, self.default_config)
