"""The programme finder: GET filters, counts per value, pagination, bad input, bounded queries."""

import re

import pytest

from institutions.finder import PER_PAGE

from .conftest import publish_translation
from .factories import StudyProgrammePageFactory, add_children

URL = "/en/programmes/"


def result_titles(html):
    return re.findall(r'<h3 class="programme-card__title"><a href="[^"]+">([^<]+)</a></h3>', html)


def option(html, facet, value):
    """The count shown next to a filter value, or None when the value is not offered."""
    match = re.search(
        rf'id="{facet}-{value}" name="{facet}" value="{value}"( checked)?>\s*<label[^>]*>[^<]*'
        r'<span class="finder__count">\((\d+)\)</span>',
        html,
    )
    return (int(match.group(2)), bool(match.group(1))) if match else None


@pytest.fixture
def programmes(universities):
    but, mub = universities["but"], universities["mub"]
    return {
        "cs": StudyProgrammePageFactory(
            parent=but, title="Computer Science", level="bachelor", field_of_study="ict"
        ),
        "civil": StudyProgrammePageFactory(
            parent=but,
            title="Civil Engineering",
            level="master",
            taught_in_polish=True,
            taught_in_english=False,
        ),
        "exchange": StudyProgrammePageFactory(parent=but, title="Engineering exchange", level="exchange"),
        "medicine": StudyProgrammePageFactory(
            parent=mub, title="Medicine", level="master", field_of_study="health", intro="Become a doctor."
        ),
        "draft": StudyProgrammePageFactory(parent=mub, title="Draft nursing", level="bachelor", live=False),
    }


def test_lists_every_live_programme_of_every_institution(client, programmes):
    html = client.get(URL).text
    assert result_titles(html) == [
        "Civil Engineering",
        "Computer Science",
        "Engineering exchange",
        "Medicine",
    ]
    assert "4 programmes found" in html
    assert '<span class="programme-card__institution">Medical University of Białystok</span>' in html


def test_filters_by_level_and_counts_each_value(client, programmes):
    html = client.get(URL, {"level": "master"}).text
    assert result_titles(html) == ["Civil Engineering", "Medicine"]
    # A facet's own counts ignore its own selection, so other levels stay reachable.
    assert option(html, "level", "master") == (2, True)
    assert option(html, "level", "bachelor") == (1, False)
    assert option(html, "level", "exchange") == (1, False)
    assert option(html, "level", "phd") is None
    # Other facets count within the selection.
    assert option(html, "institution", "but") == (1, False)
    assert option(html, "institution", "mub") == (1, False)
    assert option(html, "language", "en") == (1, False)
    assert option(html, "language", "pl") == (1, False)


def test_values_of_one_facet_combine_with_or_and_facets_with_and(client, programmes):
    html = client.get(URL, {"level": ["master", "exchange"], "language": "en"}).text
    assert result_titles(html) == ["Engineering exchange", "Medicine"]
    html = client.get(URL, {"institution": "but", "field": "ict"}).text
    assert result_titles(html) == ["Computer Science"]


def test_filters_by_language_of_instruction(client, programmes):
    assert result_titles(client.get(URL, {"language": "pl"}).text) == ["Civil Engineering"]
    html = client.get(URL, {"language": ["pl", "en"]}).text
    assert len(result_titles(html)) == 4


def test_text_query_searches_titles_and_summaries(client, programmes):
    assert result_titles(client.get(URL, {"q": "doctor"}).text) == ["Medicine"]
    assert result_titles(client.get(URL, {"q": "engineering"}).text) == [
        "Civil Engineering",
        "Engineering exchange",
    ]


@pytest.mark.parametrize(
    ("params", "value", "name"),
    [
        ({"level": "xyz"}, "xyz", "Level"),
        ({"institution": "999"}, "999", "University"),
        ({"language": ["klingon", "pl"]}, "klingon", "Language of instruction"),
        ({"field": "alchemy\x00\x07"}, "alchemy", "Field of study"),
    ],
)
def test_unknown_filter_values_are_named_and_ignored(client, programmes, params, value, name):
    response = client.get(URL, params)
    assert response.status_code == 200
    html = response.text
    assert f"There is no choice “{value}” for “{name}”: the results are not filtered by it." in html
    expected = (
        ["Civil Engineering"]
        if "language" in params
        else [
            "Civil Engineering",
            "Computer Science",
            "Engineering exchange",
            "Medicine",
        ]
    )
    assert result_titles(html) == expected


@pytest.mark.parametrize("query", ["<script>alert(1)</script>", "x" * 5000])
def test_a_text_query_nothing_matches_shows_a_clear_empty_state(client, programmes, query):
    response = client.get(URL, {"q": query})
    assert response.status_code == 200
    html = response.text
    assert result_titles(html) == []
    assert "No programme matches these filters." in html
    assert f'<a href="{URL}">Show all programmes</a>' in html
    assert "<script>alert(1)</script>" not in html


@pytest.mark.parametrize("page", ["99999", "-1", "abc", "", "1.5", "0"])
def test_bad_page_numbers_give_a_normal_page(client, universities, page):
    StudyProgrammePageFactory.create_batch(PER_PAGE + 2, parent=universities["but"])
    response = client.get(URL, {"page": page})
    assert response.status_code == 200
    assert len(result_titles(response.text)) in {PER_PAGE, 2}


def test_pagination_keeps_the_filters(client, universities):
    StudyProgrammePageFactory.create_batch(PER_PAGE + 1, parent=universities["but"], level="master")
    StudyProgrammePageFactory(parent=universities["mub"], level="bachelor")
    html = client.get(URL, {"level": "master"}).text
    assert len(result_titles(html)) == PER_PAGE
    assert 'href="?level=master&amp;page=2"' in html
    second = client.get(URL, {"level": "master", "page": 2}).text
    assert len(result_titles(second)) == 1
    assert 'aria-current="page">2</a>' in second


def test_each_language_lists_its_own_translations(client, translated_home, universities, programmes):
    publish_translation(universities["finder"], "pl")
    publish_translation(universities["index"], "pl")
    publish_translation(universities["mub"], "pl")
    medicine = publish_translation(programmes["medicine"], "pl")
    medicine.title = "Kierunek lekarski"
    medicine.save_revision().publish()
    html = client.get("/pl/programmes/").text
    assert result_titles(html) == ["Kierunek lekarski"]
    assert 'href="/pl/universities/mub/medicine' in html or "/pl/universities/mub/" in html


def test_programmes_of_an_unpublished_institution_are_left_out(client, universities, programmes):
    universities["mub"].unpublish()
    assert "Medicine" not in result_titles(client.get(URL).text)


@pytest.mark.parametrize("count", [10, 500])
def test_finder_runs_a_bounded_number_of_queries(client, universities, django_assert_max_num_queries, count):
    programmes = {"but": [], "mub": []}
    for number in range(count):
        programmes["but" if number % 2 else "mub"].append(
            StudyProgrammePageFactory.build(
                level=["bachelor", "master", "phd", "exchange"][number % 4],
                taught_in_polish=bool(number % 3),
            )
        )
    for institution, pages in programmes.items():
        add_children(universities[institution], pages)
    # The shared header and footer (menu, languages, policy links, consent) are part of the count; the
    # counts of every filter value take one query (core.facets), not one per filter: 18 at 10 and 500 (21 before).
    # A first request fills the process's caches (content types, site roots), which are not per page.
    client.get(URL)
    with django_assert_max_num_queries(18):
        response = client.get(URL, {"level": ["master", "phd"], "language": "pl", "page": 2})
    assert response.status_code == 200
    found = sum(1 for number in range(count) if number % 4 in (1, 2) and number % 3)
    assert f"{found} programmes found" in response.text
    assert len(result_titles(response.text)) == (
        found if found <= PER_PAGE else min(PER_PAGE, found - PER_PAGE)
    )
