"""Snippets of result text with the visitor's words marked, escaped before any markup is added."""

import re

from django.utils.html import escape, format_html, strip_tags
from django.utils.safestring import mark_safe

SNIPPET_LENGTH = 240
SOURCE_LENGTH = 4000


def stem(term):
    # A crude, language-neutral stem for marking only: "dormitory" also marks "dormitories",
    # "uczelnia" marks "uczelni". Which pages match is decided by the search backend.
    return term[: max(4, len(term) - 2)]


def matcher(terms):
    if not terms:
        return None
    stems = sorted({stem(term) for term in terms}, key=len, reverse=True)
    alternatives = "|".join(re.escape(term) for term in stems)
    return re.compile(rf"(?<!\w)(?:{alternatives})\w*", re.IGNORECASE)


def mark(text, pattern):
    """Escape every piece of `text` and wrap the matches in <mark>."""
    if pattern is None:
        return escape(text)
    pieces, position = [], 0
    for match in pattern.finditer(text):
        pieces.append(escape(text[position : match.start()]))
        pieces.append(format_html("<mark>{}</mark>", match.group()))
        position = match.end()
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 — every piece was escaped above.


def snippet(text, terms, length=SNIPPET_LENGTH):
    """About `length` characters of plain text around the first match, matches marked."""
    text = " ".join(strip_tags(text[:SOURCE_LENGTH]).split())
    pattern = matcher(terms)
    found = pattern.search(text) if pattern else None
    start = max(0, found.start() - length // 3) if found else 0
    if start:
        # Start on a word boundary rather than in the middle of a word.
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < (found.start() if found else len(text)) else start
    window = text[start : start + length]
    prefix = "… " if start else ""
    suffix = " …" if start + length < len(text) else ""
    return format_html("{}{}{}", prefix, mark(window, pattern), suffix)
