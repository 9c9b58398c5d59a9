"""Demo calculator: monthly prices of a student's life in Białystok, as an international office would
collect them, each with its source and the day it was checked. The figures are demo figures, checked
on the dates given; the exchange rates are demo rates. Translations are in demo_translations/."""

import datetime
from decimal import Decimal

from wagtail.models import Site

from core.demo import translation_tables

from .models import CostOfLivingPage, PriceItem

CHECKED = datetime.date(2026, 11, 30)

PAGE = {
    "title": "Cost of living",
    "intro": "Choose where you will live and what you pay for: the calculator adds up a monthly and a yearly budget in złoty, with approximate euro and dollar amounts.",
    "eur_rate": Decimal("4.2300"),
    "usd_rate": Decimal("3.6500"),
    "rates_checked_on": CHECKED,
    "rates_source": "Demo rates, to be copied from NBP table A",
}

ITEMS = [
    (
        "dormitory",
        500,
        900,
        "A place in a double or single room of a university dormitory.",
        "Dormitory price lists of Białystok's universities",
        "https://uwb.edu.pl/",
    ),
    (
        "shared-flat",
        1000,
        1600,
        "A room in a flat shared with other students, bills included.",
        "Rental listings for Białystok",
        "",
    ),
    ("studio", 2000, 2800, "A small flat of your own, bills included.", "Rental listings for Białystok", ""),
    (
        "food",
        900,
        1400,
        "Cooking at home, with lunch at a university canteen now and then.",
        "Demo estimate of the international offices",
        "",
    ),
    (
        "transport",
        50,
        100,
        "A monthly city ticket; students under 26 pay a reduced fare.",
        "Białystok public transport (BKM)",
        "https://www.bkm.bialystok.pl/",
    ),
    (
        "phone",
        30,
        60,
        "A prepaid card or a small monthly plan with mobile internet.",
        "Polish mobile operators' price lists",
        "",
    ),
    (
        "insurance",
        0,
        150,
        "Nothing with a European Health Insurance Card; otherwise the NFZ voluntary insurance or a private policy.",
        "National Health Fund (NFZ)",
        "https://www.nfz.gov.pl/",
    ),
    (
        "materials",
        50,
        150,
        "Books, copies and small equipment.",
        "Demo estimate of the international offices",
        "",
    ),
]


def load(builder):
    home = Site.objects.get(is_default_site=True).root_page
    items = [
        PriceItem(
            kind=kind,
            low=low,
            high=high,
            note=note,
            source=source,
            source_url=url,
            checked_on=CHECKED,
            sort_order=position,
        )
        for position, (kind, low, high, note, source, url) in enumerate(ITEMS)
    ]
    page = builder.page(
        home, CostOfLivingPage, "cost-of-living", show_in_menus=True, price_items=items, **PAGE
    )
    builder.translate_all(page, translation_tables("costs"))
