"""Polish and Ukrainian stemming on PostgreSQL (search/textsearch.py) and the check naming languages
that match whole words only (search/checks.py)."""

import pytest
from django.core.management import call_command
from django.db import connection

from search.checks import languages_without_stemming
from search.textsearch import CONFIGURATIONS, install, stemming_configurations

from .conftest import publish_translation
from .factories import ContentPageFactory
from .search_helpers import result_titles, translate

ON_POSTGRES = connection.vendor == "postgresql"
postgres_only = pytest.mark.skipif(
    not ON_POSTGRES, reason="text-search configurations exist on PostgreSQL only"
)

POLISH_PAGES = {
    "Studia w Białymstoku": "Każda z uczelni przyjmuje wnioski przez cały rok.",
    "Życie studenckie": "W uczelniach działają koła naukowe i chóry.",
    "Pomoc finansowa": "Miasto przyznaje stypendia najlepszym studentom.",
    "Gdzie mieszkać": "Pokój w akademiku kosztuje około 600 zł.",
}


@pytest.fixture
def polish_and_ukrainian(translated_home):
    english = translated_home["en"]
    for number, (title, intro) in enumerate(POLISH_PAGES.items()):
        page = ContentPageFactory(
            parent=english, title=f"Page {number}", slug=f"page-{number}", intro="English."
        )
        translate(page, "pl", title=title, intro=intro)
    publish_translation(english, "uk")
    page = ContentPageFactory(parent=english, title="Students", slug="students", intro="English.")
    translate(page, "uk", title="Студентам", intro="Бібліотека університету відкрита щодня.")


@postgres_only
def test_the_dictionaries_are_installed_and_both_configurations_stem(db):
    assert stemming_configurations(connection, CONFIGURATIONS) == dict.fromkeys(CONFIGURATIONS, True)


@postgres_only
@pytest.mark.parametrize(
    "query, title",
    [
        ("uczelnia", "Studia w Białymstoku"),  # "uczelni"
        ("stypendium", "Pomoc finansowa"),  # "stypendia"
        ("akademik", "Gdzie mieszkać"),  # "akademiku"
    ],
)
def test_a_polish_base_form_finds_its_inflected_forms(client, polish_and_ukrainian, query, title):
    assert title in result_titles(client.get("/pl/search/", {"q": query}))


@postgres_only
def test_uczelnia_finds_uczelni_and_uczelniach(client, polish_and_ukrainian):
    found = result_titles(client.get("/pl/search/", {"q": "uczelnia"}))
    assert sorted(found) == ["Studia w Białymstoku", "Życie studenckie"]


@postgres_only
def test_a_ukrainian_base_form_finds_its_inflected_forms(client, polish_and_ukrainian):
    assert result_titles(client.get("/uk/search/", {"q": "університет"})) == ["Студентам"]


@postgres_only
def test_names_the_dictionary_does_not_know_still_match_word_for_word(client, polish_and_ukrainian):
    assert result_titles(client.get("/pl/search/", {"q": "Białymstoku"})) == ["Studia w Białymstoku"]


@postgres_only
def test_without_dictionary_files_a_configuration_matches_whole_words(db):
    try:
        stemming = install(connection, files={"portal_polish": "portal_no_such_dictionary"})
        assert stemming == ["portal_ukrainian"]
        assert stemming_configurations(connection, CONFIGURATIONS) == {
            "portal_polish": False,
            "portal_ukrainian": True,
        }
        with connection.cursor() as cursor:
            cursor.execute("SELECT to_tsvector('portal_polish', 'uczelni stypendia')::text")
            assert cursor.fetchone()[0] == "'stypendia':2 'uczelni':1"
        [warning] = languages_without_stemming(databases=["default"])
        assert warning.id == "search.W001"
        assert "Polish (pl)" in warning.msg
        assert "Ukrainian" not in warning.msg
    finally:
        install(connection)


@postgres_only
def test_the_check_names_each_language_without_stemming(db, settings):
    assert languages_without_stemming(databases=["default"]) == []
    settings.LANGUAGES = [*settings.LANGUAGES, ("de", "German")]
    settings.SEARCH_CONFIGS = {**settings.SEARCH_CONFIGS, "tr": "simple"}
    [warning] = languages_without_stemming(databases=["default"])
    assert "Turkish (tr), German (de)" in warning.msg


@postgres_only
def test_the_command_recreates_the_configurations(db, capsys):
    call_command("search_configurations")
    output = capsys.readouterr().out
    assert "portal_polish: stems" in output
    assert "portal_ukrainian: stems" in output


@pytest.mark.skipif(ON_POSTGRES, reason="on PostgreSQL the check reads the configurations")
def test_on_sqlite_the_check_says_nothing(db):
    assert languages_without_stemming(databases=["default"]) == []


@postgres_only
def test_arabic_search_finds_english_pages_not_translated_yet_by_their_english_word_forms(
    client, translated_home
):
    """/ar/ lists the English pages not translated into Arabic (core.localization), and its search
    finds them: the words are parsed with the English configuration too ("dormitory" → "dormitori")."""
    ContentPageFactory(
        parent=translated_home["en"], title="Dormitories", slug="dormitories", intro="Rooms near the campus."
    )
    for query in ("dormitory", "rooms", "campus"):
        assert result_titles(client.get("/ar/search/", {"q": query})) == ["Dormitories"], query


@postgres_only
def test_all_languages_parses_the_words_in_every_language(client, polish_and_ukrainian):
    everywhere = client.get("/en/search/", {"q": "stypendia", "all_languages": "1"})
    assert result_titles(everywhere) == ["Pomoc finansowa"]
    assert result_titles(client.get("/en/search/", {"q": "stypendia"})) == []
