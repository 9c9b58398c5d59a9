"""The consent banner with the scripts the visitor agreed to, and the legal links of the footer."""

from django import template
from django.utils.translation import get_language
from wagtail.models import Page

from core.localization import visible_pages
from pagecache.store import site_wide

from ..categories import LABELS
from ..consent import allow_scripts, consent_state
from ..models import AccessibilityStatementPage, PolicyPage

register = template.Library()


def category_choices(state):
    """The optional categories the banner offers, with the visitor's current decision."""
    return [
        {
            "name": category.name,
            "label": LABELS[category.name],
            "description": category.description,
            "checked": category.name in state.granted,
        }
        for category in state.config.categories
    ]


@register.inclusion_tag("privacy/_consent.html", takes_context=True)
def consent_banner(context):
    """Script tags of the consented categories, and the banner while the visitor has not decided."""
    request = context.get("request")
    state = consent_state(request) if request is not None else None
    if state is None:
        return {}
    show_banner = state.must_ask and not context.get("hide_consent_banner")
    scripts = state.config.scripts_for(state.granted)
    # While the banner is open, "Accept all" may load the scripts without a reload.
    allow_scripts(request, state.config.scripts_for(state.config.names) if show_banner else scripts)
    return {
        "scripts": scripts,
        "show_banner": show_banner,
        "consent": state,
        "categories": category_choices(state),
        "next": request.get_full_path(),
    }


@register.inclusion_tag("privacy/_consent_categories.html")
def consent_categories(state):
    return {"consent": state, "categories": category_choices(state)}


@register.inclusion_tag("privacy/_footer_links.html", takes_context=True)
def privacy_links(context):
    """The live policy pages and accessibility statement of the current language, in tree order, kept until
    the next site-wide change (a policy page's publish is one: pagecache.changes)."""
    request = context.get("request")
    has_consent = request is not None and consent_state(request) is not None
    return {
        "pages": site_wide("footer-links", footer_pages),
        "request": request,
        "cookie_settings": has_consent,
    }


def footer_pages():
    return list(
        visible_pages(Page.objects.type(PolicyPage, AccessibilityStatementPage))
        .filter(locale__language_code=get_language())
        .select_related("locale")
        .order_by("path")
    )
