from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import urls


class AdministratorMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_admin_urls")
def register_background_urls():
    return [path("background-tasks/", include(urls))]


@hooks.register("register_reports_menu_item")
def register_task_results_menu_item():
    return AdministratorMenuItem(
        gettext_lazy("Background tasks"),
        reverse("background:task_results"),
        icon_name="cogs",
        order=900,
    )
