"""Filters of a listing read from plain GET parameters, with how many results each choice would give.

A finder (programmes, scholarships) declares its filters once as `Filter`s; `Selection` reads the
parameters against each filter's choices. A value that is not a choice is left out and named in a
message, so a mistyped or stale link shows the results without that filter (never an error). Values
of one filter combine with OR, filters with AND. `Selection.facets()` counts every choice of every
filter in one query (plus one per grouped filter), whatever the number of choices or rows: each
choice's count applies the other filters' selections, so other choices stay reachable.
"""

from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.utils.translation import gettext

from .params import text_param

# How many values of one parameter are read, and how long each may be: more is never a real choice.
MAX_VALUES = 20
MAX_VALUE_LENGTH = 100


@dataclass(frozen=True)
class Filter:
    """One filter of a finder.

    Args:
        name: the GET parameter.
        label: what the form calls it.
        choices: (value, label) pairs, in the order the form offers them.
        condition: a function of a value giving the Q of the rows that value matches.
        everything: the label of "no filter" where the form is a select.
        multiple: whether several values may be chosen (check boxes) or one (a select).
        grouped_by: for filters of many choices (every country), the column whose distinct values are
            counted in a query of their own, and `values_of` the choices a column value counts for;
            otherwise each choice is counted with its condition, all choices in one query.
    """

    name: str
    label: str
    choices: list
    condition: object
    everything: str = ""
    multiple: bool = True
    grouped_by: str = ""
    values_of: object = None


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    """A filter as the form shows it: the choices that give results (or are chosen), with their counts."""

    name: str
    label: str
    everything: str = ""
    options: list = field(default_factory=list)

    @property
    def active(self):
        return any(option.selected for option in self.options)

    def as_select(self):
        """The facet as one select of templates/components/_filter_form.html, counts in the labels."""
        return {
            "name": self.name,
            "label": self.label,
            "everything": self.everything,
            "options": [(option.value, f"{option.label} ({option.count})") for option in self.options],
            "selected": next((option.value for option in self.options if option.selected), ""),
        }


class Selection:
    """What a reader chose in the GET parameters `params` among `filters`."""

    def __init__(self, params, filters):
        self.filters = filters
        self.selected = {}
        self.messages = []
        for spec in filters:
            raw = params.getlist(spec.name)[: MAX_VALUES if spec.multiple else 1]
            values = dict.fromkeys(value for value in (text_param(r, MAX_VALUE_LENGTH) for r in raw) if value)
            allowed = {value for value, _label in spec.choices}
            self.selected[spec.name] = [value for value in values if value in allowed]
            self.messages += [
                gettext(
                    "There is no choice “%(value)s” for “%(filter)s”: the results are not filtered by it."
                )
                % {"value": value, "filter": spec.label}
                for value in values
                if value not in allowed
            ]

    @property
    def is_filtered(self):
        return any(self.selected.values())

    def where(self, skip=None):
        """The Q of every filter's selection, except the filter named `skip`."""
        condition = Q()
        for spec in self.filters:
            values = self.selected[spec.name]
            if spec.name == skip or not values:
                continue
            any_value = Q(pk__in=[])
            for value in values:
                any_value |= spec.condition(value)
            condition &= any_value
        return condition

    def facets(self, queryset):
        """Every filter with the number of rows of `queryset` each choice would give.

        A choice is offered when it gives results or is chosen, so a form never offers a dead end.
        """
        # Without order_by(), the listing's ordering would join the counting queries.
        queryset = queryset.order_by()
        counted, totals = {}, {}
        for number, spec in enumerate(self.filters):
            others = self.where(skip=spec.name)
            if spec.grouped_by:
                totals[spec.name] = grouped = dict.fromkeys((value for value, _label in spec.choices), 0)
                rows = queryset.filter(others).values(spec.grouped_by).annotate(count=Count("pk"))
                for key, count in rows.values_list(spec.grouped_by, "count"):
                    for value in spec.values_of(key):
                        if value in grouped:
                            grouped[value] += count
                continue
            for position, (value, _label) in enumerate(spec.choices):
                counted[f"f{number}_{position}"] = Count("pk", filter=others & spec.condition(value))
        aggregated = queryset.aggregate(**counted) if counted else {}
        facets = []
        for number, spec in enumerate(self.filters):
            chosen = set(self.selected[spec.name])
            facet = Facet(spec.name, spec.label, spec.everything)
            for position, (value, label) in enumerate(spec.choices):
                count = aggregated.get(f"f{number}_{position}") or totals.get(spec.name, {}).get(value, 0)
                if count or value in chosen:
                    facet.options.append(Option(value, str(label), count, value in chosen))
            facets.append(facet)
        return facets
