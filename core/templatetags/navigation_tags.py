"""Navigation between pages and languages: menus, breadcrumbs, language switcher, hreflang."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page, Site

register = template.Library()


def locale_home(request):
    site = Site.find_for_request(request)
    return site.root_page.localized if site else None


@register.inclusion_tag("components/_site_header.html", takes_context=True)
def site_header(context, languages):
    """The brand link, the main menu of the current locale and the language switcher."""
    request = context["request"]
    home = locale_home(request)
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    menu_items = [
        {
            "page": item,
            "is_current": current_path == item.path,
            "is_ancestor": current_path.startswith(item.path),
        }
        for item in (home.get_children().live().in_menu() if home else [])
    ]
    return {
        "home": home,
        "menu_items": menu_items,
        "languages": languages,
        "request": request,
    }


@register.filter
def page_links(page):
    """The page numbers that pagination links to: the ends and two on each side of `page`, "…" between."""
    return page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)


@register.inclusion_tag("components/_breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return {"ancestors": []}
    return {
        "ancestors": page.get_ancestors().filter(depth__gte=2),
        "page": page,
        "request": context["request"],
    }


@register.simple_tag(takes_context=True)
def language_versions(context):
    """This page in every language it really exists in, in the order of settings.LANGUAGES.

    Pages link to their live translations (never to aliases); other views, such as search,
    link to the same path under each language prefix.
    """
    request = context["request"]
    page = context.get("page")
    if isinstance(page, Page) and page.pk:
        translations = (
            page.get_translations(inclusive=True)
            .live()
            .filter(alias_of__isnull=True)
            .select_related("locale")
        )
        urls = {
            translation.locale.language_code: translation.get_url(request) for translation in translations
        }
    else:
        urls = {code: translate_url(request.get_full_path(), code) for code, _ in settings.LANGUAGES}
    current = get_language()
    return [
        {
            "code": code,
            "name": get_language_info(code)["name_local"],
            "url": request.build_absolute_uri(urls[code]),
            "is_current": code == current,
            "is_default": code == settings.LANGUAGE_CODE,
        }
        for code, _name in settings.LANGUAGES
        if urls.get(code)
    ]
