"""Bulk "machine-translate, then review": draft translations of a page (and subtree) into many locales."""

import logging

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task
from wagtail.models import Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views.edit_translation import apply_machine_translation

from .models import BulkTranslationJob, TranslationReview

logger = logging.getLogger(__name__)


def start_job(page, locales, user, include_subtree=False, machine_translate=True):
    """Record a job and hand it to the task backend (run at once by the immediate backend)."""
    pages = page.get_descendants(inclusive=True) if include_subtree else Page.objects.filter(id=page.id)
    locales = [locale for locale in locales if locale.id != page.locale_id]
    job = BulkTranslationJob.objects.create(
        page=page,
        include_subtree=include_subtree,
        machine_translate=machine_translate,
        created_by=user,
        total=pages.count() * len(locales),
    )
    job.locales.set(locales)
    run_job.enqueue(job.id)
    return job


@task()
def run_job(job_id):
    job = BulkTranslationJob.objects.select_related("page", "created_by").get(id=job_id)
    job.status = BulkTranslationJob.Status.RUNNING
    job.save(update_fields=["status"])
    pages = (
        job.page.get_descendants(inclusive=True)
        if job.include_subtree
        else Page.objects.filter(id=job.page_id)
    )
    translator = get_machine_translator() if job.machine_translate else None
    errors = []
    for page in pages.order_by("path").specific():
        for locale in job.locales.all():
            try:
                with transaction.atomic():
                    translate_as_draft(page, locale, job, translator)
                job.done += 1
            except Skipped as reason:
                errors.append(
                    _("%(title)s → %(locale)s: skipped, %(reason)s")
                    % {"title": page.title, "locale": locale.language_code, "reason": reason}
                )
                job.failed += 1
            except (ValidationError, PermissionDenied, Http404, OSError, ValueError) as error:
                # One failing page (invalid content, a refused or unreachable translation service)
                # must not stop the others; the job lists what failed.
                logger.warning("Bulk translation of page %s into %s failed: %r", page.id, locale, error)
                errors.append(f"{page.title} → {locale.language_code}: {error!r}")
                job.failed += 1
            BulkTranslationJob.objects.filter(id=job.id).update(done=job.done, failed=job.failed)
    job.error = "\n".join(errors)
    job.status = (
        BulkTranslationJob.Status.FAILED if errors and not job.done else BulkTranslationJob.Status.DONE
    )
    job.finished_at = timezone.now()
    job.save(update_fields=["error", "status", "finished_at"])


class Skipped(Exception):
    """A translation the job leaves alone; the message says why."""


def check_may_translate(page, locale, user):
    """Raise Skipped unless `user` may write `page`'s translation into `locale` now.

    The job's creator needs the rights the admin would ask of them: edit the existing target page
    (which nobody else has locked), or add a page under the target's parent.
    """
    target = page.get_translation_or_none(locale)
    if target is not None:
        permissions = target.permissions_for_user(user)
        if permissions.page_locked():
            raise Skipped(_("the translation is locked by another user"))
        if not permissions.can_edit():
            raise Skipped(_("you may not edit the translation"))
        return
    parent = page.get_parent().get_translation_or_none(locale) if page.depth > 2 else None
    if parent is not None and not parent.permissions_for_user(user).can_add_subpage():
        raise Skipped(_("you may not add pages there"))
    if parent is None and not page.permissions_for_user(user).can_edit():
        raise Skipped(_("you may not edit the page"))


def translate_as_draft(page, locale, job, translator):
    """Create or refresh `page`'s translation into `locale` as an unpublished draft needing review.

    Leaves alone (Skipped) what the job's creator could not change in the admin, and translations
    that somebody stopped: those stay stopped.
    """
    check_may_translate(page, locale, job.created_by)
    source, created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.filter(source=source, target_locale=locale).first()
    if translation is not None and not translation.enabled:
        raise Skipped(_("its translation was stopped"))
    if not created:
        source.update_from_db()
    if translation is None:
        translation = Translation.objects.create(source=source, target_locale=locale)
    # The first save creates the target page (and its missing parents) as a draft.
    translation.save_target(user=job.created_by, publish=False)
    if (
        translator is not None
        and translator.can_translate(source.locale, locale)
        and apply_machine_translation(translation.id, job.created_by, translator)
    ):
        translation.save_target(user=job.created_by, publish=False)
    TranslationReview.objects.update_or_create(
        translation=translation,
        defaults={
            "job": job,
            "status": TranslationReview.Status.NEEDS_REVIEW,
            "reviewed_by": None,
            "reviewed_at": None,
        },
    )
    return translation


def approve_on_publish(sender, instance, revision=None, **kwargs):
    """Publishing a reviewed translation approves it: the publisher is its reviewer."""
    TranslationReview.objects.filter(
        translation__source__object_id=instance.translation_key,
        translation__target_locale_id=instance.locale_id,
        status=TranslationReview.Status.NEEDS_REVIEW,
    ).update(
        status=TranslationReview.Status.APPROVED,
        reviewed_by=getattr(revision, "user", None),
        reviewed_at=timezone.now(),
    )
