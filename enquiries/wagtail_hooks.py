from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import PERSONAL_DATA_PERMISSION, EnquiryViewSet, PersonalDataView


@hooks.register("register_admin_viewset")
def register_enquiry_viewset():
    return EnquiryViewSet()


@hooks.register("register_admin_urls")
def register_personal_data_url():
    return [path("enquiries-personal-data/", PersonalDataView.as_view(), name="enquiries_personal_data")]


class PersonalDataMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERSONAL_DATA_PERMISSION)


@hooks.register("register_settings_menu_item")
def register_personal_data_menu_item():
    return PersonalDataMenuItem(
        _("Enquiries: personal data"), reverse("enquiries_personal_data"), icon_name="mail", order=900
    )
