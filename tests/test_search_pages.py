"""Site search: locale filtering, types, highlighting, promotions, pagination, bad input, query counts."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.models import Locale

from home.models import ContentPage
from partners.models import PartnerPage

from .factories import ContentPageFactory
from .search_helpers import result_titles


def test_results_come_from_the_current_locale_only(client, search_site):
    english = client.get("/en/search/", {"q": "scholarships stypendia"})
    assert result_titles(english) == ["Scholarships for international students"]

    polish = client.get("/pl/search/", {"q": "scholarships stypendia"})
    assert result_titles(polish) == ["Stypendia dla studentów z zagranicy"]
    assert '<a href="/pl/scholarships/">' in polish.text


def test_each_result_has_a_title_link_type_and_highlighted_snippet(client, search_site):
    response = client.get("/en/search/", {"q": "dormitory"})
    assert response.status_code == 200
    html = response.text
    assert '<a href="/en/dormitory/"><mark>Dormitory</mark></a>' in html
    assert '<span class="search-result__type">Page</span>' in html
    assert "Rooms for students near the campus." in html
    assert "1 result for “dormitory”" in html


def test_highlighting_marks_word_forms_and_escapes_page_text(client, search_site):
    page = search_site["dormitory"]
    page.intro = "Rules of the dormitory: <script>alert(1)</script> & <b>dormitories</b> open in June."
    page.save_revision().publish()
    html = client.get("/en/search/", {"q": "dormitory"}).text
    snippet = html.split('<p class="search-result__snippet">')[1].split("</p>")[0]
    assert (
        snippet
        == "Rules of the <mark>dormitory</mark>: alert(1) &amp; <mark>dormitories</mark> open in June."
    )
    assert "<script>" not in html and "<b>" not in html


def test_query_text_is_escaped_everywhere(client, search_site):
    html = client.get("/en/search/", {"q": '<img src=x onerror="alert(1)">'}).text
    assert "<img src=x" not in html
    assert 'onerror="alert' not in html


def test_the_type_filter_keeps_one_kind_of_page(client, search_site, monkeypatch):
    monkeypatch.setattr(PartnerPage, "search_type", "partner", raising=False)
    everything = client.get("/en/search/", {"q": "Erzurum Turkey"})
    assert sorted(result_titles(everything)) == [
        "Erzurum Technical University",
        "Scholarships for international students",
    ]
    assert '<span class="search-result__type">Partner university</span>' in everything.text

    partners = client.get("/en/search/", {"q": "Erzurum Turkey", "type": "partner"})
    assert result_titles(partners) == ["Erzurum Technical University"]
    assert '<option value="partner" selected>' in partners.text


def test_an_unknown_type_is_ignored(client, search_site):
    response = client.get("/en/search/", {"q": "scholarships", "type": "<script>"})
    assert response.status_code == 200
    assert "Scholarships for international students" in response.text
    assert "&lt;script&gt;" not in response.text.split("<main", 1)[1]


def test_no_results_suggests_all_languages_and_labels_foreign_results(client, search_site):
    empty = client.get("/en/search/", {"q": "stypendia"})
    assert empty.status_code == 200
    assert "Nothing matches “stypendia” in English." in empty.text
    assert 'href="?q=stypendia&amp;all_languages=1"' in empty.text

    everywhere = client.get("/en/search/", {"q": "stypendia", "all_languages": "1"})
    assert result_titles(everywhere) == ["Stypendia dla studentów z zagranicy"]
    everywhere = everywhere.text
    assert '<h2 class="search-result__title" lang="pl"><a href="/pl/scholarships/">' in everywhere
    assert 'Language: <span lang="pl">polski</span>' in everywhere


@pytest.mark.skipif(
    connection.vendor == "postgresql", reason="PostgreSQL stems Polish (test_search_languages.py)"
)
def test_polish_matches_words_not_stems_on_sqlite(client, search_site):
    """SQLite has no stemmer: an inflected form does not find the base form."""
    assert result_titles(client.get("/pl/search/", {"q": "uczelnia"})) == [
        "Stypendia dla studentów z zagranicy"
    ]
    assert result_titles(client.get("/pl/search/", {"q": "uczelni"})) == []
    assert result_titles(client.get("/pl/search/", {"q": "uczelniach"})) == []


def test_promotions_are_per_query_and_per_locale(client, search_site):
    # An editor promotes the English scholarship page for "erasmus".
    query = Query.get("erasmus")
    SearchPromotion.objects.create(query=query, page=search_site["scholarships"], description="Funding")
    english = client.get("/en/search/", {"q": "Erasmus"}).text
    recommended = english.split('id="search-promoted-heading"')[1].split("</section>")[0]
    assert 'href="/en/scholarships/"' in recommended and "Funding" in recommended

    # Polish visitors get the Polish translation of the promoted page…
    polish = client.get("/pl/search/", {"q": "erasmus"}).text
    recommended = polish.split('id="search-promoted-heading"')[1].split("</section>")[0]
    assert 'href="/pl/scholarships/"' in recommended
    # The editor's English description is not shown next to the Polish page.
    assert "Funding" not in recommended
    # …and, where it is not translated, the English page labelled as English (core.localization).
    arabic = client.get("/ar/search/", {"q": "erasmus"}).text
    recommended = arabic.split('id="search-promoted-heading"')[1].split("</section>")[0]
    assert 'href="/en/scholarships/" lang="en"' in recommended and "Funding" in recommended
    assert '<span lang="en">English</span>' in recommended
    # Another query has no promotions.
    assert "search-promoted-heading" not in client.get("/en/search/", {"q": "dormitory"}).text


def test_queries_are_logged_for_editors_without_personal_data(client, search_site):
    cache.clear()  # the per-client log limit counts in the cache, which earlier tests' searches filled
    client.get("/en/search/", {"q": "Dormitory  "})
    client.get("/pl/search/", {"q": "dormitory"})
    client.get("/en/search/", {"q": "dormitory", "page": "2"})
    query = Query.objects.get(query_string="dormitory")
    assert QueryDailyHits.objects.get(query=query).hits == 2
    assert [field.name for field in Query._meta.get_fields() if field.concrete] == ["id", "query_string"]


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"q": ""},
        {"q": "   "},
        {"q": "x" * 10_000},
        {"q": "scholarship " * 2000},
        {"q": "?!.,;:-"},
        {"q": '" * : ( ) \\ OR AND NOT'},
        {"q": "scholarships OR (dormitory AND *)"},
        {"q": "title:scholarships"},
        {"q": "'; DROP TABLE wagtailcore_page; --"},
        {"q": "scholarships", "type": "unknown"},
        {"q": "scholarships", "page": "-1"},
        {"q": "scholarships", "page": "999999"},
        {"q": "scholarships", "page": "abc"},
        {"q": "scholarships", "all_languages": "yes please"},
        {"q": "\x00\ufffd"},
    ],
)
def test_bad_input_gives_a_normal_page(client, search_site, params):
    response = client.get("/en/search/", params)
    assert response.status_code == 200
    assert "<h1>Search</h1>" in response.text


def test_long_queries_are_truncated_before_the_backend(client, search_site):
    html = client.get("/en/search/", {"q": "scholarships " + "a" * 10_000}).text
    assert "Scholarships for international students" in html
    assert "a" * 300 not in html.split("<main", 1)[1]


def test_pages_beyond_the_last_show_the_last_page(client, search_site):
    for number in range(12):
        ContentPageFactory(parent=search_site["en"], title=f"Exchange guide {number}", intro="Exchange.")
    first = client.get("/en/search/", {"q": "exchange"}).text
    assert "12 results" in first and "Page 1 of 2" in first
    assert 'href="?q=exchange&amp;page=2"' in first
    last = client.get("/en/search/", {"q": "exchange", "page": "999999"}).text
    assert "Page 2 of 2" in last and '<ol class="search-results" start="11">' in last
    assert "Page 1 of 2" in client.get("/en/search/", {"q": "exchange", "page": "-1"}).text


def test_unpublished_pages_leave_the_results(client, search_site):
    search_site["dormitory"].unpublish()
    assert "Nothing matches" in client.get("/en/search/", {"q": "dormitory"}).text


def test_published_pages_are_found_without_reindexing(client, search_site):
    page = ContentPage(title="Visa appointments", slug="visa", intro="Consulates and dates.")
    search_site["en"].add_child(instance=page)
    page.save_revision().publish()
    assert "Visa appointments" in client.get("/en/search/", {"q": "consulates"}).text
    page.intro = "Embassies and dates."
    page.save_revision().publish()
    assert "Visa appointments" in client.get("/en/search/", {"q": "embassies"}).text
    assert "Visa appointments" not in client.get("/en/search/", {"q": "consulates"}).text


def test_a_language_with_few_translations_finds_the_english_pages_not_translated_yet(client, search_site):
    """core.localization's policy: the language's own pages, then English ones not translated yet."""
    # Arabic has no translations: both English pages, linked in English and labelled so.
    arabic = client.get("/ar/search/", {"q": "campus Spain"})
    assert sorted(result_titles(arabic)) == ["Dormitory", "Scholarships for international students"]
    assert '<h2 class="search-result__title" lang="en"><a href="/en/dormitory/">' in arabic.text
    assert '<span lang="en">English</span>' in arabic.text
    # Polish has the scholarships page: its English source is not offered a second time.
    assert result_titles(client.get("/pl/search/", {"q": "campus Spain"})) == ["Dormitory"]
    # An alias in the Arabic tree is not a translation: the English page is found once, as English.
    search_site["dormitory"].create_alias(
        parent=search_site["en"].get_translation(Locale.objects.get(language_code="ar")),
        update_locale=Locale.objects.get(language_code="ar"),
    )
    arabic = client.get("/ar/search/", {"q": "campus"})
    assert result_titles(arabic) == ["Dormitory"] and 'href="/en/dormitory/"' in arabic.text
    suggestions = client.get("/ar/search/autocomplete/", {"q": "dorm"}).json()["results"]
    assert [item["url"] for item in suggestions] == ["/en/dormitory/"]


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("extra_pages", [0, 30])
def test_result_pages_run_a_bounded_number_of_queries(
    client, search_site, django_assert_max_num_queries, extra_pages, language
):
    for number in range(extra_pages):
        ContentPageFactory(parent=search_site["en"], title=f"Student life {number}", intro="On campus.")
    # "campus" is the same word in every text-search configuration (English pages are found in /ar/).
    client.get(f"/{language}/search/", {"q": "campus"})
    with django_assert_max_num_queries(22):
        response = client.get(f"/{language}/search/", {"q": "campus"})
    assert response.status_code == 200 and "search-result__title" in response.text


def test_the_search_box_is_in_every_page_header(client, search_site):
    html = client.get("/pl/").text
    assert 'action="/pl/search/"' in html
    assert 'data-autocomplete-url="/pl/search/autocomplete/"' in html
    assert '<label class="site-search__label" for="site-search-input">Szukaj</label>' in html


def test_dated_page_types_show_their_date(client, search_site, monkeypatch):
    # News pages declare `search_date`; generic pages have none.
    monkeypatch.setattr(ContentPage, "search_date", property(lambda page: datetime.date(2022, 5, 16)))
    html = client.get("/en/search/", {"q": "dormitory"}).text
    assert '<time class="search-result__date" datetime="2022-05-16">May 16, 2022</time>' in html
    monkeypatch.undo()
    assert "search-result__date" not in client.get("/en/search/", {"q": "dormitory"}).text
