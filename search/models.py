"""The portal's own full-text index of pages on PostgreSQL (search/backends/postgres.py writes it).

modelsearch's index table keys every object by a text `object_id` and a content type, so a search
joined it on `object_id = page.id::varchar` and the planner walked every page of the language to
probe it (bench/README.md). This table has one row per page, joined on its integer primary key:
the GIN index finds the matching rows, the page's primary key the pages.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models


class PageSearchEntry(models.Model):
    # PostgreSQL deletes a page's row with the page (ON DELETE CASCADE, migration 0002): Django's
    # own cascade would query this table on every database, also where it does not exist.
    page = models.OneToOneField(
        "wagtailcore.Page",
        primary_key=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="search_entry",
    )
    # The page's words in the configuration of its locale: title weight A, plain-text fields (lead,
    # introduction, summary, …) B, stream and rich-text fields C.
    vector = SearchVectorField()
    # The words of the title, unstemmed (the `simple` configuration), for prefix suggestions.
    autocomplete = SearchVectorField()

    wagtail_reference_index_ignore = True

    class Meta:
        # Only PostgreSQL has tsvector columns; other databases keep modelsearch's index alone.
        required_db_vendor = "postgresql"
        indexes = [
            GinIndex(fields=["vector"], name="search_page_vector_gin"),
            GinIndex(fields=["autocomplete"], name="search_page_autocomplete_gin"),
        ]

    def __str__(self):
        return str(self.page_id)
