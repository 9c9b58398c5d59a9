"""PostgreSQL full-text search with one text-search configuration per locale.

Pages are searched in the portal's own table (search.models.PageSearchEntry): one row per page,
joined on the page's integer primary key, one tsvector weighted A (title), B (plain-text fields:
lead, introduction, summary, …) and C (stream and rich-text bodies), answered by a GIN index. Only
the matching rows are ranked, and the count is the same join without the ranking.
modelsearch's own index (text `object_id`, one row per object and content type) stays for the
other models (images, documents), for fuzzy searches and for searches on named fields.

For those, modelsearch matches `title || body @@ query`: the concatenated vector has no index, so
every index entry is read and concatenated on every search. IndexedMatch matches
`title @@ query OR body @@ query` instead, which the GIN indexes on both columns answer.

A search looks through pages of more than one language (the reader's, and the default language's not
translated yet; every language's with "all languages"), each indexed with its own configuration, so the
words are parsed with each of those configurations and the queries joined with OR (`query_configs`):
"training" in /ar/ matches the English stem "train", "stypendia" from /en/ the Polish "stypendium".
"""

from collections import defaultdict

from django.contrib.postgres.search import SearchRank
from django.core.exceptions import FieldDoesNotExist
from django.db.models import F, Q
from modelsearch.backends.database.postgres.postgres import (
    ObjectIndexer,
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.index import AutocompleteField, SearchField
from modelsearch.query import Phrase, PlainText
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page

from search.models import PageSearchEntry

from .database import active_config, indexing_config, searched_languages

# ts_rank's weights of D, C, B and A: a word in a title counts five times a word in a body.
PAGE_WEIGHTS = [0.1, 0.2, 0.4, 1.0]
BODY_FIELDS = (RichTextField, StreamField)


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


class PageEntryMatch(IndexedMatch):
    """Words and phrases in pages: the page's own row of PageSearchEntry (see the module)."""

    ENTRY_VECTOR = "vector"

    def search(self, config, start, stop, score_field=None, backend=None):
        if not (
            self.fields is None
            and isinstance(self.query, PlainText | Phrase)
            and issubclass(self.queryset.model, Page)
        ):
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        search_query = self.build_tsquery(self.query, config=config)
        if search_query is None:
            return self.queryset.none()
        lookup = f"search_entry__{self.ENTRY_VECTOR}"
        queryset = self.queryset.filter(**{lookup: search_query})
        rank = SearchRank(F(lookup), search_query, weights=PAGE_WEIGHTS)
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


class IndexedSearchQueryCompiler(EveryLanguageSearched, PageEntryMatch, PostgresSearchQueryCompiler):
    pass


class IndexedAutocompleteQueryCompiler(PageEntryMatch, PostgresAutocompleteQueryCompiler):
    ENTRY_VECTOR = "autocomplete"


def weighted_texts(obj, indexer):
    """The object's indexed texts as {weight: [text, …]}: A its title, C its stream and rich-text
    fields, B every other field (the short ones: lead, introduction, summary, city, …)."""
    texts = defaultdict(list)
    for search_field in obj.get_search_fields():
        for field, _weight, value in indexer.prepare_field(obj, search_field):
            if isinstance(field, SearchField):
                texts[weight_of(obj, field.field_name)].append(value)
            elif isinstance(field, AutocompleteField):
                texts["autocomplete"].append(value)
    return {weight: " ".join(values) for weight, values in texts.items()}


def weight_of(obj, field_name):
    if field_name == "title":
        return "A"
    try:
        field = obj._meta.get_field(field_name)
    except FieldDoesNotExist:
        return "B"  # a method (e.g. a partner's country names)
    return "C" if isinstance(field, BODY_FIELDS) else "B"


class LocalePostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        # The stored vectors are stemmed in the language of each object's locale.
        by_config = defaultdict(list)
        for obj in objs:
            by_config[self.backend.config_for_object(obj)].append(obj)
        for config, group in by_config.items():
            with indexing_config(self.backend, config):
                super().add_items(model, group)
                if issubclass(model, Page):
                    self.add_page_entries(group, config)

    def add_page_entries(self, pages, config):
        rows, params = [], []
        for page in pages:
            texts = weighted_texts(page, ObjectIndexer(page, self.backend))
            rows.append(
                "(%s, setweight(to_tsvector(%s::regconfig, %s), 'A')"
                " || setweight(to_tsvector(%s::regconfig, %s), 'B')"
                " || setweight(to_tsvector(%s::regconfig, %s), 'C'), to_tsvector(%s::regconfig, %s))"
            )
            params.append(page.pk)
            for weight in "ABC":
                params.extend((config, texts.get(weight, "")))
            params.extend((self.backend.autocomplete_config, texts.get("autocomplete", "")))
        table = PageSearchEntry._meta.db_table
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} (page_id, vector, autocomplete) VALUES {', '.join(rows)} "  # noqa: S608
                "ON CONFLICT (page_id) DO UPDATE SET vector = EXCLUDED.vector, autocomplete = EXCLUDED.autocomplete",
                params,
            )

    def delete_item(self, item):
        super().delete_item(item)
        if isinstance(item, Page):
            PageSearchEntry.objects.filter(page_id=item.pk)._raw_delete(using=self.write_connection.alias)

    def reset(self):
        super().reset()
        PageSearchEntry.objects.all()._raw_delete(using=self.write_connection.alias)


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
