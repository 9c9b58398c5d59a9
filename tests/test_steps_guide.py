"""Your steps to Białystok: each student's checklist by citizenship and level, dated, bad input, queries."""

import re

import pytest

from .conftest import publish_translation
from .factories import StepsGuidePageFactory

URL = "/en/your-steps/"


def step(title, days, citizenship, levels, **extra):
    return (
        "step",
        {
            "title": title,
            "what_to_do": f"Do {title}.",
            "days_before_start": days,
            "citizenship": citizenship,
            "levels": levels,
            "links": [],
            **extra,
        },
    )


STEPS = [
    step("Register your stay", -30, ["eu"], ["degree", "exchange", "doctoral"]),
    step("Apply for admission", 120, ["eu", "ukraine", "other"], ["degree"]),
    step("Apply for a national visa", 90, ["other"], ["degree", "exchange", "doctoral"]),
    step("Book a dormitory room", 60, ["eu", "ukraine", "other"], ["degree", "exchange"]),
    step("Buy health insurance", 14, ["other", "ukraine"], ["degree", "exchange", "doctoral"]),
    step("Nominate at your home university", 150, ["eu", "ukraine", "other"], ["exchange"]),
]


@pytest.fixture
def guide(home_page):
    return StepsGuidePageFactory(parent=home_page, steps=STEPS)


def checklist(html):
    listing = re.search(r'<ol class="steps__list">(.*?)</ol>', html, re.S)
    if listing is None:
        return []
    items = re.findall(
        r'<h3 class="step__title">([^<]+)</h3>\s*<p class="step__date">([^<]+)</p>', listing.group(1)
    )
    return [(title, " ".join(date.split())) for title, date in items]


def test_a_non_eu_bachelor_gets_their_steps_in_date_order(client, guide):
    response = client.get(URL, {"citizenship": "other", "level": "degree"})
    assert response.status_code == 200
    html = response.content.decode()
    # The semester starts on 1 October 2027; each date is that many days before it.
    assert checklist(html) == [
        ("Apply for admission", "By June 3, 2027"),
        ("Apply for a national visa", "By July 3, 2027"),
        ("Book a dormitory room", "By Aug. 2, 2027"),
        ("Buy health insurance", "By Sept. 17, 2027"),
    ]
    assert "Your steps: Other countries, Degree studies (bachelor&#x27;s or master&#x27;s)" in html
    assert 'value="other" selected' in html


def test_an_eu_exchange_student_registers_after_arrival_and_needs_no_visa(client, guide):
    html = client.get(URL, {"citizenship": "eu", "level": "exchange"}).content.decode()
    assert [title for title, _date in checklist(html)] == [
        "Nominate at your home university",
        "Book a dormitory room",
        "Register your stay",
    ]
    assert ("Register your stay", "By Oct. 31, 2027") in checklist(html)


def test_without_a_choice_every_step_is_listed(client, guide):
    html = client.get(URL).content.decode()
    assert len(checklist(html)) == len(STEPS)
    assert "Every step" in html
    assert "noindex" not in html


def test_a_choice_with_no_steps_says_so(client, home_page):
    StepsGuidePageFactory(parent=home_page, steps=[STEPS[0]])
    html = client.get(URL, {"citizenship": "other"}).content.decode()
    assert checklist(html) == []
    assert "No step is listed for this choice yet" in html


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"citizenship": "mars"}, "The guide has no citizenship group “mars”"),
        ({"level": "kindergarten"}, "The guide has no kind of studies “kindergarten”"),
        ({"level": "deg\x00ree\x1b", "citizenship": "<script>"}, "no citizenship group “&lt;script&gt;”"),
        ({"citizenship": "9" * 100000}, "no citizenship group “" + "9" * 100 + "”"),
    ],
)
def test_bad_input_is_named_and_the_guide_still_shows(client, guide, params, message):
    response = client.get(URL, params)
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert checklist(html)


def test_the_translated_guide_keeps_the_steps_and_their_dates(client, translated_home, guide):
    publish_translation(guide, "ar")
    html = client.get("/ar/your-steps/", {"citizenship": "other", "level": "degree"}).content.decode()
    assert 'dir="rtl"' in html
    assert [title for title, _date in checklist(html)][:2] == [
        "Apply for admission",
        "Apply for a national visa",
    ]


@pytest.mark.parametrize("count", [10, 500])
def test_queries_do_not_grow_with_the_steps(client, home_page, django_assert_max_num_queries, count):
    StepsGuidePageFactory(parent=home_page, steps=[STEPS[number % len(STEPS)] for number in range(count)])
    client.get(URL)
    with django_assert_max_num_queries(14):
        response = client.get(URL, {"citizenship": "other", "level": "degree"})
    assert response.status_code == 200
