"""Navigation between pages and languages: menus, breadcrumbs, language switcher, hreflang."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page, Site

from core.localization import localize, real_translations, visible_pages
from pagecache.store import site_wide

register = template.Library()


def menu_pages(site):
    """The reader's home page and its menu, by core.localization's policy.

    The menu lists the default language's menu pages, each in the reader's language when translated
    and in the default language (labelled) when not, then the reader's own pages that have no source
    there: every section is reachable from every language, and no menu is empty.
    """
    source_home = site.root_page
    # The home page and the default language's menu pages in one localize() call.
    shown = localize([source_home, *visible_pages(source_home.get_children().in_menu())])
    if not shown or shown[0].translation_key != source_home.translation_key:
        return None, []
    home, pages = shown[0], shown[1:]
    if home.pk != source_home.pk:
        listed = {page.translation_key for page in pages}
        for own in visible_pages(home.get_children().in_menu()):
            if own.translation_key not in listed:
                own.shown_language = None
                pages.append(own)
    return home, pages


@register.inclusion_tag("components/_site_header.html", takes_context=True)
def site_header(context, languages):
    """The brand link, the main menu of the current locale and the language switcher. The menu is the
    same on every page of a language: it is kept until the next site-wide change (pagecache.store)."""
    request = context["request"]
    site = Site.find_for_request(request)
    home, pages = site_wide(f"menu:{site.pk}", lambda: menu_pages(site)) if site else (None, [])
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    menu_items = [
        {
            "page": item,
            "is_current": current_path == item.path,
            "is_ancestor": current_path.startswith(item.path),
        }
        for item in pages
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
        "ancestors": getattr(page, "breadcrumb_trail", None) or page.get_ancestors().filter(depth__gte=2),
        "page": page,
        "request": context["request"],
    }


@register.simple_tag(takes_context=True)
def language_versions(context):
    """This page in every language it really exists in, in the order of settings.LANGUAGES.

    Pages link to their real translations (live, public, never aliases); a view that names its
    `translations` (the page of a language not translated yet) links to those; other views, such as
    search, link to the same path under each language prefix.
    """
    request = context["request"]
    page = context.get("page")
    if context.get("translations") is not None:
        urls = {t.locale.language_code: t.get_url(request) for t in context["translations"]}
    elif isinstance(page, Page) and page.pk:
        translations = real_translations(page)
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
