"""Titles, names and other texts: one rule for every input path, and text that XML can carry.

Admin forms (pages and snippets, through `SingleLineFieldsMixin`), PO uploads and string edits
(translations.guards) and the partner CSV import all ask `text_problem` the same question: a
title or name is one line of at most its field's length, and no text holds control characters
other than line breaks and tabs. XML 1.0 cannot carry the others at all, so whatever text an older
row still holds, feeds write it through `xml_safe`.
"""

import unicodedata

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

# Line breaks and tabs belong in multi-line text; no other control character belongs anywhere.
TEXT_WHITESPACE = frozenset("\t\n\r")


def is_control(character):
    return unicodedata.category(character) == "Cc"


def text_problem(value, max_length=None, single_line=True):
    """Why `value` may not be stored as a title or name (`single_line`) or as text, or None."""
    allowed = frozenset() if single_line else TEXT_WHITESPACE
    if any(is_control(character) and character not in allowed for character in value):
        if single_line:
            return _("Use a single line of text without tabs, line breaks or other control characters.")
        return _("Remove the control characters from the text; only line breaks and tabs are allowed.")
    if max_length is not None and len(value) > max_length:
        return ngettext(
            "The text is %(length)s characters long; at most %(limit)s character is allowed.",
            "The text is %(length)s characters long; at most %(limit)s characters are allowed.",
            max_length,
        ) % {"length": f"{len(value):,}", "limit": max_length}
    return None


def validate_single_line(value):
    """Django validator: one line without control characters."""
    problem = text_problem(value)
    if problem:
        raise ValidationError(problem, code="control_characters")


def field_rule(model, name):
    """(max_length, single_line) of the text field `name` of `model`, or None if it is no text field."""
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:  # a path into a StreamField, such as "body.<uuid>.heading"
        return None
    if isinstance(field, models.CharField):
        return field.max_length, True
    if isinstance(field, models.TextField):
        return field.max_length, False
    return None


def xml_safe(value):
    """`value` without the characters XML 1.0 cannot carry (feeds would fail on them)."""
    if value is None:
        return None
    return "".join(
        character
        for character in str(value)
        if not (is_control(character) and character not in TEXT_WHITESPACE)
        and character not in "\ufffe\uffff"
        and not 0xD800 <= ord(character) <= 0xDFFF
    )


class SingleLineFieldsMixin(models.Model):
    """Models whose every CharField (title, name, …) is one line; checked wherever they are cleaned."""

    class Meta:
        abstract = True

    def clean_fields(self, exclude=None):
        errors = {}
        try:
            super().clean_fields(exclude=exclude)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        for field in self._meta.concrete_fields:
            if (
                not isinstance(field, models.CharField)
                or field.name in errors
                or field.name in (exclude or ())
            ):
                continue
            value = getattr(self, field.attname)
            problem = text_problem(value) if isinstance(value, str) else None
            if problem:
                errors[field.name] = [ValidationError(problem, code="control_characters")]
        if errors:
            raise ValidationError(errors)
