""" "Did you mean": spelling suggestions from the titles of the pages searched, offered as a link."""

import html

import pytest

from search.suggestions import suggest

from .factories import ContentPageFactory


@pytest.fixture
def typo_site(search_site):
    ContentPageFactory(
        parent=search_site["en"], title="Exchange with Erasmus+", slug="erasmus", intro="Study abroad."
    )
    ContentPageFactory(parent=search_site["en"], title="Scholarship office", slug="office", intro="Room 12.")
    return search_site


def suggestion_of(response):
    assert response.status_code == 200
    text = response.text
    if "search-page__suggestion" not in text:
        return None
    paragraph = text.split('<p class="search-page__suggestion">')[1].split("</p>")[0]
    return html.unescape(paragraph)


def test_a_misspelt_word_suggests_the_title_word_as_a_link(client, typo_site):
    assert suggestion_of(client.get("/en/search/", {"q": "scholarhsip"})) == (
        'Did you mean <a href="/en/search/?q=scholarship">scholarship</a>?'
    )
    assert suggestion_of(client.get("/en/search/", {"q": "erazmus"})) == (
        'Did you mean <a href="/en/search/?q=Erasmus">Erasmus</a>?'
    )


def test_the_query_is_not_rewritten_silently(client, typo_site):
    response = client.get("/en/search/", {"q": "erazmus"})
    assert "0 results for “erazmus”" in response.text


def test_only_misspelt_words_change(client, typo_site):
    assert suggest("erazmus office", "en") == "Erasmus office"


def test_a_correct_query_gets_no_suggestion(client, typo_site):
    assert suggestion_of(client.get("/en/search/", {"q": "scholarship"})) is None
    assert suggestion_of(client.get("/en/search/", {"q": "dormitory"})) is None


def test_nothing_close_gets_no_suggestion(client, typo_site):
    assert suggestion_of(client.get("/en/search/", {"q": "xylophone"})) is None


@pytest.mark.parametrize("query", ["?!*&^%$#@", "scholar\x00hsip", "a" * 10_000, "erazmus " * 2000])
def test_bad_input_answers_200(client, typo_site, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    if query.startswith(("?", "a")):
        assert suggestion_of(response) is None


def test_suggestions_come_from_the_language_searched(client, typo_site):
    # Polish readers also search the English pages not translated yet (the default language).
    assert suggest("stypednia", "pl") == "stypendia"
    assert suggest("stypednia", "en") is None


@pytest.mark.parametrize("extra_pages", [0, 40])
def test_a_suggestion_costs_one_query(typo_site, django_assert_num_queries, extra_pages):
    for number in range(extra_pages):
        ContentPageFactory(parent=typo_site["en"], title=f"Student life {number}", intro="On campus.")
    with django_assert_num_queries(1):
        assert suggest("scholarhsip", "en") == "scholarship"
