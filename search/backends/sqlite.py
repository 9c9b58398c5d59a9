"""SQLite FTS5 search whose ranking weighs a word in a title more than the same word in a body.

modelsearch ranks with FTS5's `bm25()` without column weights, so a short partner page that names
"Erasmus" once outranks the article about it. `bm25()` takes one weight per column of the FTS table,
in the order the table was created: (autocomplete, body, title).
"""

from modelsearch.backends.database.sqlite.query import BM25, SQLiteFTSIndexEntry
from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend, SQLiteSearchQueryCompiler
from modelsearch.query import Not, Phrase, PlainText

TITLE_WEIGHT = 10.0
BODY_WEIGHT = 1.0


class WeightedBM25(BM25):
    def as_sql(self, compiler, connection, function=None, template=None):
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, 0.0, %s, %s)", [BODY_WEIGHT, TITLE_WEIGHT]


class WeightedSQLiteQueryCompiler(SQLiteSearchQueryCompiler):
    def build_tsrank(self, vector, query, config=None, boost=1.0):
        if isinstance(query, Phrase | PlainText | Not):
            rank = WeightedBM25()
            return rank * boost if boost != 1.0 else rank
        return super().build_tsrank(vector, query, config=config, boost=boost)


class WeightedSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = WeightedSQLiteQueryCompiler
