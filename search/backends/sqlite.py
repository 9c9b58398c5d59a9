"""SQLite FTS5 search that matches once per search and weighs a word in a title more than in a body.

modelsearch ranks each result with a correlated subquery that runs the full-text match again for
every matching object, so a search's cost grows with the square of its number of matches (2.2 s at
10,000 pages, bench/README.md). Here the match runs once: the index entries that match, restricted
to the searched objects by one uncorrelated `IN (…)`, ranked and cut to the requested slice; the
objects of that slice are then read by primary key, and the count is the same match without the
ranking.

modelsearch also ranks with FTS5's `bm25()` without column weights, so a short partner page that
names "Erasmus" once outranks the article about it. `bm25()` takes one weight per column of the FTS
table, in the order the table was created: (autocomplete, body, title).
"""

from django.db.models import IntegerField
from django.db.models.functions import Cast
from modelsearch.backends.database.sqlite.query import BM25, MatchExpression, SQLiteFTSIndexEntry, normalize
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteAutocompleteQueryCompiler,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    SQLiteSearchResults,
)
from modelsearch.query import MatchAll, Not, Phrase, PlainText
from modelsearch.utils import get_descendants_content_types_pks

TITLE_WEIGHT = 10.0
BODY_WEIGHT = 1.0


class WeightedBM25(BM25):
    def as_sql(self, compiler, connection, function=None, template=None):
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, 0.0, %s, %s)", [BODY_WEIGHT, TITLE_WEIGHT]


def integer_pk(model):
    """The model's primary key field if its values are integers (through parent links), else None."""
    field = model._meta.pk
    while field.is_relation:
        field = field.target_field
    return field if isinstance(field, IntegerField) else None


class SingleMatch:
    """The matching index entries as one query (see the module); None where modelsearch's applies."""

    def ranked_entries(self, config):
        query = normalize(self.query)
        pk = integer_pk(self.queryset.model)
        if not self.order_by_relevance or pk is None or isinstance(query, MatchAll | Not):
            return None
        match = MatchExpression(
            self.fields or self.FTS_TABLE_FIELDS, self.build_search_query(query, config=config)
        )
        return (
            SQLiteFTSIndexEntry.objects.filter(match)
            .filter(index_entry__content_type__in=get_descendants_content_types_pks(self.queryset.model))
            .annotate(object_pk=Cast("index_entry__object_id", IntegerField()))
            .filter(object_pk__in=self.queryset.values("pk"))
            .annotate(score=self._build_rank_expression(self.get_search_vectors(), config))
        )


class WeightedSQLiteQueryCompiler(SingleMatch, SQLiteSearchQueryCompiler):
    def build_tsrank(self, vector, query, config=None, boost=1.0):
        if isinstance(query, Phrase | PlainText | Not):
            rank = WeightedBM25()
            return rank * boost if boost != 1.0 else rank
        return super().build_tsrank(vector, query, config=config, boost=boost)


class SingleMatchAutocompleteQueryCompiler(SingleMatch, SQLiteAutocompleteQueryCompiler):
    pass


class SingleMatchSearchResults(SQLiteSearchResults):
    def _entries(self):
        compiler = self.query_compiler
        return compiler.ranked_entries(compiler.get_config(self.backend))

    def _do_search(self):
        entries = self._entries()
        if entries is None:
            return super()._do_search()
        # bm25() is negative, the best match lowest; the primary key breaks ties as modelsearch does.
        ranked = list(
            entries.order_by("score", "-object_pk").values_list("object_pk", "score")[self.start : self.stop]
        )
        found = {obj.pk: obj for obj in self.query_compiler.queryset.filter(pk__in=[pk for pk, _ in ranked])}
        results = []
        for pk, score in ranked:
            if pk in found:
                if self._score_field:
                    setattr(found[pk], self._score_field, score)
                results.append(found[pk])
        return results

    def _do_count(self):
        entries = self._entries()
        return super()._do_count() if entries is None else entries.count()


class WeightedSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = WeightedSQLiteQueryCompiler
    autocomplete_query_compiler_class = SingleMatchAutocompleteQueryCompiler
    results_class = SingleMatchSearchResults
