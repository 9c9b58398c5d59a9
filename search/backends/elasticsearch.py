"""Elasticsearch 8 with each language analysed by its own analyzer.

Wagtail's backend keeps every page of every language in one index and analyses text with the
`standard` analyzer. Here each text property of the mapping (the search fields and the `_all_text`
fields the backend copies them into) also gets one multi-field per language of
settings.SEARCH_ANALYZERS (`_all_text.en` with `english`, `_all_text.pl` with `polish`, …), and a
plain-text search matches the standard property and the subfields of the languages it looks through:
the reader's and the default language's (its pages not translated yet), or every language's with
"all languages" (search.backends.database.searched_languages). Elasticsearch's built-in analyzers cover
English, Spanish, Turkish and Arabic; Polish needs the `analysis-stempel` plugin and Ukrainian the
`analysis-ukrainian` plugin (ELASTICSEARCH_PLUGINS in settings). The index grows with each analyzer.
"""

from django.conf import settings
from django.utils.translation import get_language
from modelsearch.backends.elasticsearch8 import (
    Elasticsearch8AutocompleteQueryCompiler,
    Elasticsearch8Mapping,
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchQueryCompiler,
)
from modelsearch.backends.elasticsearchbase import Field

from .database import searched_languages


def language_subfields():
    return {
        code: {"type": "text", "analyzer": analyzer} for code, analyzer in settings.SEARCH_ANALYZERS.items()
    }


class LanguageMapping(Elasticsearch8Mapping):
    def get_mapping(self):
        mapping = super().get_mapping()
        for properties in mapping["properties"].values():
            # Autocomplete's edge n-grams keep their own analyzer; keywords and numbers are not text.
            if properties.get("type") == "text" and "analyzer" not in properties:
                properties["fields"] = language_subfields()
        return mapping


class LanguageSearchQueryCompiler(Elasticsearch8SearchQueryCompiler):
    mapping_class = LanguageMapping

    def _compile_plaintext_query(self, query, fields, boost=1.0):
        active = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
        codes = [
            code
            for code in dict.fromkeys([active, *searched_languages()])
            if code in settings.SEARCH_ANALYZERS
        ]
        fields = [
            *fields,
            *(Field(f"{field.field_name}.{code}", field.boost) for field in fields for code in codes),
        ]
        return super()._compile_plaintext_query(query, fields, boost=boost)


class LanguageAutocompleteQueryCompiler(Elasticsearch8AutocompleteQueryCompiler):
    mapping_class = LanguageMapping


class LanguageSearchBackend(Elasticsearch8SearchBackend):
    mapping_class = LanguageMapping
    query_compiler_class = LanguageSearchQueryCompiler
    autocomplete_query_compiler_class = LanguageAutocompleteQueryCompiler


# modelsearch looks up a callable named SearchBackend in the module named by BACKEND.
SearchBackend = LanguageSearchBackend
