"""Wrappers around wagtail-localize's translation endpoints: locale limits, locks, safe PO uploads.

wagtail-localize checks only that the user may edit the target object. These views add what
the portal needs — a translator works in their own locales only, and nobody changes a
translation whose page someone else has locked — and then call wagtail-localize's view.
"""

from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from io import BytesIO

from django.apps import apps
from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db import transaction
from django.http import Http404, JsonResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource
from wagtail_localize.views import (
    convert,
    edit_translation,
    snippets_api,
    submit_translations,
    update_translations,
)

from .markup import markup_problem
from .models import translator_locale_ids
from .po import POFileError, check_for_translation, import_entries, read_upload, string_problem


def language_refusal(user, locale):
    """Why `user` may not work in `locale`, or None when they may."""
    allowed = translator_locale_ids(user)
    if allowed is not None and locale.id not in allowed:
        return _("You translate into other languages only; this translation is into %(locale)s.") % {
            "locale": locale.get_display_name()
        }
    return None


def instance_refusal(user, instance, locale):
    """Why `user` may not change `instance` (in `locale`) now, or None when they may."""
    reason = language_refusal(user, locale)
    if reason:
        return reason
    get_lock = getattr(instance, "get_lock", None)
    lock = get_lock() if get_lock else None
    if lock and lock.for_user(user):
        return _("“%(title)s” is locked by another user; it cannot be changed until it is unlocked.") % {
            "title": str(instance)
        }
    return None


def refusal(user, translation):
    """Why `user` may not change `translation` now, or None when they may."""
    try:
        instance = translation.get_target_instance()
    except ObjectDoesNotExist:
        instance = None
    return instance_refusal(user, instance, translation.target_locale)


def translation_refusal(request, translation_id, **kwargs):
    translation = get_object_or_404(Translation.objects.select_related("target_locale"), id=translation_id)
    return refusal(request.user, translation)


def reading_refusal(request, translation_id, **kwargs):
    """Reading (a PO download, a preview) changes nothing, so a lock does not stand in its way."""
    translation = get_object_or_404(Translation.objects.select_related("target_locale"), id=translation_id)
    return language_refusal(request.user, translation.target_locale)


def page_refusal(request, page_id, **kwargs):
    page = get_object_or_404(Page.objects.select_related("locale"), id=page_id)
    return instance_refusal(request.user, page, page.locale)


def source_refusal(request, translation_source_id, **kwargs):
    """Syncing a source writes into every translation of it: each must be open to the user."""
    source = get_object_or_404(TranslationSource, id=translation_source_id)
    for translation in source.translations.filter(enabled=True).select_related("target_locale"):
        reason = refusal(request.user, translation)
        if reason:
            return reason
    return None


def snippet_refusal(request, app_label, model_name, pk, **kwargs):
    instance = get_object_or_404(apps.get_model(app_label, model_name), pk=unquote(pk))
    locale = getattr(instance, "locale", None)
    return language_refusal(request.user, locale) if locale else None


def guarded(view, refusal_of):
    """Refuse with 403 (and the reason) before `view` runs, when `refusal_of` names a reason."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        reason = refusal_of(request, **kwargs)
        if reason:
            raise PermissionDenied(reason)
        return view(request, *args, **kwargs)

    return wrapper


@require_POST
def upload_pofile(request, translation_id):
    """Import a PO file only when every check passes; otherwise say what is wrong and change nothing."""
    translation = get_object_or_404(Translation.objects.select_related("target_locale"), id=translation_id)
    try:
        target = translation.get_target_instance()
    except ObjectDoesNotExist:
        raise Http404 from None
    if not edit_translation.user_can_edit_instance(request.user, target):
        raise PermissionDenied
    next_url = get_valid_next_url_from_request(request) or reverse("wagtailadmin_home")
    reason = refusal(request.user, translation)
    if reason:
        messages.error(request, reason)
        return redirect(next_url)
    try:
        po = read_upload(request.FILES.get("file"))
        notices, refused = check_for_translation(po, translation)
    except POFileError as error:
        messages.error(request, _("The PO file was not imported. %(reason)s") % {"reason": error})
        return redirect(next_url)
    with transaction.atomic():
        import_entries(po, translation, request.user)
    messages.success(request, _("Successfully imported translations from PO File."))
    if refused:
        messages.error(
            request,
            _("These translations were left out, the others were imported: %(problems)s")
            % {"problems": "; ".join(refused[:5])},
        )
    for notice in notices:
        messages.warning(request, notice)
    return redirect(next_url)


def submitted_value(request):
    """The "value" of a PUT from the translation editor (form-encoded or multipart)."""
    body = request.body  # read once: wagtail-localize's view parses the same cached body again
    if request.content_type == "multipart/form-data":
        data, _files = request.parse_file_upload(request.META, BytesIO(body))
    else:
        data = QueryDict(body, encoding=request.encoding)
    return data.get("value")


def edit_string_translation(request, translation_id, string_segment_id):
    """Refuse a string whose markup differs from its source segment's, or whose text its field
    does not accept (core.text), with the reason (400)."""
    if request.method == "PUT":
        segment = get_object_or_404(
            StringSegment.objects.select_related("string", "context", "source"), id=string_segment_id
        )
        value = submitted_value(request)
        problem = None
        if value is not None:
            problem = string_problem(
                segment.source.specific_content_type.model_class(), segment.context.path, value
            ) or markup_problem(segment.string.data, value)
        if problem:
            return JsonResponse({"value": [problem]}, status=400)
    return edit_translation.edit_string_translation(request, translation_id, string_segment_id)


@dataclass(frozen=True)
class Endpoint:
    """One of wagtail-localize's admin URLs, served here at its own path with a guard in front."""

    name: str
    route: str
    view: Callable
    refusal: Callable | None


# Every endpoint of wagtail-localize (its wagtail_hooks.register_admin_urls), each with the check
# it gets here: the translator's language for all, and locks for those that change something. `None` marks the read-only ones that show no translation's content: the
# JavaScript catalogue and the translations report (listing titles the user may already see).
TRANSLATION = "localize/translate/<int:translation_id>/"
ENDPOINTS = [
    Endpoint(
        "submit_page_translation",
        "localize/submit/page/<int:page_id>/",
        submit_translations.SubmitPageTranslationView.as_view(),
        page_refusal,
    ),
    Endpoint(
        "submit_snippet_translation",
        "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
        submit_translations.SubmitSnippetTranslationView.as_view(),
        snippet_refusal,
    ),
    Endpoint(
        "update_translations",
        "localize/update/<int:translation_source_id>/",
        update_translations.UpdateTranslationsView.as_view(),
        source_refusal,
    ),
    Endpoint(
        "edit_string_translation",
        f"{TRANSLATION}strings/<int:string_segment_id>/edit/",
        edit_string_translation,
        translation_refusal,
    ),
    Endpoint(
        "edit_override",
        f"{TRANSLATION}overrides/<int:overridable_segment_id>/edit/",
        edit_translation.edit_override,
        translation_refusal,
    ),
    Endpoint(
        "download_pofile",
        f"{TRANSLATION}pofile/download/",
        edit_translation.download_pofile,
        reading_refusal,
    ),
    # Checks itself, to answer with a message instead of a 403 (see upload_pofile).
    Endpoint("upload_pofile", f"{TRANSLATION}pofile/upload/", upload_pofile, None),
    Endpoint(
        "machine_translate",
        f"{TRANSLATION}machine_translate/",
        edit_translation.machine_translate,
        translation_refusal,
    ),
    Endpoint(
        "preview_translation",
        f"{TRANSLATION}preview/",
        edit_translation.preview_translation,
        reading_refusal,
    ),
    Endpoint(
        "preview_translation_mode",
        f"{TRANSLATION}preview/<str:mode>/",
        edit_translation.preview_translation,
        reading_refusal,
    ),
    Endpoint(
        "stop_translation", f"{TRANSLATION}disable/", edit_translation.stop_translation, translation_refusal
    ),
    Endpoint(
        "convert_to_alias",
        "localize/page/<int:page_id>/convert_to_alias/",
        convert.convert_to_alias,
        page_refusal,
    ),
    Endpoint(
        "snippets_api_detail",
        "localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/",
        snippets_api.SnippetViewSet.as_view({"get": "retrieve"}),
        snippet_refusal,
    ),
]
# Endpoints left to wagtail-localize as they are: read-only, and guarded by its own permission checks.
UNGUARDED = [
    "javascript_catalog",
    "translations_report",
    "translations_report_results",
    "snippets_api_listing",
]


def urls():
    """Admin URLs at wagtail-localize's own paths; registered first, so they take precedence."""
    return [
        path(
            endpoint.route,
            guarded(endpoint.view, endpoint.refusal) if endpoint.refusal else endpoint.view,
            name=f"translations_{endpoint.name}",
        )
        for endpoint in ENDPOINTS
    ]
