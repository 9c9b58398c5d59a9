"""The judged query set: what a student types, in each language, and the pages that should come first.

Judged on the demo content (`load_demo`). Each entry is (language, query, slugs): the search page of
`language` answers `query` well when one of the pages with those slugs is among its first three
entries, promoted results included (they are what the visitor reads first). The demo has content in
English and Polish; Ukrainian, Spanish, Turkish and Arabic have their home page and three content pages,
so their other queries are searched in all languages (`all_languages`), as the search page offers. tests/test_search_relevance.py fails when success@3 drops below 0.9.
"""

from collections import defaultdict
from typing import NamedTuple


class Judgement(NamedTuple):
    language: str
    query: str
    slugs: tuple
    all_languages: bool = False


def judged(language, query, slugs, all_languages=False):
    return Judgement(language, query, tuple(slugs), all_languages)


ALL_LANGUAGES = True

JUDGEMENTS = [
    # English: titles, words from the text, plural forms, country names old and new.
    judged("en", "training week", ["international-training-week-2022"]),
    judged("en", "Erasmus", ["international-training-week-2022"]),
    judged("en", "international training week", ["international-training-week-2022"]),
    judged("en", "Turkey", ["firat"]),
    judged("en", "Türkiye", ["firat"]),
    judged("en", "Kosovo", ["pristina-mitrovica"]),
    judged("en", "Bhutan", ["jigme-namgyel"]),
    judged("en", "Kazakhstan", ["satbayev"]),
    judged("en", "Egypt", ["mansoura"]),
    judged("en", "Spain", ["burgos"]),
    judged("en", "Firat University", ["firat"]),
    judged("en", "Mansoura", ["mansoura"]),
    judged("en", "learning Polish", ["learning-polish"]),
    judged("en", "Polish", ["learning-polish"]),
    judged("en", "living in Bialystok", ["living-in-bialystok"]),
    judged("en", "Branicki Palace", ["living-in-bialystok"]),
    judged("en", "dentistry", ["dentistry-dds"]),
    judged("en", "medicine", ["medicine-md", "medical-university-of-bialystok"]),
    judged("en", "computer science", ["computer-science-bsc"]),
    judged("en", "summer school", ["international-summer-school"]),
    judged("en", "exchange semester", ["engineering-exchange-semester", "humanities-exchange-semester"]),
    judged("en", "privacy", ["privacy-policy"]),
    judged("en", "cookies", ["cookie-policy"]),
    judged("en", "accessibility", ["accessibility-statement"]),
    judged("en", "Medical University", ["medical-university-of-bialystok"]),
    judged("en", "University of Technology", ["bialystok-university-of-technology"]),
    # Polish: titles and inflected forms that occur in the Polish pages.
    judged("pl", "stypendium", ["engineering-exchange-semester"]),
    judged("pl", "Erasmus", ["international-training-week-2022"]),
    judged("pl", "Tydzień Szkoleniowy", ["international-training-week-2022"]),
    judged("pl", "Turcja", ["firat"]),
    judged("pl", "nauka polskiego", ["learning-polish"]),
    judged("pl", "Politechnika Białostocka", ["bialystok-university-of-technology"]),
    judged("pl", "Uniwersytet Medyczny", ["medical-university-of-bialystok"]),
    judged("pl", "informatyka", ["computer-science-bsc"]),
    judged("pl", "szkoła letnia", ["international-summer-school"]),
    judged("pl", "polityka prywatności", ["privacy-policy"]),
    judged("pl", "deklaracja dostępności", ["accessibility-statement"]),
    judged(
        "pl",
        "Puszcza Białowieska",
        [f"excursion-to-the-biaowieza-forest-{year}" for year in (2021, 2023, 2024)],
    ),
    judged("pl", "uczelnie partnerskie", ["partners"]),
    # Ukrainian, Spanish, Turkish, Arabic: their own pages, and the English ones in all languages.
    judged("uk", "польської", ["learning-polish"]),
    judged("uk", "Життя", ["living-in-bialystok"]),
    judged("es", "polaco", ["learning-polish"]),
    judged("es", "vivir", ["living-in-bialystok"]),
    judged("tr", "Lehçe", ["learning-polish"]),
    judged("tr", "yaşam", ["living-in-bialystok"]),
    judged("ar", "البولندية", ["learning-polish"]),
    judged("ar", "الحياة", ["living-in-bialystok"]),
    judged("uk", "Білостоці", ["home-2"]),
    judged("uk", "Erasmus", ["international-training-week-2022"], ALL_LANGUAGES),
    judged("es", "Białystok", ["home-3"]),
    judged("es", "Burgos", ["burgos"], ALL_LANGUAGES),
    judged("tr", "Eğitim", ["home-4"]),
    judged("tr", "Firat", ["firat"], ALL_LANGUAGES),
    judged("ar", "بياليستوك", ["home-5"]),
    judged("ar", "Mansoura", ["mansoura"], ALL_LANGUAGES),
]


def first_slugs(client, judgement, count=10):
    """The slugs of the first `count` entries of the search page: promoted results, then hits."""
    params = {"q": judgement.query}
    if judgement.all_languages:
        params["all_languages"] = "1"
    response = client.get(f"/{judgement.language}/search/", params)
    if response.status_code != 200:
        raise AssertionError(f"{judgement}: HTTP {response.status_code}")
    pages = [promotion["page"] for promotion in response.context["promoted"]]
    pages += [hit.page for hit in response.context["hits"]]
    return [page.slug for page in pages][:count]


class Scores(NamedTuple):
    queries: int
    mrr: float
    success_at_1: float
    success_at_3: float


def measure(client, judgements=JUDGEMENTS):
    """Per language and "all": MRR (over the first ten entries) and success@1/@3, with the misses@3.

    `client` is a Django test client (it reads the response context).
    """
    ranks = defaultdict(list)
    misses = []
    for judgement in judgements:
        found = first_slugs(client, judgement)
        rank = next((position for position, slug in enumerate(found, 1) if slug in judgement.slugs), None)
        ranks[judgement.language].append(rank)
        ranks["all"].append(rank)
        if rank is None or rank > 3:
            misses.append(f"{judgement.language} {judgement.query!r}: {found[:3]}")

    def scores(found):
        return Scores(
            len(found),
            sum(1 / rank for rank in found if rank) / len(found),
            sum(1 for rank in found if rank == 1) / len(found),
            sum(1 for rank in found if rank and rank <= 3) / len(found),
        )

    return {language: scores(found) for language, found in ranks.items()}, misses
