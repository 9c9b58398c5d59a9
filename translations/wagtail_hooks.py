from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import guards, report, views
from .models import GlossaryTerm, translator_locale_ids


@hooks.register("register_admin_urls", order=-1)
def register_guarded_localize_urls():
    urls = [
        path("bulk/", views.bulk_translate, name="bulk"),
        path("jobs/", views.jobs, name="jobs"),
        path("jobs/<int:job_id>/", views.job, name="job"),
        path("coverage/", report.coverage_report, name="coverage"),
    ]
    return [*guards.urls(), path("translations/", include((urls, "translations"), namespace="translations"))]


class SubmitterMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(views.SUBMIT_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_coverage_report_menu_item():
    return MenuItem(
        gettext_lazy("Translation coverage"),
        reverse("translations:coverage"),
        icon_name="wagtail-localize-language",
        order=710,
    )


@hooks.register("register_admin_menu_item")
def register_bulk_translation_menu_item():
    return SubmitterMenuItem(
        gettext_lazy("Bulk translation"),
        reverse("translations:jobs"),
        icon_name="wagtail-localize-language",
        order=850,
    )


@hooks.register("construct_homepage_panels")
def add_coverage_panel(request, panels):
    panels.append(report.CoverageSummaryPanel())


@hooks.register("before_edit_page", order=-1)
def refuse_changes_to_locked_pages(request, page):
    """wagtail-localize's editor publishes before Wagtail looks at the lock; look at it first."""
    if request.method != "POST":
        return None
    lock = page.get_lock()
    if lock and lock.for_user(request.user):
        messages.error(
            request, _("“%(title)s” is locked by another user; it was not changed.") % {"title": page.title}
        )
        return redirect("wagtailadmin_pages:edit", page.id)
    return None


@hooks.register("before_edit_snippet", order=-1)
def keep_translators_in_their_locale(request, instance):
    """A translator opens snippets (and their translation editor) of their own locales only."""
    allowed = translator_locale_ids(request.user)
    locale_id = getattr(instance, "locale_id", None)
    if allowed is not None and locale_id is not None and locale_id not in allowed:
        raise PermissionDenied


class GlossaryTermViewSet(SnippetViewSet):
    """The machine-translation glossary, kept by the Translators group (coordinators of translation)."""

    model = GlossaryTerm
    icon = "list-ul"
    menu_label = gettext_lazy("Glossary")
    menu_order = 860
    add_to_admin_menu = True
    list_display = ["term", "locale", "written"]
    list_filter = ["locale"]
    search_fields = ["term", "rendering"]


register_snippet(GlossaryTermViewSet)
