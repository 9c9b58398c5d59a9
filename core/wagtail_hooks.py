from django.contrib.auth.models import Permission
from wagtail import hooks


@hooks.register("register_permissions")
def register_role_permissions():
    """The separate rights to remove pages and sections, offered in the group editor."""
    return Permission.objects.filter(
        content_type__app_label="core", codename__in=["remove_pages", "restructure_sections"]
    )
