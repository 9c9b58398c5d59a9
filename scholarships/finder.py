"""The scholarship finder's query: citizenship, level and university from plain GET parameters
(core.facets), counts per value, one page, in the reader's language (core.localization)."""

from django.core.paginator import Paginator
from django.db.models import F, Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.facets import Filter, Selection
from core.localization import mark_languages, visible_in, within
from core.params import page_param
from institutions.finder import ShownInstitutions
from institutions.models.programmes import Level
from partners.countries import COUNTRY_REGION, country_choices

from .models import ScholarshipPage

PER_PAGE = 12
NATIONAL = "national"


def open_to(code):
    """Scholarships a citizen of `code` may apply for: those naming the country, and those open to all.

    Saved lists are two-letter codes separated by single spaces (ScholarshipPage.save), so a code
    found in the text is one of its codes: across a space, two letters never meet.
    """
    return Q(citizenship="") | Q(citizenship__contains=code)


class ScholarshipSearch:
    """The scholarships below `index` that a reader of its language sees, filtered by who may apply.

    A scholarship without a level or a citizenship is open to every level or citizenship, so it
    counts under each of them.
    """

    def __init__(self, index, params):
        self.locale = index.locale
        shown = ShownInstitutions(self.locale)
        self.institutions, self.institutions_by_key = shown.pages, shown.by_key
        keys = shown.key_of_slug
        self.selection = Selection(
            params,
            [
                Filter(
                    "citizenship",
                    _("Your citizenship"),
                    country_choices(COUNTRY_REGION, get_language()),
                    open_to,
                    everything=_("Any citizenship"),
                    multiple=False,
                    grouped_by="citizenship",
                    values_of=lambda codes: codes.split() or COUNTRY_REGION,
                ),
                Filter(
                    "level",
                    _("Your studies"),
                    Level.choices,
                    lambda level: Q(level=level) | Q(level=""),
                    everything=_("Any level"),
                    multiple=False,
                ),
                Filter(
                    "institution",
                    _("University"),
                    [(NATIONAL, _("National scholarships")), *((i.slug, i.title) for i in self.institutions)],
                    lambda slug: (
                        Q(institution__isnull=True) if slug == NATIONAL else Q(institution_key=keys[slug])
                    ),
                    everything=_("Any university"),
                    multiple=False,
                ),
            ],
        )
        self.messages = self.selection.messages
        self.scholarships = (
            visible_in(ScholarshipPage.objects.filter(within(index)), self.locale)
            .annotate(institution_key=F("institution__translation_key"))
            .select_related("locale")
            .order_by(F("deadline").asc(nulls_last=True), "title", "pk")
        )

    @property
    def is_filtered(self):
        return self.selection.is_filtered

    def filters(self):
        """The form's selects (templates/components/_filter_form.html), with counts in the labels."""
        return [facet.as_select() for facet in self.selection.facets(self.scholarships)]

    def page(self, number):
        """One page of results; a missing, malformed or out-of-range number gives the first or last page."""
        results = Paginator(self.scholarships.filter(self.selection.where()), PER_PAGE).get_page(
            page_param(number)
        )
        mark_languages(results, self.locale)
        for scholarship in results:
            scholarship.institution_page = self.institutions_by_key.get(scholarship.institution_key)
        return results
