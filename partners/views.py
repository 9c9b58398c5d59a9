from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from .forms import PartnerImportForm
from .importer import ImportFailed, default_index, import_partners


def can_import(user):
    """Editors who may add partner pages under the partner index may import them."""
    index = default_index()
    return index is not None and index.permissions_for_user(user).can_add_subpage()


def import_view(request):
    """The admin upload form for a partners CSV file, and the report of what it did."""
    if not can_import(request.user):
        raise PermissionDenied
    form = PartnerImportForm(request.POST or None, request.FILES or None)
    report = failure = None
    if request.method == "POST" and form.is_valid():
        try:
            report = import_partners(
                form.cleaned_data["file"].read(), dry_run=form.cleaned_data["dry_run"], user=request.user
            )
        except ImportFailed as error:
            failure = str(error)
    return TemplateResponse(
        request,
        "partners/admin/import.html",
        {
            "form": form,
            "report": report,
            "failure": failure,
            # The browser tab's title and the page's heading.
            "header_title": _("Import partner universities"),
            "page_title": _("Import partner universities"),
            "header_icon": "upload",
        },
    )
