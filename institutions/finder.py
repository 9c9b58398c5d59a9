"""The programme finder's query: filters from plain GET parameters (core.facets), counts per value, one page."""

from django.core.paginator import Paginator
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.facets import Filter, Selection
from core.localization import mark_languages, visible_in
from core.params import page_param, text_param

from .models.institutions import InstitutionPage, institution_key
from .models.programmes import TEACHING_LANGUAGES, FieldOfStudy, Level, StudyProgrammePage

PER_PAGE = 12
MAX_QUERY_LENGTH = 100


class ShownInstitutions:
    """The universities a reader of `locale` sees (core.localization), by title, translation key and slug."""

    def __init__(self, locale):
        self.pages = mark_languages(
            visible_in(InstitutionPage.objects.all(), locale).select_related("locale").order_by("title"),
            locale,
        )
        self.by_key = {institution.translation_key: institution for institution in self.pages}
        self.key_of_slug = {institution.slug: institution.translation_key for institution in self.pages}


class ProgrammeSearch:
    """Programmes a reader of one locale sees (core.localization's listing policy) filtered by institution, level, language, field and text.

    Filters combine with AND between facets and OR within one facet (ticking two levels shows
    both). A value that is not a choice is ignored and named in `messages`.
    """

    def __init__(self, params, locale):
        self.query = text_param(params.get("q"), MAX_QUERY_LENGTH)
        # The locale's own pages, then English ones not translated yet (core.localization); a programme
        # belongs to the shown version of its institution, found by the parent's translation key.
        self.locale = locale
        shown = ShownInstitutions(locale)
        self.institutions, self.institutions_by_key = shown.pages, shown.by_key
        keys = shown.key_of_slug
        self.selection = Selection(
            params,
            [
                Filter(
                    "institution",
                    _("University"),
                    [(institution.slug, institution.title) for institution in self.institutions],
                    lambda slug: Q(institution_key=keys[slug]),
                ),
                Filter("level", _("Level"), Level.choices, lambda level: Q(level=level)),
                Filter(
                    "language",
                    _("Language of instruction"),
                    [(code, label) for code, (_column, label) in TEACHING_LANGUAGES.items()],
                    lambda code: Q(**{TEACHING_LANGUAGES[code][0]: True}),
                ),
                Filter(
                    "field",
                    _("Field of study"),
                    FieldOfStudy.choices,
                    lambda field: Q(field_of_study=field),
                ),
            ],
        )
        self.messages = self.selection.messages
        programmes = (
            visible_in(StudyProgrammePage.objects.all(), locale)
            .annotate(institution_key=institution_key())
            .filter(institution_key__in=list(self.institutions_by_key))
            .select_related("locale")
            .order_by("title", "pk")
        )
        if self.query:
            programmes = programmes.filter(Q(title__icontains=self.query) | Q(intro__icontains=self.query))
        self.programmes = programmes

    @property
    def is_filtered(self):
        return bool(self.query or self.selection.is_filtered)

    def facets(self):
        """Every filter with the number of programmes each value would show, given the other filters."""
        return self.selection.facets(self.programmes)

    def page(self, number):
        """One page of results; a missing, malformed or out-of-range number gives the first or last page."""
        paginator = Paginator(self.programmes.filter(self.selection.where()), PER_PAGE)
        results = paginator.get_page(page_param(number))
        mark_languages(results, self.locale)
        for programme in results:
            programme.institution_page = self.institutions_by_key.get(programme.institution_key)
        return results
