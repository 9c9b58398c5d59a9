"""Aggregated consent decisions for editors: how many visitors accepted each category, never who."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .categories import OPTIONAL_CATEGORIES
from .models import ConsentRecord

PERIODS = (7, 30, 365)


def retention_days():
    """Days a consent record is kept before `purge_consent_log` deletes it (two years by default)."""
    return getattr(settings, "PRIVACY_CONSENT_LOG_RETENTION_DAYS", 730)


def consent_counts(days):
    """Decisions of the last `days` days, counted per category in one query.

    Returns:
        total, refused (every optional category) and gpc counts, and `accepted`: one count per
        category of OPTIONAL_CATEGORIES, in its order.
    """
    since = timezone.now() - timedelta(days=days)
    counts = ConsentRecord.objects.filter(created_at__gte=since).aggregate(
        total=Count("pk"),
        refused=Count("pk", filter=Q(**{category.name: False for category in OPTIONAL_CATEGORIES})),
        gpc=Count("pk", filter=Q(global_privacy_control=True)),
        **{
            f"accepted_{category.name}": Count("pk", filter=Q(**{category.name: True}))
            for category in OPTIONAL_CATEGORIES
        },
    )
    counts["accepted"] = [counts.pop(f"accepted_{category.name}") for category in OPTIONAL_CATEGORIES]
    return counts


class ConsentReportView(WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Cookie consent")
    header_icon = "tick"
    template_name = "privacy/consent_report.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("privacy.view_consentrecord"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["periods"] = [{"days": days, **consent_counts(days)} for days in PERIODS]
        context["retention_days"] = retention_days()
        context["categories"] = OPTIONAL_CATEGORIES
        return context
