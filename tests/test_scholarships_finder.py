"""The scholarship finder: citizenship, level and university filters with counts, localized listing,
bad input, sitemap and search, constant queries."""

import datetime
import re

import pytest

from scholarships.finder import PER_PAGE

from .conftest import publish_translation
from .factories import ScholarshipIndexPageFactory, ScholarshipPageFactory, add_children

URL = "/en/scholarships/"


def titles(html):
    return re.findall(r'<h3 class="programme-card__title"><a href="[^"]+"[^>]*>([^<]+)</a></h3>', html)


def option(html, name, value):
    """The label of a select's option, or None when the form does not offer it."""
    select = html.split(f'name="{name}"', 1)[1].split("</select>", 1)[0]
    match = re.search(rf'<option value="{value}"( selected)?>([^<]*)</option>', select)
    return (match.group(2), bool(match.group(1))) if match else None


@pytest.fixture
def scholarships(universities):
    index = ScholarshipIndexPageFactory(parent=universities["index"].get_parent())
    return {
        "index": index,
        "banach": ScholarshipPageFactory(
            parent=index,
            title="Banach",
            level="master",
            citizenship="UA GE MD",
            deadline=datetime.date(2027, 4, 1),
        ),
        "lukasiewicz": ScholarshipPageFactory(
            parent=index,
            title="Łukasiewicz",
            level="master",
            citizenship="NG KE VN",
            deadline=datetime.date(2027, 3, 1),
        ),
        "rector": ScholarshipPageFactory(
            parent=index, title="Rector", institution=universities["but"], deadline=None
        ),
        "erasmus": ScholarshipPageFactory(
            parent=index, title="Erasmus", level="exchange", deadline=datetime.date(2027, 5, 1)
        ),
        "draft": ScholarshipPageFactory(parent=index, title="Draft", live=False),
    }


def test_lists_every_live_scholarship_by_deadline(client, scholarships):
    html = client.get(URL).text
    assert titles(html) == ["Łukasiewicz", "Banach", "Erasmus", "Rector"]  # no deadline: last
    assert "4 scholarships found" in html
    assert '<span class="programme-card__institution">Bialystok University of Technology</span>' in html


def test_a_ukrainian_masters_student_sees_what_they_may_apply_for(client, scholarships):
    html = client.get(URL, {"citizenship": "UA", "level": "master"}).text
    # Banach names Ukraine; Rector is open to every citizenship and level. Erasmus is for exchanges.
    assert titles(html) == ["Banach", "Rector"]
    assert option(html, "citizenship", "UA") == ("Ukraine (2)", True)
    assert option(html, "citizenship", "NG") == ("Nigeria (2)", False)  # Łukasiewicz and Rector
    assert option(html, "level", "master") == ("Master&#x27;s degree (2)", True)
    assert option(html, "level", "exchange") == ("Exchange semester (2)", False)  # Rector, Erasmus
    assert option(html, "institution", "national") == ("National scholarships (1)", False)
    assert option(html, "institution", "but") == ("Bialystok University of Technology (1)", False)
    assert option(html, "institution", "mub") is None  # nothing there: not offered
    assert '<meta name="robots" content="noindex, follow">' in html


def test_filters_by_university_or_national(client, scholarships):
    assert titles(client.get(URL, {"institution": "but"}).text) == ["Rector"]
    national = client.get(URL, {"institution": "national", "citizenship": "KE"}).text
    assert titles(national) == ["Łukasiewicz", "Erasmus"]


def test_countries_are_named_in_the_readers_language(client, translated_home, scholarships):
    publish_translation(scholarships["index"], "pl")
    html = client.get("/pl/scholarships/", {"citizenship": "UA"}).text
    assert option(html, "citizenship", "UA") == ("Ukraina (3)", True)
    # English scholarships not translated yet are listed with a language label.
    assert 'Język: <span lang="en">English</span>' in html


def test_each_language_lists_its_own_translation(client, translated_home, scholarships):
    publish_translation(scholarships["index"], "pl")
    banach = publish_translation(scholarships["banach"], "pl")
    banach.title = "Banach po polsku"
    banach.save_revision().publish()
    html = client.get("/pl/scholarships/").text
    assert titles(html) == ["Łukasiewicz", "Banach po polsku", "Erasmus", "Rector"]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"citizenship": "QQ"}, "There is no choice “QQ” for “Your citizenship”"),
        ({"level": "wizard\x00\x1b"}, "There is no choice “wizard” for “Your studies”"),
        (
            {"institution": "<script>alert(1)</script>"},
            "There is no choice “&lt;script&gt;alert(1)&lt;/script&gt;”",
        ),
    ],
)
def test_unknown_values_are_named_and_ignored(client, scholarships, params, message):
    response = client.get(URL, params)
    assert response.status_code == 200
    assert message in response.text
    assert "<script>alert(1)" not in response.text
    assert len(titles(response.text)) == 4


def test_a_filter_nothing_matches_shows_a_clear_empty_state(client, scholarships):
    html = client.get(URL, {"citizenship": "FR", "level": "phd", "institution": "national"}).text
    assert titles(html) == []
    assert "No scholarship matches these filters." in html
    assert f'<a href="{URL}">Show all scholarships</a>' in html


@pytest.mark.parametrize("page", ["99999999999999999999", "-3", "junk", "1\x00", "0"])
def test_bad_page_numbers_give_a_normal_page(client, scholarships, page):
    add_children(scholarships["index"], [ScholarshipPageFactory.build() for _ in range(PER_PAGE)])
    response = client.get(URL, {"page": page, "citizenship": "UA"})
    assert response.status_code == 200
    assert len(titles(response.text)) in {PER_PAGE, 1}


def test_pagination_keeps_the_filters(client, scholarships):
    add_children(scholarships["index"], [ScholarshipPageFactory.build(level="phd") for _ in range(PER_PAGE)])
    html = client.get(URL, {"level": "phd"}).text
    assert "13 scholarships found" in html  # and Rector, open to every level
    assert 'href="?level=phd&amp;page=2"' in html


def test_scholarships_are_in_the_sitemap_and_search_with_their_own_type(client, scholarships):
    assert f"<loc>http://testserver{scholarships['banach'].url}</loc>" in client.get("/sitemap.xml").text
    html = client.get("/en/search/", {"q": "Banach", "type": "scholarship"}).text
    assert '<span class="search-result__type">Scholarship</span>' in html
    assert '<option value="scholarship" selected>' in html


@pytest.mark.parametrize("count", [10, 500])
def test_finder_runs_a_constant_number_of_queries(client, scholarships, django_assert_num_queries, count):
    add_children(
        scholarships["index"],
        [
            ScholarshipPageFactory.build(
                level=["master", "bachelor", ""][number % 3],
                citizenship=["UA", "UA GE", "", "NG"][number % 4],
            )
            for number in range(count)
        ],
    )
    # The shared header and footer (menu, languages, policy links, consent) are part of the count; the
    # finder adds its section, the universities, the counts (countries, then the other choices), the total and the page.
    # A first request fills the process's caches (content types, site roots), which are not per page.
    client.get(URL)
    with django_assert_num_queries(19):
        response = client.get(URL, {"citizenship": "UA", "level": "master", "page": 2})
    assert response.status_code == 200
    found = sum(1 for number in range(count) if number % 3 != 1 and number % 4 != 3) + 2  # Banach, Rector
    assert f"{found} scholarships found" in response.text
    assert len(titles(response.text)) == min(PER_PAGE, max(found - PER_PAGE, 0)) or found <= PER_PAGE
