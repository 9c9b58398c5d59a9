"""Listings of a language show the pages not translated yet (core.localization's policy, docs/localization.md).

Every listing of /ar/ (news index and year archive, the home page's latest news, the partner directory,
the programme finder, the universities index, an institution's programmes, the events calendar) shows
its own pages and then the English ones not translated yet, each marked with `lang="en"` and a visible
language label; a page translated into Arabic is shown once, in Arabic. The number of queries of each
listing is the same with 3 or 30 untranslated items.
"""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from .conftest import publish_translation
from .factories import (
    EventIndexPageFactory,
    EventPageFactory,
    InstitutionPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    PartnerPageFactory,
    StudyProgrammePageFactory,
    add_children,
)

LABEL = 'اللغة: <span lang="en">English</span>'
LISTINGS = {
    "news index": "/ar/news/",
    "year archive": "/ar/news/2024/",
    "home page": "/ar/",
    "partner directory": "/ar/partners/",
    "programme finder": "/ar/programmes/",
    "universities index": "/ar/universities/",
    "institution": "/ar/universities/but/",
    "events calendar": "/ar/events/",
}


@pytest.fixture
def sections(translated_home, universities, partner_index):
    """Every listing's section in English and Arabic, with one English item of each translated."""
    home = translated_home["en"]
    news = NewsIndexPageFactory(parent=home)
    events = EventIndexPageFactory(parent=home)
    article = NewsPageFactory(parent=news, title="Translated article", date=datetime.date(2024, 5, 1))
    partner = PartnerPageFactory(parent=partner_index, title="Translated partner")
    programme = StudyProgrammePageFactory(parent=universities["but"], title="Translated programme")
    event = EventPageFactory(parent=events, title="Translated event")
    for page in (news, events, partner_index, universities["index"], universities["finder"]):
        publish_translation(page, "ar")
    publish_translation(universities["but"], "ar")
    for page in (article, partner, programme, event):
        arabic = page.copy_for_translation(translated_home["ar"].locale)
        arabic.title = "مترجم"
        arabic.save_revision().publish()
    return {"news": news, "events": events, "partners": partner_index, **universities}


def add_untranslated(sections, count, start):
    """`count` English items in every listing, none of them translated."""
    numbers = range(start, start + count)
    add_children(
        sections["news"],
        [NewsPageFactory.build(title=f"Only English {n}", date=datetime.date(2024, 4, 1)) for n in numbers],
    )
    add_children(sections["partners"], [PartnerPageFactory.build(title=f"Only English {n}") for n in numbers])
    add_children(
        sections["but"],
        [StudyProgrammePageFactory.build(title=f"Only English {n}", slug=f"only-{n}") for n in numbers],
    )
    add_children(
        sections["index"],
        [InstitutionPageFactory.build(title=f"Only English {n}", slug=f"only-{n}") for n in numbers],
    )
    soon = timezone.now() + datetime.timedelta(days=3)
    add_children(
        sections["events"],
        [EventPageFactory.build(title=f"Only English {n}", slug=f"only-{n}", start=soon) for n in numbers],
    )


def english_titles(html):
    """Titles of items marked as English (an element with lang="en" right around the title)."""
    return set(re.findall(r'lang="en">\s*(?:<[^>]+>\s*)*(Only English \d+|Translated \w+)<', html))


def queries(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context)


@pytest.mark.parametrize("listing", LISTINGS)
def test_arabic_listings_show_english_pages_not_translated_yet_marked_as_english(client, sections, listing):
    add_untranslated(sections, 3, start=1)
    html = client.get(LISTINGS[listing]).text
    shown = english_titles(html)
    # The home page shows the three newest articles: the translated one and the two last added.
    expected = (2, 3) if listing == "home page" else (1, 2, 3)
    assert {t for t in shown if t.startswith("Only English")} == {f"Only English {n}" for n in expected}
    # A translated item appears in Arabic, never also in English.
    assert not {t for t in shown if t.startswith("Translated")}, listing
    assert LABEL in html


def test_arabic_listings_show_the_arabic_version_of_translated_items(client, sections):
    html = (
        client.get("/ar/news/").text + client.get("/ar/partners/").text + client.get("/ar/programmes/").text
    )
    assert html.count(">مترجم<") >= 3
    assert "Translated article" not in html
    assert "Translated partner" not in html
    assert "Translated programme" not in html


def test_the_universities_index_counts_the_programmes_a_reader_sees(client, sections):
    add_untranslated(sections, 3, start=1)
    html = client.get("/ar/universities/").text
    # BUT in Arabic: its translated programme plus the three English ones.
    card = html[html.index('href="/ar/universities/but/"') :]
    assert re.search(r"institution-card__meta\">\s*4 ", card)


def test_every_listings_queries_stay_the_same_from_3_to_30_untranslated_items(client, sections):
    add_untranslated(sections, 3, start=1)
    for url in LISTINGS.values():
        client.get(url)  # the site, consent settings and content types are cached once per process
    small = {listing: queries(client, url) for listing, url in LISTINGS.items()}
    add_untranslated(sections, 27, start=4)
    large = {listing: queries(client, url) for listing, url in LISTINGS.items()}
    assert large == small
    assert max(large.values()) <= 30, large
