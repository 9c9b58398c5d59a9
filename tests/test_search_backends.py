"""Search backends: language-aware matching, the index on publish, update_index, Elasticsearch outages."""

import json
import logging
import re
import runpy
import socket
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.db import connection
from wagtail.models import Page

from home.models import ContentPage
from search import query as search_query
from search.models import PageSearchEntry

from .search_helpers import result_titles, translate

ON_POSTGRES = connection.vendor == "postgresql"
BASE_SETTINGS = Path(django_settings.BASE_DIR) / "portal" / "settings" / "base.py"


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def elasticsearch_down(settings, monkeypatch):
    """The portal's own search settings with ELASTICSEARCH_URL pointing to a closed local port."""
    monkeypatch.setenv("ELASTICSEARCH_URL", f"http://127.0.0.1:{closed_port()}")
    backends = runpy.run_path(str(BASE_SETTINGS))["WAGTAILSEARCH_BACKENDS"]
    backends["default"]["TIMEOUT"] = 1
    settings.WAGTAILSEARCH_BACKENDS = backends
    monkeypatch.setattr(search_query._Outage, "logged", False)
    return backends


def test_elasticsearch_url_selects_the_elasticsearch8_backend_with_a_database_fallback(elasticsearch_down):
    assert elasticsearch_down["default"]["BACKEND"] == "search.backends.elasticsearch"
    assert elasticsearch_down["fallback"]["BACKEND"] == "search.backends.database"


def test_unreachable_elasticsearch_falls_back_to_the_database_and_logs_once(
    client, search_site, elasticsearch_down, caplog
):
    with caplog.at_level(logging.WARNING, logger="search.query"):
        first = client.get("/en/search/", {"q": "dormitory"})
        second = client.get("/pl/search/", {"q": "stypendia"})
        suggestions = client.get("/en/search/autocomplete/", {"q": "dorm"})
    assert result_titles(first) == ["Dormitory"]
    assert result_titles(second) == ["Stypendia dla studentów z zagranicy"]
    assert [item["title"] for item in suggestions.json()["results"]] == ["Dormitory"]
    outages = [record for record in caplog.records if record.levelno == logging.ERROR]
    assert len(outages) == 1 and "unavailable" in outages[0].getMessage()


def test_publishing_while_elasticsearch_is_down_still_updates_the_fallback_index(
    client, search_site, elasticsearch_down
):
    page = ContentPage(title="Visa appointments", slug="visa", intro="Consulates and dates.")
    search_site["en"].add_child(instance=page)
    page.save_revision().publish()
    assert result_titles(client.get("/en/search/", {"q": "consulates"})) == ["Visa appointments"]


def test_without_a_fallback_the_page_says_search_is_unavailable(client, search_site, elasticsearch_down):
    del elasticsearch_down["fallback"]
    response = client.get("/en/search/", {"q": "dormitory"})
    assert response.status_code == 503
    assert "Search is unavailable at the moment" in response.text
    assert client.get("/en/search/autocomplete/", {"q": "dorm"}).json() == {"results": []}


def test_update_index_rebuilds_the_index(client, search_site):
    from wagtail.search.models import IndexEntry

    IndexEntry.objects.all().delete()
    if ON_POSTGRES:
        PageSearchEntry.objects.all().delete()
    assert result_titles(client.get("/en/search/", {"q": "dormitory"})) == []
    call_command("update_index", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert result_titles(client.get("/en/search/", {"q": "dormitory"})) == ["Dormitory"]


@pytest.mark.skipif(not ON_POSTGRES, reason="stemming needs PostgreSQL's text-search configurations")
def test_postgres_stems_english_spanish_and_polish(client, search_site):
    # English: "scholarship" finds "scholarships".
    assert result_titles(client.get("/en/search/", {"q": "scholarship"})) == [
        "Scholarships for international students"
    ]
    translate(search_site["en"], "es", title="Estudia en Białystok")
    spanish = translate(
        search_site["scholarships"],
        "es",
        title="Becas para estudiantes internacionales",
        intro="La ciudad financia becas para estudiantes.",
    )
    spanish.refresh_from_db()
    assert spanish.live
    # Spanish stemming: "beca" finds "Becas"; the English page is not in the Spanish locale.
    assert result_titles(client.get("/es/search/", {"q": "beca"})) == [
        "Becas para estudiantes internacionales"
    ]
    # Polish (Hunspell, search/textsearch.py): "stypendium" finds "Stypendia".
    for query in ("stypendium", "stypendia"):
        assert result_titles(client.get("/pl/search/", {"q": query})) == [
            "Stypendia dla studentów z zagranicy"
        ]


@pytest.mark.skipif(not ON_POSTGRES, reason="stemming needs PostgreSQL's text-search configurations")
def test_postgres_indexes_each_page_in_its_own_language(search_site):
    from wagtail.search.models import IndexEntry

    def stored_body(page):
        entry = IndexEntry.objects.get(object_id=str(page.pk), content_type__model="contentpage")
        return str(entry.body)

    # English vectors hold Snowball stems ("fund", "scholarship"); Polish ones Hunspell's base forms.
    assert "'scholarship'" in stored_body(search_site["scholarships"])
    assert "'stypendium'" in stored_body(search_site["polish_scholarships"])


def compiled_search(queryset, query, autocomplete=False):
    """The queryset a search on the default backend runs, before it is evaluated."""
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend("default")
    results = (
        backend.autocomplete(query, queryset)
        if autocomplete
        else backend.search(query, queryset, operator="or")
    )
    compiler = results.query_compiler
    return compiler.search(compiler.get_config(backend), 0, 10, backend=backend)


@pytest.mark.skipif(not ON_POSTGRES, reason="the page search table exists only on PostgreSQL")
@pytest.mark.parametrize("autocomplete", [False, True])
def test_postgres_pages_are_matched_in_their_own_table_joined_on_the_integer_page_id(
    search_site, autocomplete
):
    """One typed join and one GIN-indexed vector, not modelsearch's `object_id = page.id::varchar`."""
    from search.views import searchable_pages

    queryset = compiled_search(
        searchable_pages(search_site["scholarships"].locale),
        "schol" if autocomplete else "scholarship",
        autocomplete,
    )
    sql = str(queryset.query)
    column = "autocomplete" if autocomplete else "vector"
    assert (
        'JOIN "search_pagesearchentry" ON ("wagtailcore_page"."id" = "search_pagesearchentry"."page_id")'
        in sql
    ), sql
    assert f'"search_pagesearchentry"."{column}" @@' in sql, sql
    assert "::varchar" not in sql and "wagtailsearch_indexentry" not in sql, sql
    assert [page.title for page in queryset] == [search_site["scholarships"].title]
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = %s", [f"search_page_{column}_gin"])
        (definition,) = cursor.fetchone()
    assert f"USING gin ({column})" in definition, definition


@pytest.mark.skipif(not ON_POSTGRES, reason="the page search table exists only on PostgreSQL")
def test_postgres_ranks_a_title_above_a_lead_above_a_body(search_site):
    """Weights A (title), B (plain-text fields such as the introduction), C (stream-field bodies)."""
    en = search_site["en"]
    body = [{"type": "paragraph", "value": "<p>Mentions the quokka once.</p>"}]
    for title, intro, slug in (
        ("About animals", "", "body"),
        ("About fauna", "A quokka.", "intro"),
        ("Quokka", "", "title"),
    ):
        page = ContentPage(title=title, slug=f"quokka-{slug}", intro=intro, body=json.dumps(body))
        en.add_child(instance=page)
        page.save_revision().publish()
    queryset = compiled_search(ContentPage.objects.live().filter(locale=en.locale), "quokka")
    assert [page.title for page in queryset] == ["Quokka", "About fauna", "About animals"]
    entry = PageSearchEntry.objects.get(page__title="About fauna")
    assert re.search(r"'quokka':\d+B", str(entry.vector)), entry.vector


@pytest.mark.skipif(not ON_POSTGRES, reason="the page search table exists only on PostgreSQL")
def test_postgres_page_search_entries_follow_publishing_and_deletion(client, search_site):
    dormitory = search_site["dormitory"]
    dormitory.intro = "Rooms with a kitchenette."
    dormitory.save_revision().publish()
    assert result_titles(client.get("/en/search/", {"q": "kitchenette"})) == ["Dormitory"]
    dormitory.delete()
    assert not PageSearchEntry.objects.filter(page_id=dormitory.pk).exists()
    assert result_titles(client.get("/en/search/", {"q": "kitchenette"})) == []


@pytest.mark.skipif(not ON_POSTGRES, reason="the GIN indexes of the search vectors exist only on PostgreSQL")
def test_postgres_other_models_match_each_indexed_vector_on_its_own(search_site):
    """Images and documents stay in modelsearch's table; a GIN index answers `title @@ q` or
    `body @@ q`, never `(title || body) @@ q` (bench/README.md)."""
    from wagtail.images import get_image_model

    sql = str(compiled_search(get_image_model().objects.all(), "campus").query)
    table = '"wagtailsearch_indexentry"'
    assert f'{table}."title" @@' in sql, sql
    assert f'{table}."body" @@' in sql, sql
    assert f'{table}."title" || {table}."body"' not in sql, sql


@pytest.mark.skipif(ON_POSTGRES, reason="SQLite's FTS5 index is modelsearch's")
@pytest.mark.parametrize("autocomplete", [False, True])
def test_sqlite_runs_the_full_text_match_once_per_query(search_site, autocomplete):
    """modelsearch ran the match again in a correlated subquery for every matching page (bench/README.md)."""
    from django.test.utils import CaptureQueriesContext
    from wagtail.search.backends import get_search_backend

    from search.views import searchable_pages

    backend = get_search_backend("default")
    pages = searchable_pages(search_site["scholarships"].locale)
    with CaptureQueriesContext(connection) as captured:
        results = (
            backend.autocomplete("schol", pages) if autocomplete else backend.search("scholarships", pages)
        )
        assert [page.title for page in results[:10]] == [search_site["scholarships"].title]
        assert results.count() == 1
    matches = [query["sql"] for query in captured.captured_queries if " MATCH " in query["sql"]]
    assert len(matches) == 2, matches  # the ranked slice and the count
    assert all(sql.count(" MATCH ") == 1 for sql in matches), matches
    assert "bm25" not in matches[1] and "ORDER BY" not in matches[1], matches[1]


@pytest.mark.skipif(ON_POSTGRES, reason="SQLite's FTS5 index has no stemming")
def test_sqlite_matches_whole_words_in_every_language(client, search_site):
    assert result_titles(client.get("/en/search/", {"q": "scholarships"})) == [
        "Scholarships for international students"
    ]
    assert result_titles(client.get("/en/search/", {"q": "scholarship"})) == []


def test_autocomplete_suggests_titles_of_the_current_locale(client, search_site):
    english = client.get("/en/search/autocomplete/", {"q": "schol"})
    assert english.status_code == 200
    assert english.json() == {
        "results": [
            {"title": "Scholarships for international students", "url": "/en/scholarships/", "type": "Page"}
        ]
    }
    polish = client.get("/pl/search/autocomplete/", {"q": "styp"}).json()["results"]
    assert [item["url"] for item in polish] == ["/pl/scholarships/"]
    assert polish[0]["type"] == "Strona"


@pytest.mark.parametrize("q", ["", "a", " ", "x" * 10_000, '" * : ( ) \\ OR', "%%%", "<script>"])
def test_autocomplete_bad_input_gives_an_empty_or_normal_answer(client, search_site, q):
    response = client.get("/en/search/autocomplete/", {"q": q})
    assert response.status_code == 200
    assert isinstance(response.json()["results"], list)


def test_autocomplete_excludes_unpublished_pages(client, search_site):
    search_site["dormitory"].unpublish()
    assert client.get("/en/search/autocomplete/", {"q": "dorm"}).json() == {"results": []}
    assert Page.objects.filter(title="Dormitory", live=False).exists()
