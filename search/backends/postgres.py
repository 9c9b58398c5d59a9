"""PostgreSQL full-text search with one text-search configuration per locale."""

from collections import defaultdict

from modelsearch.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend
from wagtail.models import Locale

from .database import active_config, indexing_config


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

    def config_for_object(self, obj):
        if self._locale_languages is None:
            self._locale_languages = dict(Locale.objects.values_list("pk", "language_code"))
        language = self._locale_languages.get(getattr(obj, "locale_id", None), "")
        return self.configs.get(language, self.default_config)
