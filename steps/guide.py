"""The guide's choices, read from GET parameters: a citizenship group and a level of studies.

A value the guide does not know is named in a message and ignored, so the guide shows every step
rather than an error (never a 500).
"""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.params import text_param

from .models import Citizenship, StudyLevel

CHOICES = {
    "citizenship": (
        Citizenship,
        _("Your citizenship"),
        _("Any citizenship"),
        _("The guide has no citizenship group “%(value)s”: it shows the steps of every group."),
    ),
    "level": (
        StudyLevel,
        _("Your studies"),
        _("Any studies"),
        _("The guide has no kind of studies “%(value)s”: it shows the steps of every kind."),
    ),
}


def guide_context(page, request):
    messages, filters, selected = [], [], {}
    for name, (choices, label, everything, message) in CHOICES.items():
        value = text_param(request.GET.get(name), 100)
        if value and value not in choices.values:
            messages.append(gettext(message) % {"value": value})
            value = ""
        selected[name] = value
        filters.append(
            {
                "name": name,
                "label": label,
                "everything": everything,
                "options": choices.choices,
                "selected": value,
            }
        )
    return {
        "messages": messages,
        "filters": filters,
        "is_filtered": any(selected.values()),
        "citizenship": choices_label(Citizenship, selected["citizenship"]),
        "level": choices_label(StudyLevel, selected["level"]),
        "checklist": page.dated_steps(selected["citizenship"], selected["level"]),
    }


def choices_label(choices, value):
    return choices(value).label if value else None
