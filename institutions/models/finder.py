from django.utils.translation import gettext_lazy as _

from core.models import BasePage, IntroMixin


class ProgrammeFinderPage(IntroMixin, BasePage):
    """Every programme of every university of the city, filterable without JavaScript."""

    lists_pages_across_the_tree = True  # for the page cache (pagecache/changes.py)

    content_panels = [*BasePage.content_panels, *IntroMixin.intro_panels]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("programme finder")
        verbose_name_plural = _("programme finders")

    def get_context(self, request, *args, **kwargs):
        from ..finder import ProgrammeSearch

        context = super().get_context(request, *args, **kwargs)
        search = ProgrammeSearch(request.GET, self.locale)
        context.update(
            search=search,
            facets=search.facets(),
            results=search.page(request.GET.get("page")),
        )
        return context
