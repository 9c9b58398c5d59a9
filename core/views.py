from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from django.shortcuts import render
from django.utils.translation import get_language_from_path
from wagtail.models import Page, Site

from .localization import visible_pages


def page_not_found(request, exception=None):
    """404: for a page of another language not translated into this one yet, say so and link to it."""
    translations = existing_versions(request)
    if translations:
        return render(request, "not_translated.html", {"translations": translations}, status=404)
    return render(request, "404.html", status=404)


def existing_versions(request):
    """The visible pages at this URL's path in the other languages: /uk/living/ → /en/living/, …

    Slugs are the same in every language (BasePage), so the path after the language prefix names
    the page in each language's tree.
    """
    language = get_language_from_path(request.path_info)
    site = Site.find_for_request(request)
    if not language or site is None:
        return []
    rest = request.path_info.removeprefix(f"/{language}/")
    homes = list(site.root_page.get_translations(inclusive=True).only("url_path"))
    found = visible_pages(Page.objects.filter(url_path__in=[home.url_path + rest for home in homes]))
    return list(found.exclude(locale__language_code=language).select_related("locale").order_by("locale_id"))


def robots_txt(request):
    return render(request, "robots.txt", content_type="text/plain; charset=utf-8")


def sitemap_entries(request):
    """Every live public page of the site in every locale, with its real translations as alternates."""
    site = Site.find_for_request(request)
    if site is None:
        return []
    roots = site.root_page.get_translations(inclusive=True)
    in_site = Q()
    for root_path in roots.values_list("path", flat=True):
        in_site |= Q(path__startswith=root_path)
    pages = visible_pages(Page.objects.filter(in_site)).select_related("locale").order_by("path")
    by_translation_key = defaultdict(list)
    entries = []
    for page in pages:
        entry = {
            "location": request.build_absolute_uri(page.get_url(request)),
            "language": page.locale.language_code,
            "lastmod": page.last_published_at,
            "alternates": by_translation_key[page.translation_key],
        }
        by_translation_key[page.translation_key].append(entry)
        entries.append(entry)
    return entries


def sitemap(request):
    return render(
        request,
        "sitemap.xml",
        {"entries": sitemap_entries(request), "default_language": settings.LANGUAGE_CODE},
        content_type="application/xml; charset=utf-8",
    )
