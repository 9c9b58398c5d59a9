"""Wrappers around wagtail-localize's translation endpoints: locale limits, locks, safe PO uploads.

wagtail-localize checks only that the user may edit the target object. These views add what
the portal needs — a translator works in their own locales only, and nobody changes a
translation whose page someone else has locked — and then call wagtail-localize's view.
"""

from functools import wraps
from io import BytesIO

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db import transaction
from django.http import Http404, JsonResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail_localize.models import StringSegment, Translation
from wagtail_localize.views import edit_translation

from .markup import markup_problem
from .models import translator_locale_ids
from .po import POFileError, check_for_translation, import_entries, read_upload


def refusal(user, translation):
    """Why `user` may not change `translation` now, or None when they may."""
    allowed = translator_locale_ids(user)
    if allowed is not None and translation.target_locale_id not in allowed:
        return _("You translate into other languages only; this translation is into %(locale)s.") % {
            "locale": translation.target_locale.get_display_name()
        }
    try:
        instance = translation.get_target_instance()
    except ObjectDoesNotExist:
        return None
    get_lock = getattr(instance, "get_lock", None)
    lock = get_lock() if get_lock else None
    if lock and lock.for_user(user):
        return _("“%(title)s” is locked by another user; it cannot be changed until it is unlocked.") % {
            "title": str(instance)
        }
    return None


def guarded(view):
    """Refuse with 403 when the translation is in another locale or locked by someone else."""

    @wraps(view)
    def wrapper(request, translation_id, *args, **kwargs):
        translation = get_object_or_404(
            Translation.objects.select_related("target_locale"), id=translation_id
        )
        reason = refusal(request.user, translation)
        if reason:
            raise PermissionDenied(reason)
        return view(request, translation_id, *args, **kwargs)

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
        notices = check_for_translation(po, translation)
    except POFileError as error:
        messages.error(request, _("The PO file was not imported. %(reason)s") % {"reason": error})
        return redirect(next_url)
    with transaction.atomic():
        import_entries(po, translation, request.user)
    messages.success(request, _("Successfully imported translations from PO File."))
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
    """Refuse a string whose markup differs from its source segment's, with the reason (400)."""
    if request.method == "PUT":
        segment = get_object_or_404(StringSegment.objects.select_related("string"), id=string_segment_id)
        value = submitted_value(request)
        problem = markup_problem(segment.string.data, value) if value is not None else None
        if problem:
            return JsonResponse({"value": [problem]}, status=400)
    return edit_translation.edit_string_translation(request, translation_id, string_segment_id)


def urls():
    """Admin URLs at wagtail-localize's own paths; registered first, so they take precedence."""
    base = "localize/translate/<int:translation_id>/"
    return [
        path(f"{base}pofile/upload/", upload_pofile, name="translations_upload_pofile"),
        path(
            f"{base}strings/<int:string_segment_id>/edit/",
            guarded(edit_string_translation),
            name="translations_edit_string",
        ),
        path(
            f"{base}overrides/<int:overridable_segment_id>/edit/",
            guarded(edit_translation.edit_override),
            name="translations_edit_override",
        ),
        path(
            f"{base}machine_translate/",
            guarded(edit_translation.machine_translate),
            name="translations_machine_translate",
        ),
    ]
