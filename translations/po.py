"""Checks a translator's PO file completely before wagtail-localize imports anything from it.

wagtail-localize's own upload answers 500 without the translation-id header and imports
obsolete entries and broken HTML as they are. Here a file whose markup is damaged is refused whole,
with a message that names the problem; an entry that breaks its field's text rule (core.text: a
title of 300,000 characters, a control character) is left out and named, and the rest imports.
"""

import os
import re
import tempfile
from collections import Counter

import polib
from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail_localize.models import StringSegment, Translation

from core.text import field_rule, text_problem

from .markup import markup_problem

HEADER = "X-WagtailLocalize-TranslationID"
CHARSET = re.compile(rb"charset=([A-Za-z0-9_.:-]+)", re.IGNORECASE)
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}")


class POFileError(Exception):
    """A PO file that must not be imported; the message is shown to the translator."""


def read_upload(upload):
    """The parsed POFile of an uploaded file, or POFileError naming what is wrong with it."""
    limit = settings.TRANSLATIONS_PO_MAX_BYTES
    if upload is None:
        raise POFileError(_("Choose a PO file to upload."))
    if upload.size > limit:
        raise POFileError(
            _("The file is %(size)s MB; PO files of a translation are at most %(limit)s MB.")
            % {"size": round(upload.size / 1024 / 1024, 1), "limit": round(limit / 1024 / 1024, 1)}
        )
    raw = upload.read()
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise POFileError(_("The file is encoded as UTF-16; save it as UTF-8 and upload it again."))
    if b"\x00" in raw:
        raise POFileError(_("The file is not a text file (it contains null bytes), so it is not a PO file."))
    match = CHARSET.search(raw[:4096])
    charset = match.group(1).decode("ascii") if match else "utf-8"
    try:
        text = raw.decode(charset)
    except LookupError:
        raise POFileError(
            _("The file declares the unknown encoding “%(charset)s”.") % {"charset": charset}
        ) from None
    except UnicodeDecodeError as error:
        raise POFileError(
            _(
                "The file is not valid %(charset)s text (byte %(position)s); save it as UTF-8 and upload it again."
            )
            % {"charset": charset, "position": error.start}
        ) from None
    text = re.sub(r"charset=[A-Za-z0-9_.:-]+", "charset=UTF-8", text.lstrip("\ufeff"), count=1)
    # polib.pofile() treats a string as a file name when such a file exists: always give it a path.
    with tempfile.NamedTemporaryFile("w", suffix=".po", encoding="utf-8", delete=False) as handle:
        handle.write(text)
    try:
        return polib.pofile(handle.name, encoding="utf-8")
    except (OSError, ValueError) as error:
        raise POFileError(_("The file is not a valid PO file: %(error)s.") % {"error": error}) from None
    finally:
        os.unlink(handle.name)


def check_for_translation(po, translation):
    """Refuse a PO file of another translation or with damaged markup; leave out bad texts.

    Entries whose text its field does not accept are removed from `po`, so they are not imported.

    Returns:
        (list[str], list[str]): notices about entries that are skipped (obsolete, or no longer in
        the source), and the entries left out because of their text, each with the reason.
    """
    uuid = po.metadata.get(HEADER)
    if not uuid:
        raise POFileError(
            _(
                "The file has no %(header)s header, so it cannot be matched to this translation. "
                "Download the PO file of this translation again and translate that one."
            )
            % {"header": HEADER}
        )
    if uuid != str(translation.uuid):
        other = Translation.objects.filter(uuid=uuid).select_related("source", "target_locale").first()
        if other is None:
            raise POFileError(_("The file belongs to a translation that does not exist (any more)."))
        raise POFileError(
            _("The file belongs to the translation of “%(title)s” into %(locale)s, not to this one.")
            % {"title": other.source.object_repr, "locale": other.target_locale.get_display_name()}
        )

    known = set(
        StringSegment.objects.filter(source=translation.source).values_list("string__data", "context__path")
    )
    model = translation.source.specific_content_type.model_class()
    problems, refused, obsolete, unknown = [], [], 0, 0
    for entry in list(po):
        if entry.obsolete:
            obsolete += 1
            continue
        if (entry.msgid, entry.msgctxt) not in known:
            unknown += 1
            continue
        if not entry.msgstr:
            continue
        problem = string_problem(model, entry.msgctxt, entry.msgstr)
        if problem:
            refused.append(_described(entry, problem))
            po.remove(entry)
            continue
        problem = _entry_problem(entry)
        if problem:
            problems.append(_described(entry, problem))
    if problems:
        raise POFileError(
            _("Nothing was imported, because some translations damage the markup: %(problems)s")
            % {"problems": "; ".join(problems[:5])}
        )
    warnings = []
    if obsolete:
        warnings.append(
            ngettext(
                "%(count)s obsolete entry (#~) was ignored.",
                "%(count)s obsolete entries (#~) were ignored.",
                obsolete,
            )
            % {"count": obsolete}
        )
    if unknown:
        warnings.append(
            ngettext(
                "%(count)s entry is no longer in the source page and was ignored.",
                "%(count)s entries are no longer in the source page and were ignored.",
                unknown,
            )
            % {"count": unknown}
        )
    return warnings, refused


def string_problem(model, path, value):
    """Why `value` may not translate the segment at `path` of a `model` instance, or None.

    A top-level field keeps its own rule (a title is one line within its length); any other text,
    such as a StreamField block's, may hold line breaks but no other control character.
    """
    max_length, single_line = field_rule(model, path) or (None, False)
    return text_problem(value, max_length=max_length, single_line=single_line)


def _described(entry, problem):
    return _("line %(line)s (“%(source)s”): %(problem)s") % {
        "line": entry.linenum,
        "source": entry.msgid[:60],
        "problem": problem,
    }


def _entry_problem(entry):
    problem = markup_problem(entry.msgid, entry.msgstr)
    if problem:
        return problem
    if Counter(PLACEHOLDER.findall(entry.msgid)) != Counter(PLACEHOLDER.findall(entry.msgstr)):
        return _("the placeholders differ from the source")
    return None


def import_entries(po, translation, user):
    """Import the current, non-obsolete entries of a checked PO file."""
    for entry in po.obsolete_entries():
        po.remove(entry)
    return translation.import_po(po, user=user, tool_name="PO File")
