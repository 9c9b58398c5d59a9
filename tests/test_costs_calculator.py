"""The cost-of-living calculator: sums, currencies, locale formats, bad input and bounded queries."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from costs.budget import Range, convert
from costs.models import PriceItem

from .conftest import publish_translation
from .factories import CostOfLivingPageFactory, PriceItemFactory

URL = "/en/cost-of-living/"

ITEMS = [
    ("dormitory", 600, 900),
    ("shared-flat", 1200, 1800),
    ("studio", 2200, None),
    ("food", 800, 1200),
    ("transport", 55, None),
    ("phone", 30, 60),
]


@pytest.fixture
def calculator(home_page):
    page = CostOfLivingPageFactory(parent=home_page)
    for position, (kind, low, high) in enumerate(ITEMS):
        PriceItemFactory(page=page, kind=kind, low=low, high=high, sort_order=position)
    return page


def totals(html):
    """The (term, value) pairs of the totals list, with the whitespace of the markup collapsed."""
    block = re.search(r'<dl class="costs__totals"[^>]*>(.*?)</dl>', html, re.S).group(1)
    pairs = re.findall(r"<dt>(.*?)</dt>\s*<dd>(.*?)</dd>", block, re.S)
    return [(" ".join(term.split()), " ".join(value.split())) for term, value in pairs]


def breakdown(html):
    return re.findall(r'<th scope="row">([^<]+)', html)


def test_default_budget_is_the_first_housing_and_every_other_item(client, calculator):
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert breakdown(html) == [
        "Room in a student dormitory",
        "Food",
        "Public transport pass",
        "Phone and mobile internet",
    ]
    # 600+800+55+30 = 1485 up to 900+1200+55+60 = 2215; a year of 12 months.
    assert totals(html)[:2] == [("A month", "1,485–2,215 PLN"), ("A year (12 months)", "17,820–26,580 PLN")]
    assert 'id="housing-dormitory" name="housing" value="dormitory" checked' in html


def test_choices_change_the_sums_and_the_currencies(client, calculator):
    response = client.get(URL, {"housing": "studio", "item": ["food"], "months": "10"})
    html = response.content.decode()
    assert breakdown(html) == ["Studio flat", "Food"]
    # 2200+800 = 3000 up to 2200+1200 = 3400; ten months; EUR at 4.25, USD at 4.00.
    assert totals(html) == [
        ("A month", "3,000–3,400 PLN"),
        ("A year (10 months)", "30,000–34,000 PLN"),
        ("Approximately in EUR", "706–800 a month, 7,059–8,000 a year"),
        ("Approximately in USD", "750–850 a month, 7,500–8,500 a year"),
    ]
    assert "noindex" in html


def test_a_submitted_form_without_extras_counts_housing_only(client, calculator):
    html = client.get(URL, {"housing": "shared-flat", "months": "12"}).content.decode()
    assert breakdown(html) == ["Room in a shared flat"]
    assert totals(html)[0] == ("A month", "1,200–1,800 PLN")


def test_a_link_with_only_a_housing_counts_every_other_item(client, calculator):
    html = client.get(URL, {"housing": "studio"}).content.decode()
    assert breakdown(html) == ["Studio flat", "Food", "Public transport pass", "Phone and mobile internet"]


def test_conversion_rounds_half_up_to_whole_units():
    assert convert(850, 4) == 213  # 212.5
    assert Range(10, 20) * 3 == Range(30, 60)


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"months": "-3"}, "“-3” is not a number of months from 1 to 12"),
        ({"months": "99999999999999999999"}, "is not a number of months from 1 to 12"),
        ({"months": "1e3"}, "“1e3” is not a number of months"),
        ({"months": "٣"}, "“٣” is not a number of months"),
        ({"months": "13"}, "“13” is not a number of months"),
        ({"housing": "palace"}, "The calculator has no housing “palace”"),
        ({"housing": "dormitory", "item": "yacht"}, "The calculator has no item “yacht”"),
        ({"housing": "pal\x00ace\x07"}, "The calculator has no housing “palace”"),
        ({"housing": "x" * 10000}, "The calculator has no housing “" + "x" * 100 + "”"),
    ],
)
def test_bad_input_is_named_and_the_budget_still_shows(client, calculator, params, message):
    response = client.get(URL, params)
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html.replace("&ldquo;", "“").replace("&rdquo;", "”")
    assert totals(html)[0][0] == "A month"


def test_a_flood_of_item_values_reads_only_a_few(client, calculator):
    response = client.get(URL, {"housing": "dormitory", "item": ["junk"] * 5000})
    assert response.status_code == 200
    assert response.content.decode().count("has no item") == 20


def test_numbers_follow_the_language(client, translated_home, calculator):
    polish = publish_translation(calculator, "pl")
    arabic = publish_translation(calculator, "ar")
    assert polish.price_items.count() == len(ITEMS) == arabic.price_items.count()
    polish_html = client.get("/pl/cost-of-living/", {"housing": "studio", "item": "food"}).content.decode()
    assert "3\xa0000–3\xa0400 PLN" in polish_html
    assert "1 EUR = 4,2500 PLN" in polish_html
    arabic_html = client.get("/ar/cost-of-living/", {"housing": "studio", "item": "food"}).content.decode()
    assert 'dir="rtl"' in arabic_html
    # Arabic groups thousands with a dot (portal/formats/ar) and writes a decimal comma.
    assert "3.000–3.400 PLN" in arabic_html
    assert "1 EUR = 4,2500 PLN" in arabic_html


def test_editors_cannot_reverse_a_range_or_repeat_an_item(calculator):
    item = PriceItem(page=calculator, kind="phone", low=100, high=50, source="x", checked_on="2026-11-30")
    with translation.override("en"), pytest.raises(ValidationError, match="upper amount"):
        item.clean()
    calculator.price_items.add(PriceItem(kind="food", low=1, source="x", checked_on="2026-11-30"))
    with translation.override("en"), pytest.raises(ValidationError, match="repeated: Food"):
        calculator.clean()


@pytest.mark.parametrize("extra", [0, 40])
def test_queries_do_not_grow_with_the_items(client, calculator, django_assert_max_num_queries, extra):
    PriceItem.objects.bulk_create(
        PriceItem(
            page=calculator,
            locale_id=calculator.locale_id,
            kind="materials",
            low=10,
            source="x",
            checked_on="2026-11-30",
            sort_order=10 + number,
        )
        for number in range(extra)
    )
    client.get(URL)  # warm the site and locale caches
    with django_assert_max_num_queries(14):
        response = client.get(URL, {"housing": "dormitory", "item": ["food", "materials"]})
    assert response.status_code == 200
