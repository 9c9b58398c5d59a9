"""The programme finder's query: filters from plain GET parameters, counts per filter value, one page."""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from core.localization import mark_languages, visible_in
from core.params import page_param, text_param

from .models.institutions import InstitutionPage, institution_key
from .models.programmes import TEACHING_LANGUAGES, FieldOfStudy, Level, StudyProgrammePage

PER_PAGE = 12
MAX_QUERY_LENGTH = 100


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    label: str
    options: list = field(default_factory=list)

    @property
    def active(self):
        return any(option.selected for option in self.options)


class ProgrammeSearch:
    """Programmes a reader of one locale sees (core.localization's listing policy) filtered by institution, level, language, field and text.

    Filters combine with AND between facets and OR within one facet (ticking two levels shows
    both). A value nobody uses matches nothing, which the template shows as an empty state.
    """

    def __init__(self, params, locale):
        self.query = text_param(params.get("q"), MAX_QUERY_LENGTH)
        self.selected = {
            name: [value for value in (text_param(raw, 100) for raw in params.getlist(name)[:20]) if value]
            for name in ("institution", "level", "language", "field")
        }
        # The locale's own pages, then English ones not translated yet (core.localization); a programme
        # belongs to the shown version of its institution, found by the parent's translation key.
        self.locale = locale
        self.institutions = mark_languages(
            visible_in(InstitutionPage.objects.all(), locale).select_related("locale").order_by("title"),
            locale,
        )
        self.institutions_by_key = {
            institution.translation_key: institution for institution in self.institutions
        }
        self.programmes = (
            visible_in(StudyProgrammePage.objects.all(), locale)
            .annotate(institution_key=institution_key())
            .filter(institution_key__in=list(self.institutions_by_key))
            .select_related("locale")
            .order_by("title", "pk")
        )

    @property
    def is_filtered(self):
        return bool(self.query or any(self.selected.values()))

    def conditions(self, skip=None):
        """The WHERE clause of every active filter, except the facet `skip` (for its own counts)."""
        condition = Q()
        if self.query:
            condition &= Q(title__icontains=self.query) | Q(intro__icontains=self.query)
        if skip != "institution" and self.selected["institution"]:
            slugs = set(self.selected["institution"])
            keys = [i.translation_key for i in self.institutions if i.slug in slugs]
            condition &= Q(institution_key__in=keys)
        if skip != "level" and self.selected["level"]:
            condition &= Q(level__in=self.selected["level"])
        if skip != "field" and self.selected["field"]:
            condition &= Q(field_of_study__in=self.selected["field"])
        if skip != "language" and self.selected["language"]:
            any_language = Q(pk__in=[])
            for code in self.selected["language"]:
                if code in TEACHING_LANGUAGES:
                    any_language |= Q(**{TEACHING_LANGUAGES[code][0]: True})
            condition &= any_language
        return condition

    def grouped_counts(self, facet, column):
        # Without order_by(), the listing's ordering would join the GROUP BY.
        rows = self.programmes.filter(self.conditions(skip=facet)).order_by().values(column)
        return dict(rows.annotate(count=Count("pk")).values_list(column, "count"))

    def facet(self, name, label, choices, counts):
        selected = set(self.selected[name])
        return Facet(
            name,
            label,
            [
                Option(value, str(text), counts.get(value, 0), value in selected)
                for value, text in choices
                if counts.get(value) or value in selected
            ],
        )

    def facets(self):
        """Every filter with the number of programmes each value would show, given the other filters."""
        institution_counts = self.grouped_counts("institution", "institution_key")
        language_counts = self.programmes.filter(self.conditions(skip="language")).aggregate(
            **{
                code: Count("pk", filter=Q(**{column: True}))
                for code, (column, _label) in TEACHING_LANGUAGES.items()
            }
        )
        return [
            self.facet(
                "institution",
                _("University"),
                [(i.slug, i.title) for i in self.institutions],
                {i.slug: institution_counts.get(i.translation_key, 0) for i in self.institutions},
            ),
            self.facet("level", _("Level"), Level.choices, self.grouped_counts("level", "level")),
            self.facet(
                "language",
                _("Language of instruction"),
                [(code, label) for code, (_column, label) in TEACHING_LANGUAGES.items()],
                language_counts,
            ),
            self.facet(
                "field",
                _("Field of study"),
                FieldOfStudy.choices,
                self.grouped_counts("field", "field_of_study"),
            ),
        ]

    def page(self, number):
        """One page of results; a missing, malformed or out-of-range number gives the first or last page."""
        paginator = Paginator(self.programmes.filter(self.conditions()), PER_PAGE)
        results = paginator.get_page(page_param(number))
        mark_languages(results, self.locale)
        for programme in results:
            programme.institution_page = self.institutions_by_key.get(programme.institution_key)
        return results
