"""The translation coverage report (HTML and CSV) and its summary panel on the admin dashboard."""

import csv

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.admin.ui.components import Component

from . import coverage
from .forms import CoverageFilterForm

ROWS_PER_PAGE = 50


def coverage_report(request):
    form = CoverageFilterForm(request.GET)
    report = coverage.build(request.user)
    form.fields["section"].choices = [("", _("All sections"))] + [
        (s["id"], s["title"]) for s in report.sections
    ]
    form.fields["content_type"].choices = [("", _("All page types"))] + [
        (ct.id, str(ct.name).capitalize()) for ct in report.content_types
    ]
    form.fields["status"].choices = [("", _("Any status")), *coverage.STATUS_LABELS.items()]
    form.fields["locale"].choices = [("", _("All languages"))] + [
        (locale.id, locale.get_display_name()) for locale in report.locales
    ]
    # Invalid filter values (garbage in the URL) fall back to "all" rather than an error page.
    filters = {
        name: form.cleaned_data.get(name) if form.is_valid() or name not in form.errors else None
        for name in ("section", "content_type", "status", "locale")
    }
    filters["status"] = filters["status"] or None
    if any(filters.values()):
        report = coverage.build(request.user, **filters)

    if request.GET.get("format") == "csv":
        return _csv(request, report)
    paginator = Paginator(report.rows, ROWS_PER_PAGE)
    page = paginator.get_page(request.GET.get("page"))
    return TemplateResponse(
        request, "translations/coverage.html", {"form": form, "report": report, "page_obj": page}
    )


def _csv(request, report):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="translation-coverage.csv"'
    writer = csv.writer(response)
    writer.writerow(
        ["page_id", "title", "url_path", "page_type", "section", "language", "status", "edit_url"]
    )
    for row in report.rows:
        for locale in report.locales:
            cell = row.cells[locale.id]
            writer.writerow(
                [
                    row.page_id,
                    _csv_safe(row.title),
                    row.url_path,
                    row.content_type,
                    _csv_safe(row.section),
                    locale.language_code,
                    cell.status,
                    request.build_absolute_uri(cell.url),
                ]
            )
    return response


def _csv_safe(text):
    # A title starting with "=" would run as a formula in a spreadsheet.
    return "'" + text if text[:1] in {"=", "+", "-", "@"} else text


class CoverageSummaryPanel(Component):
    """Dashboard panel: per language, how many pages are translated, out of date, drafts or missing."""

    name = "translation_coverage"
    order = 250
    template_name = "translations/coverage_panel.html"

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        return {"summary": coverage.build(user).summary(), "statuses": coverage.STATUS_LABELS}
