from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ConsentSettings
from .reports import ConsentReportView


class ConsentSettingsViewSet(SnippetViewSet):
    model = ConsentSettings
    icon = "cog"
    menu_label = _("Cookie consent")
    add_to_settings_menu = True
    list_display = ["__str__", "locale"]


register_snippet(ConsentSettingsViewSet)


@hooks.register("register_admin_urls")
def register_consent_report_url():
    return [path("reports/consent/", ConsentReportView.as_view(), name="privacy_consent_report")]


class ConsentReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("privacy.view_consentrecord")


@hooks.register("register_reports_menu_item")
def register_consent_report_menu_item():
    return ConsentReportMenuItem(
        _("Cookie consent"), reverse("privacy_consent_report"), icon_name="tick", order=900
    )
