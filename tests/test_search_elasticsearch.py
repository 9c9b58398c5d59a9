"""The Elasticsearch mapping and query with one analyzer per language (search/backends/elasticsearch.py).

No search server runs where the portal is built, so this checks what the backend would send: the
index mapping of the page models and the query body of a search, built without a connection.
"""

import runpy
from contextlib import nullcontext
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.utils import translation
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from home.models import ContentPage
from search.backends.database import every_language
from search.backends.elasticsearch import LanguageMapping

BASE_SETTINGS = Path(django_settings.BASE_DIR) / "portal" / "settings" / "base.py"
BUILT_IN = {"en": "english", "es": "spanish", "tr": "turkish", "ar": "arabic"}


def portal_settings(monkeypatch, plugins=""):
    monkeypatch.setenv("ELASTICSEARCH_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("ELASTICSEARCH_PLUGINS", plugins)
    return runpy.run_path(str(BASE_SETTINGS))


def test_built_in_analyzers_without_plugins_and_polish_and_ukrainian_with_them(monkeypatch):
    assert portal_settings(monkeypatch)["SEARCH_ANALYZERS"] == BUILT_IN
    with_plugins = portal_settings(monkeypatch, "analysis-stempel,analysis-ukrainian")["SEARCH_ANALYZERS"]
    assert with_plugins == {**BUILT_IN, "pl": "polish", "uk": "ukrainian"}
    assert (
        portal_settings(monkeypatch)["WAGTAILSEARCH_BACKENDS"]["default"]["BACKEND"]
        == "search.backends.elasticsearch"
    )


@pytest.fixture
def analyzers(settings):
    settings.SEARCH_ANALYZERS = {**BUILT_IN, "pl": "polish"}
    return settings.SEARCH_ANALYZERS


def test_every_text_property_has_one_subfield_per_language(analyzers):
    properties = LanguageMapping(ContentPage).get_mapping()["properties"]
    expected = {code: {"type": "text", "analyzer": name} for code, name in analyzers.items()}
    assert properties["_all_text"]["fields"] == expected
    assert properties["title"]["fields"] == expected
    boosted = [name for name in properties if name.startswith("_all_text_boost_")]
    assert boosted and all(properties[name]["fields"] == expected for name in boosted)
    # Edge n-grams keep their analyzer; filter fields are keywords, not analysed text.
    assert "fields" not in properties["_edgengrams"]
    assert properties["_edgengrams"]["analyzer"] == "edgengram_analyzer"
    assert all("fields" not in value for value in properties.values() if value["type"] != "text")


def query_fields(language, all_languages=False):
    """The fields of the `_all_text` family a search for a word would match, without their boosts."""
    backend = get_search_backend("default")
    with translation.override(language), every_language() if all_languages else nullcontext():
        results = backend.search("stypendia", Page.objects.all())
        compiler = results.query_compiler
        body = compiler._compile_plaintext_query(compiler.query, compiler.remapped_fields)
    names = [name.split("^")[0] for name in body["multi_match"]["fields"]]
    return {name for name in names if name.split(".")[0] == "_all_text"}


@pytest.fixture
def elasticsearch(settings, analyzers, monkeypatch):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch",
            "URLS": ["http://127.0.0.1:9"],
            "INDEX": "test",
        }
    }


def test_a_search_matches_the_readers_and_the_default_languages_analyzers(elasticsearch):
    assert query_fields("pl") == {"_all_text", "_all_text.pl", "_all_text.en"}
    # Ukrainian has no analyzer here (no plugin): the standard field and English.
    assert query_fields("uk") == {"_all_text", "_all_text.en"}


def test_all_languages_matches_every_analyzer(elasticsearch, analyzers):
    assert query_fields("en", all_languages=True) == {
        "_all_text",
        *(f"_all_text.{code}" for code in analyzers),
    }
