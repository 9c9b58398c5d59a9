from django import template

from ..models import Topic

register = template.Library()


@register.inclusion_tag("enquiries/_ask_short.html")
def ask_short_form(institution, programme=None):
    """A short GET form that opens /<lang>/ask/ with the institution (and programme) pre-selected.

    It has no token and sets no cookie, so the page that shows it stays cacheable.
    """
    return {"institution": institution, "programme": programme, "topics": Topic.choices}
