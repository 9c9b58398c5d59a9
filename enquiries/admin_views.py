"""Enquiries in the admin: each office sees only its own, the privacy officer exports and erases.

An institution's editors (its group, see institutions.editors) see and answer the enquiries of
their institution; the city communications office sees those without one and forwards them. The
scope is applied to the queryset of every view (list, export, edit), so another office's enquiry
is neither listed, nor exported, nor opened (404).
"""

import json

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Locale

from institutions.models import InstitutionPage

from .models import Enquiry, Status
from .tasks import deliver_enquiry

FORWARD_PERMISSION = "enquiries.forward_enquiry"
PERSONAL_DATA_PERMISSION = "enquiries.manage_personal_data"
EXPORTED_FIELDS = [
    "created_at",
    "language",
    "name",
    "email",
    "country",
    "institution",
    "programme",
    "topic",
    "question",
    "status",
    "answered_by",
    "answered_at",
]


def visible_enquiries(user):
    """The enquiries `user` may see: their institutions' and, for the city office, the unrouted ones."""
    enquiries = Enquiry.objects.all()
    if user.is_superuser:
        return enquiries
    scope = Q(institution__editors__in=user.groups.all())
    if user.has_perm(FORWARD_PERMISSION):
        scope |= Q(institution__isnull=True)
    return enquiries.filter(scope)


class EnquiryAdminForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "institution" in self.fields:
            # Forward to an institution's page in the default language: its editors' group.
            self.fields["institution"].queryset = InstitutionPage.objects.filter(
                locale=Locale.get_default()
            ).order_by("title")


class ScopedMixin:
    def get_base_queryset(self):
        return visible_enquiries(self.request.user).select_related("institution", "answered_by")


class EnquiryIndexView(ScopedMixin, generic.IndexView):
    pass


class EnquiryEditView(generic.EditView):
    def get_queryset(self):
        return visible_enquiries(self.request.user)

    def save_instance(self):
        previous = Enquiry.objects.only("status", "institution_id").get(pk=self.object.pk)
        enquiry = self.form.save(commit=False)
        if enquiry.status == Status.ANSWERED and previous.status != Status.ANSWERED:
            enquiry.answered_by = self.request.user
            enquiry.answered_at = timezone.now()
        forwarded = enquiry.institution_id != previous.institution_id
        if forwarded:
            enquiry.office_notified_at = None
        enquiry.save()
        if forwarded:
            deliver_enquiry.enqueue(enquiry.pk)
        return enquiry


class EnquiryViewSet(ModelViewSet):
    model = Enquiry
    name = "enquiries"
    icon = "mail"
    menu_label = _("Enquiries")
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = EnquiryIndexView
    edit_view_class = EnquiryEditView
    copy_view_enabled = False
    list_display = [
        "created_at",
        "name",
        "topic",
        "institution",
        "status",
        BooleanColumn("is_delivered", label=_("Mails sent")),
    ]
    list_filter = ["status", "topic", "language"]
    list_export = EXPORTED_FIELDS
    export_filename = "enquiries"
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("created_at", read_only=True),
                    FieldPanel("name", read_only=True),
                    FieldPanel("email", read_only=True),
                    FieldPanel("country", read_only=True),
                    FieldPanel("language", read_only=True),
                    FieldPanel("topic", read_only=True),
                    FieldPanel("programme", read_only=True),
                    FieldPanel("question", read_only=True),
                ],
                heading=_("The question"),
            ),
            FieldPanel("institution", permission=FORWARD_PERMISSION, heading=_("Forward to")),
            MultiFieldPanel(
                [
                    FieldPanel("status"),
                    FieldPanel("answered_by", read_only=True),
                    FieldPanel("answered_at", read_only=True),
                    FieldPanel("internal_notes"),
                ],
                heading=_("Answer"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("office_notified_at", read_only=True),
                    FieldPanel("student_confirmed_at", read_only=True),
                    FieldPanel("delivery_attempts", read_only=True),
                    FieldPanel("delivery_error", read_only=True),
                ],
                heading=_("E-mail delivery"),
            ),
        ],
        base_form_class=EnquiryAdminForm,
    )

    # Enquiries come from students only and leave by the purge or the privacy officer's erasure:
    # no add, copy, delete, history or usage views (which would also open another office's).
    VIEWS = {"index", "index_results", "edit"}

    def get_common_view_kwargs(self, **kwargs):
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        for view in ("add", "delete", "history", "usage"):
            view_kwargs[f"{view}_url_name"] = None
        return view_kwargs

    def get_urlpatterns(self):
        return [pattern for pattern in super().get_urlpatterns() if pattern.name in self.VIEWS]


class PersonalDataForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address of the student"))


class PersonalDataView(WagtailAdminTemplateMixin, FormView):
    """The privacy officer's tool: every enquiry of one e-mail address, exported as JSON or erased."""

    page_title = _("Enquiries: personal data")
    header_icon = "mail"
    template_name = "enquiries/personal_data.html"
    form_class = PersonalDataForm

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERSONAL_DATA_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        enquiries = Enquiry.objects.filter(email__iexact=form.cleaned_data["email"])
        if self.request.POST.get("action") == "erase":
            count, _by_model = enquiries.delete()
            messages.success(self.request, gettext("%(count)s enquiries erased.") % {"count": count})
            return redirect("enquiries_personal_data")
        rows = list(enquiries.order_by("created_at").values(*EXPORTED_FIELDS, "internal_notes"))
        response = HttpResponse(
            json.dumps(
                {"email": form.cleaned_data["email"], "enquiries": rows}, cls=DjangoJSONEncoder, indent=2
            ),
            content_type="application/json; charset=utf-8",
        )
        response["Content-Disposition"] = 'attachment; filename="enquiries-personal-data.json"'
        return response
