"""core.facets: GET values read against the choices, unknown ones named and ignored, one count query."""

import pytest
from django.db.models import Q
from django.http import QueryDict
from django.utils import translation
from wagtail.models import Page

from core.facets import MAX_VALUES, Filter, Selection

DEPTH = Filter("depth", "Depth", [("1", "Root"), ("2", "Home"), ("3", "Section")], lambda v: Q(depth=int(v)))
LIVE = Filter(
    "live", "State", [("yes", "Live"), ("no", "Draft")], lambda v: Q(live=v == "yes"), multiple=False
)


def selection(query):
    return Selection(QueryDict(query), [DEPTH, LIVE])


def test_known_values_are_kept_once_and_unknown_ones_named():
    with translation.override("en"):  # whatever language an earlier test of this process left active
        chosen = selection("depth=2&depth=2&depth=9&depth=%00%07&live=no&live=yes")
        messages = [str(message) for message in chosen.messages]
    assert chosen.selected == {"depth": ["2"], "live": ["no"]}  # a select reads its first value only
    assert messages == ["There is no choice “9” for “Depth”: the results are not filtered by it."]
    assert chosen.is_filtered


def test_no_more_values_than_the_limit_are_read():
    chosen = selection("&".join(["depth=9"] * (MAX_VALUES + 50)))
    assert len(chosen.messages) == 1
    assert not chosen.is_filtered
    assert chosen.where() == Q()


@pytest.mark.django_db
def test_counts_apply_the_other_filters_in_one_query(home_page, django_assert_num_queries):
    chosen = selection("depth=2&live=yes")
    with django_assert_num_queries(1):
        depth, live = chosen.facets(Page.objects.all())
    # Depth counts ignore the depth chosen (the root and the live home page stay reachable) …
    assert [(o.value, o.count, o.selected) for o in depth.options] == [("1", 1, False), ("2", 1, True)]
    # … the state counts apply the depth chosen; a draft home page does not exist, so "no" is not offered.
    assert [(o.value, o.count, o.selected) for o in live.options] == [("yes", 1, True)]
    assert live.as_select() == {
        "name": "live",
        "label": "State",
        "everything": "",
        "options": [("yes", "Live (1)")],
        "selected": "yes",
    }
    assert list(Page.objects.filter(chosen.where())) == [home_page.page_ptr]
