"""Marking items shown in another language than the page's (core.localization's `shown_language`)."""

from django import template
from django.utils.html import format_html

register = template.Library()


@register.simple_tag
def lang_attrs(item):
    """` lang="…"` for an item shown in another language than the reader's, else nothing."""
    language = getattr(item, "shown_language", None)
    return format_html(' lang="{}"', language["code"]) if language else ""


@register.inclusion_tag("components/_language_label.html")
def language_label(item):
    """A visible label naming the language of an item shown in another language than the reader's."""
    return {"language": getattr(item, "shown_language", None)}
