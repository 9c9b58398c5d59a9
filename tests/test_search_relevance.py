"""Relevance measured on the demo content with the judged query set of search/judgements.py."""

from django.db import connection

from search.judgements import JUDGEMENTS, first_slugs, measure

SUCCESS_AT_3 = 0.9


def test_the_judged_queries_find_the_right_page_among_the_first_three(client, demo):
    scores, misses = measure(client)
    assert len(JUDGEMENTS) >= 40
    assert set(scores) == {"all", "en", "pl", "uk", "es", "tr", "ar"}
    assert scores["all"].success_at_3 >= SUCCESS_AT_3, f"{connection.vendor}: {scores['all']}\n" + "\n".join(
        misses
    )
    assert scores["all"].mrr >= scores["all"].success_at_1


def test_a_title_match_comes_before_passing_mentions_and_countries_have_their_common_names(client, demo):
    article = "international-training-week-2022"
    assert first_slugs(client, JUDGEMENTS[0], count=1) == [article]
    for query in ("Turkey", "Türkiye"):
        response = client.get("/en/search/", {"q": query})
        assert "firat" in [hit.page.slug for hit in response.context["hits"]]
    response = client.get("/pl/search/", {"q": "stypendium"})
    assert response.context["hits"]
