""" "Did you mean": a spelling suggestion for a query that finds few or no pages.

The vocabulary is the words of the titles of the live public pages of the reader's language and of
the default language (the pages a search in that language looks through), read in one bounded
query. Each query word not in the vocabulary is replaced by its closest vocabulary word (difflib's
ratio), spelt as inside titles ("erazmus" → "Erasmus", "scholarhsip" → "scholarship"). The
suggestion is offered as a link, never applied silently.
"""

import difflib

from django.conf import settings
from wagtail.models import Page

from core.localization import visible_pages

from .query import WORD

# At most this many titles are read (the newest first), so the cost stays bounded at any size.
MAX_TITLES = 5000
MIN_WORD = 3
CUTOFF = 0.75
# A query with fewer results than this gets a suggestion.
FEW_RESULTS = 3


def vocabulary(language_code):
    """The title words of the pages searched in `language_code`: lower case → spelling, one query."""
    titles = (
        visible_pages(
            Page.objects.filter(
                depth__gt=1, locale__language_code__in={language_code, settings.LANGUAGE_CODE}
            )
        )
        .order_by("-pk")
        .values_list("title", flat=True)[:MAX_TITLES]
    )
    words, first = {}, {}
    for title in titles:
        for position, word in enumerate(WORD.findall(title)):
            if len(word) >= MIN_WORD and not word.isdigit():
                # A capital that only starts a title is the title's, not the word's ("Scholarship
                # office"); a name is capitalised inside titles too ("Study with Erasmus").
                if position or word.isupper():
                    words.setdefault(word.lower(), word)
                else:
                    first.setdefault(word.lower(), word.lower())
    return first | words


def suggest(query, language_code):
    """A corrected query, or None when every word is known or nothing close enough exists."""
    terms = WORD.findall(query)
    if not terms:
        return None
    words = vocabulary(language_code)
    corrected, changed = [], False
    for term in terms:
        lower = term.lower()
        if lower in words or len(lower) < MIN_WORD:
            corrected.append(term)
            continue
        close = difflib.get_close_matches(lower, words, n=1, cutoff=CUTOFF)
        if close:
            corrected.append(words[close[0]])
            changed = True
        else:
            corrected.append(term)
    return " ".join(corrected) if changed else None
