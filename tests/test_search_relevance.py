"""Relevance measured on the demo content with the judged query set of search/judgements.py."""

from search.judgements import JUDGEMENTS

SUCCESS_AT_3 = 0.9


def first_slugs(client, judgement, count=3):
    """The slugs of the first `count` entries of the search page: promoted results, then hits."""
    params = {"q": judgement.query}
    if judgement.all_languages:
        params["all_languages"] = "1"
    response = client.get(f"/{judgement.language}/search/", params)
    assert response.status_code == 200
    pages = [promotion["page"] for promotion in response.context["promoted"]]
    pages += [hit.page for hit in response.context["hits"]]
    return [page.slug for page in pages][:count]


def test_the_judged_queries_find_the_right_page_among_the_first_three(client, demo):
    misses = []
    for judgement in JUDGEMENTS:
        found = first_slugs(client, judgement)
        if not set(found) & set(judgement.slugs):
            misses.append(f"{judgement.language} {judgement.query!r}: {found}")
    success = 1 - len(misses) / len(JUDGEMENTS)
    assert len(JUDGEMENTS) >= 40
    assert {judgement.language for judgement in JUDGEMENTS} == {"en", "pl", "uk", "es", "tr", "ar"}
    assert success >= SUCCESS_AT_3, "\n".join(misses)


def test_a_title_match_comes_before_passing_mentions_and_countries_have_their_common_names(client, demo):
    article = "international-training-week-2022"
    assert first_slugs(client, JUDGEMENTS[0], count=1) == [article]
    for query in ("Turkey", "Türkiye"):
        response = client.get("/en/search/", {"q": query})
        assert "firat" in [hit.page.slug for hit in response.context["hits"]]
    response = client.get("/pl/search/", {"q": "stypendium"})
    assert response.context["hits"]
