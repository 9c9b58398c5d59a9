from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import CooperationProgramme
from .views import can_import, import_view


class CooperationProgrammeViewSet(SnippetViewSet):
    model = CooperationProgramme
    icon = "link"
    menu_label = _("Programmes")
    list_display = ["name", "code"]


register_snippet(CooperationProgrammeViewSet)


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_import(request.user)


@hooks.register("register_admin_urls")
def register_import_url():
    return [path("partners/import/", import_view, name="partners_import")]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(_("Import partners"), reverse("partners_import"), icon_name="upload", order=900)
