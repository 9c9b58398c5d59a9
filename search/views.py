"""The site search page and the autocomplete endpoint of the search box, per language."""

from contextlib import nullcontext
from urllib.parse import urlencode

from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language_info
from django.views.decorators.http import require_safe
from wagtail.models import Locale, Page

from core.localization import searchable, searchable_in
from core.params import page_param

from .backends.database import every_language
from .query import (
    SearchUnavailable,
    autocomplete_pages,
    clean_query,
    query_terms,
    search_page,
)
from .results import make_hits, promotions, searchable_text
from .suggestions import FEW_RESULTS, suggest
from .types import available_types, content_types_of, label_of

RESULTS_PER_PAGE = 10
AUTOCOMPLETE_LIMIT = 8


def searchable_pages(locale, search_type=None, all_languages=False):
    """The pages a search in `locale` looks through: core.localization's policy (the language's own
    pages and the default language's not translated yet), or every language's visible pages."""
    pages = Page.objects.exclude(depth__lte=1).select_related("locale")
    pages = searchable(pages) if all_languages else searchable_in(pages, locale)
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
            with every_language() if all_languages else nullcontext():
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
            context["hits"] = make_hits(results.object_list, request, terms, locale)
            context["promoted"] = promotions(query, locale, request, log_hit=number == 1)
            if results.paginator.count < FEW_RESULTS and (suggestion := suggest(query, locale.language_code)):
                context["suggestion"] = suggestion
                context["suggestion_url"] = reverse("search") + "?" + urlencode({"q": suggestion})
    status = 503 if context.get("unavailable") else 200
    return render(request, "search/search.html", context, status=status)


@require_safe
def autocomplete(request):
    """Titles and links of the best matches so far, for the search box's suggestion list."""
    query = clean_query(request.GET.get("q"))
    if len(query) < 2:
        return JsonResponse({"results": []})
    pages = searchable_in(Page.objects.exclude(depth__lte=1), Locale.get_active())
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
