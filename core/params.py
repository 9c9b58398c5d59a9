"""Values from query parameters, read the same way by every public view.

Whatever a visitor or a scanner sends (huge or non-ASCII numbers, NUL and other control
characters, megabytes of text), these give a usable value or None: never an exception, so never a 500.
"""

from .text import is_control

# More digits than any page number or year; int() of longer strings is slow or refused.
MAX_DIGITS = 9


def int_param(raw, minimum=None, maximum=None):
    """The whole number written in ASCII digits in `raw`, or None when it is missing, malformed
    ("²", "٢٠٢٤", "1e3", "-1") or outside minimum..maximum."""
    if not raw or len(raw) > MAX_DIGITS or not (raw.isascii() and raw.isdigit()):
        return None
    value = int(raw)
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        return None
    return value


def page_param(raw):
    """The page number asked for, 1 for anything else; paginators clamp the too-large ones."""
    return int_param(raw, minimum=1) or 1


def text_param(raw, max_length):
    """`raw` stripped, without control characters (the database refuses NUL) and cut to max_length."""
    text = "".join(character for character in (raw or "")[: max_length * 2] if not is_control(character))
    return text.strip()[:max_length]
