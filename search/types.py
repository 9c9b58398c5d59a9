"""What kind of page a search result is: each page type declares `search_type` (core.models.BasePage)."""

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from wagtail.models import get_page_models

# Labels of the types the portal's apps declare; a new type may bring its own `search_type_label`.
TYPE_LABELS = {
    "page": _("Page"),
    "news": _("News"),
    "partner": _("Partner university"),
    "institution": _("University"),
    "programme": _("Study programme"),
    "gallery": _("Gallery"),
    "event": _("Event"),
}


def type_of(model):
    return getattr(model, "search_type", "page")


def label_of(model):
    return getattr(model, "search_type_label", None) or TYPE_LABELS.get(type_of(model), type_of(model))


def available_types():
    """(code, label) of every type some page model declares, in a stable order."""
    labels = {}
    for model in get_page_models():
        labels.setdefault(type_of(model), label_of(model))
    order = list(TYPE_LABELS)
    return sorted(
        labels.items(), key=lambda item: (order.index(item[0]) if item[0] in order else 99, item[0])
    )


def content_types_of(search_type):
    models = [model for model in get_page_models() if type_of(model) == search_type]
    return list(ContentType.objects.get_for_models(*models).values())
