"""Admin views: start a bulk machine translation, follow its jobs."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Page

from .bulk import start_job
from .forms import BulkTranslationForm
from .models import BulkTranslationJob

SUBMIT_PERMISSION = "wagtail_localize.submit_translation"


def bulk_translate(request):
    if not request.user.has_perm(SUBMIT_PERMISSION):
        raise PermissionDenied
    form = BulkTranslationForm(request.POST or None, initial={"page": request.GET.get("page")})
    if request.method == "POST" and form.is_valid():
        job = start_job(
            form.cleaned_data["page"].specific,
            list(form.cleaned_data["locales"]),
            request.user,
            include_subtree=form.cleaned_data["include_subtree"],
            machine_translate=form.cleaned_data.get("machine_translate", False),
        )
        messages.success(request, _("The translation job has started; its drafts will wait for review."))
        return redirect("translations:job", job.id)
    return TemplateResponse(request, "translations/bulk_translate.html", {"form": form})


def jobs(request):
    if not request.user.has_perm(SUBMIT_PERMISSION):
        raise PermissionDenied
    recent = BulkTranslationJob.objects.select_related("page", "created_by").prefetch_related("locales")[:50]
    return TemplateResponse(request, "translations/jobs.html", {"jobs": recent})


def job(request, job_id):
    if not request.user.has_perm(SUBMIT_PERMISSION):
        raise PermissionDenied
    job = get_object_or_404(BulkTranslationJob.objects.select_related("page"), id=job_id)
    reviews = job.reviews.select_related(
        "translation__source", "translation__target_locale", "reviewed_by"
    ).order_by("translation__source__object_repr", "translation__target_locale__language_code")
    reviews = list(reviews)
    keys = {review.translation.source.object_id for review in reviews}
    pages = {
        (key, locale_id): page_id
        for page_id, key, locale_id in Page.objects.filter(translation_key__in=keys).values_list(
            "id", "translation_key", "locale_id"
        )
    }
    rows = []
    for review in reviews:
        translation = review.translation
        page_id = pages.get((translation.source.object_id, translation.target_locale_id))
        rows.append(
            {
                "review": review,
                "title": translation.source.object_repr,
                "locale": translation.target_locale.get_display_name(),
                "edit_url": reverse("wagtailadmin_pages:edit", args=[page_id]) if page_id else "",
            }
        )
    return TemplateResponse(request, "translations/job.html", {"job": job, "rows": rows})
