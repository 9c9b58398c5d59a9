"""Scholarship pages and their index: tree rules, facts shown per locale, pagination, bad input, queries."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from home.models import HomePage
from scholarships.models import ScholarshipIndexPage, ScholarshipPage

from .factories import ScholarshipIndexPageFactory, ScholarshipPageFactory

URL = "/en/scholarships/"


@pytest.fixture
def finder(home_page):
    return ScholarshipIndexPageFactory(parent=home_page)


def test_tree_rules():
    assert ScholarshipIndexPage.parent_page_types == ["home.HomePage"]
    assert ScholarshipIndexPage.max_count_per_parent == 1
    assert ScholarshipPage.parent_page_types == ["scholarships.ScholarshipIndexPage"]
    assert ScholarshipPage.subpage_types == []
    assert ScholarshipIndexPage in HomePage.allowed_subpage_models()


def test_citizenship_takes_only_country_codes_and_is_normalised(finder):
    page = ScholarshipPageFactory(parent=finder, citizenship="ua  by ua")
    page.refresh_from_db()
    assert page.citizenship == "UA BY"
    page.citizenship = "UA QQ"
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "QQ" in str(error.value)


def test_page_shows_the_facts_in_the_readers_language(client, finder):
    page = ScholarshipPageFactory(
        parent=finder,
        title="Banach Programme",
        level="master",
        citizenship="UA GE",
        deadline=datetime.date(2027, 3, 31),
        covers="Tuition and a monthly allowance.",
    )
    html = client.get(page.url).text
    assert "Banach Programme" in html
    assert "Citizens of Ukraine, Georgia" in html
    assert "Master&#x27;s degree" in html or "Master's degree" in html
    assert '<time datetime="2027-03-31">' in html
    assert '<time datetime="2026-12-01">' in html  # checked on
    assert 'href="https://nawa.gov.pl/en/"' in html
    assert "National scholarship" in html


def test_page_without_citizenship_is_open_to_everyone(client, finder):
    page = ScholarshipPageFactory(parent=finder, citizenship="")
    assert "Citizens of every country" in client.get(page.url).text


def test_index_lists_live_scholarships_by_deadline(client, finder):
    ScholarshipPageFactory(parent=finder, title="Late", deadline=datetime.date(2027, 6, 1))
    ScholarshipPageFactory(parent=finder, title="Early", deadline=datetime.date(2027, 1, 15))
    ScholarshipPageFactory(parent=finder, title="Draft", live=False)
    html = client.get(URL).text
    assert html.index("Early") < html.index("Late")
    assert "Draft" not in html
    assert "2 scholarships found" in html


@pytest.mark.parametrize("page", ["99999999999999999999", "-3", "junk", "1\x00", "2"])
def test_bad_page_numbers_never_fail(client, finder, page):
    ScholarshipPageFactory(parent=finder)
    response = client.get(URL, {"page": page})
    assert response.status_code == 200
    assert "1 scholarship found" in response.text
