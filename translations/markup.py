"""The markup of a translated string, read the way a browser reads it.

Python's `HTMLParser` (and wagtail-localize's own check) disagree with browsers about comments:
`<!--><img onerror=…>-->` is one comment to them and an empty comment followed by an image to a
browser. html5lib implements the WHATWG parsing rules that browsers follow, so what it finds in
a translation is what a visitor's browser would build from it.
"""

from collections import Counter
from dataclasses import dataclass

import html5lib
from django.utils.translation import gettext as _

# The inline elements that the rich-text editor's features produce inside a translatable segment
# (wagtail-localize keeps links as <a id="a1">…</a> and restores their targets from the source).
RICH_TEXT_ELEMENTS = frozenset({"a", "b", "br", "code", "em", "i", "s", "span", "strong", "sub", "sup"})
# Parse errors about plain text ("Tom & Jerry", "a < b"), not about elements.
TEXT_ERRORS = frozenset(
    {
        "expected-tag-name",
        "expected-named-entity",
        "named-entity-without-semicolon",
        "numeric-entity-without-semicolon",
        "expected-numeric-entity",
        "illegal-codepoint-for-numeric-entity",
        "cant-convert-numeric-entity",
    }
)


@dataclass(frozen=True)
class Markup:
    elements: Counter
    comments: int
    broken: bool


def read_markup(text):
    """The elements (with their attributes) and comments a browser builds from `text`."""
    parser = html5lib.HTMLParser(tree=html5lib.getTreeBuilder("etree"), namespaceHTMLElements=False)
    fragment = parser.parseFragment(text, container="div")
    elements, comments = Counter(), 0
    for node in fragment.iter():
        if node is fragment:
            continue
        if not isinstance(node.tag, str):
            # CDATA sections and processing instructions are bogus comments in HTML content.
            comments += 1
            continue
        elements[(node.tag, tuple(sorted(node.attrib.items())))] += 1
    broken = any(code not in TEXT_ERRORS for _position, code, _data in parser.errors)
    return Markup(elements=elements, comments=comments, broken=broken)


def markup_problem(source, translation):
    """Why the markup of `translation` may not replace `source`'s, or None when it may.

    A translation keeps exactly the source's elements and attributes: no comment, CDATA section
    or processing instruction, and no element outside the rich-text editor's allowlist.
    """
    found = read_markup(translation)
    if found.comments:
        return _("HTML comments, CDATA sections and processing instructions are not allowed")
    unknown = sorted({tag for tag, _attributes in found.elements} - RICH_TEXT_ELEMENTS)
    if unknown:
        return _("the element <%(element)s> is not allowed in translated text") % {"element": unknown[0]}
    if found.broken:
        return _("the HTML tags are not properly closed")
    if found.elements != read_markup(source).elements:
        return _("the HTML tags or their attributes differ from the source")
    return None
