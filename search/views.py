"""The site search page and the autocomplete endpoint of the search box, per language."""

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language_info
from django.views.decorators.http import require_safe
from wagtail.models import Locale, Page

from core.params import page_param

from .query import (
    SearchUnavailable,
    autocomplete_pages,
    clean_query,
    query_terms,
    search_page,
)
from .results import make_hit, promotions, searchable_text
from .types import available_types, content_types_of, label_of

RESULTS_PER_PAGE = 10
AUTOCOMPLETE_LIMIT = 8


def searchable_pages(locale, search_type=None, all_languages=False):
    pages = Page.objects.live().public().exclude(depth__lte=1).select_related("locale")
    if not all_languages:
        pages = pages.filter(locale=locale)
    if search_type:
        pages = pages.filter(content_type__in=content_types_of(search_type))
    return pages.specific()


@require_safe
def search(request):
    locale = Locale.get_active()
    query = clean_query(request.GET.get("q"))
    types = available_types()
    search_type = request.GET.get("type", "")
    if search_type not in dict(types):
        search_type = ""
    all_languages = request.GET.get("all_languages") == "1"
    context = {
        "query": query,
        "types": types,
        "search_type": search_type,
        "all_languages": all_languages,
        "language_name": get_language_info(locale.language_code)["name_local"],
    }
    if query:
        number = page_param(request.GET.get("page"))
        terms = query_terms(query)
        try:
            results = search_page(
                searchable_pages(locale, search_type, all_languages),
                query,
                number,
                RESULTS_PER_PAGE,
                searchable_text,
            )
        except SearchUnavailable:
            context["unavailable"] = True
        else:
            context["results"] = results
            context["hits"] = [make_hit(page, request, terms, locale) for page in results.object_list]
            context["promoted"] = promotions(query, locale, request, log_hit=number == 1)
    status = 503 if context.get("unavailable") else 200
    return render(request, "search/search.html", context, status=status)


@require_safe
def autocomplete(request):
    """Titles and links of the best matches so far, for the search box's suggestion list."""
    query = clean_query(request.GET.get("q"))
    if len(query) < 2:
        return JsonResponse({"results": []})
    pages = Page.objects.live().public().exclude(depth__lte=1).filter(locale=Locale.get_active())
    try:
        found = autocomplete_pages(pages, query, AUTOCOMPLETE_LIMIT)
    except SearchUnavailable:
        found = []
    return JsonResponse(
        {
            "results": [
                {
                    "title": page.title,
                    "url": page.get_url(request),
                    "type": str(label_of(page.specific_class)),
                }
                for page in found
            ]
        }
    )
