from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from django.shortcuts import render
from wagtail.models import Page, Site


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


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
    pages = (
        Page.objects.live()
        .public()
        .filter(in_site, alias_of__isnull=True)
        .select_related("locale")
        .order_by("path")
    )
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
