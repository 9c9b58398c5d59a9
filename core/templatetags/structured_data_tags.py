"""schema.org structured data as JSON-LD."""

import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

# Characters that could close the script element or open a comment inside it.
JSON_LD_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.simple_tag
def json_ld(data):
    """Render `data` (a dict or list) as a JSON-LD block.

    A JSON-LD block is data, not script: browsers do not run it, so it needs no CSP allowance.
    """
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str).translate(
        JSON_LD_ESCAPES
    )
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308
