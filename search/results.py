"""What a result shows: title, type, date, snippet, link, and its language when it is not the visitor's."""

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from modelsearch.index import SearchField
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from core.localization import language_of, localize
from core.ratelimit import allow

from .highlight import mark, matcher, snippet
from .types import label_of


@dataclass
class Hit:
    page: Page
    url: str
    title: str
    type_label: str
    date: date | None
    snippet: str
    language: dict | None = None


def searchable_text(page):
    """The text the page is indexed with (its description first), to cut a snippet from."""
    parts = [page.search_description]
    for field in page.get_search_fields():
        if isinstance(field, SearchField) and field.field_name != "title":
            value = field.get_value(page)
            parts.extend(value if isinstance(value, list | tuple) else [value])
    return " ".join(str(part) for part in parts if part)


def make_hits(pages, request, terms, locale):
    """The hits of one result page; pages in another language than `locale` carry their language."""
    codes = dict(Locale.objects.values_list("pk", "language_code"))
    return [make_hit(page, request, terms, locale, codes) for page in pages]


def make_hit(page, request, terms, locale, codes):
    # Pages outside the portal's models (Wagtail's own Page) have no search_date.
    page_date = getattr(page, "search_date", None)
    language = None
    if page.locale_id != locale.pk:
        language = language_of(codes[page.locale_id])
    return Hit(
        page=page,
        url=page.get_url(request),
        title=mark(page.title, matcher(terms)),
        type_label=label_of(type(page)),
        date=page_date.date() if hasattr(page_date, "date") else page_date,
        snippet=snippet(searchable_text(page), terms),
        language=language,
    )


def promotions(query_string, locale, request, log_hit):
    """The promoted pages editors chose for this query, as a reader of `locale` sees them.

    A promotion may point to a page in any language: core.localization picks the version shown (and
    leaves out pages that are not live or not public). The editor's description is in the language
    of the promoted page, so it is shown with that page only.
    """
    # Only searches counted for the popular-searches report create a Query row, at most
    # SEARCH_LOG_LIMIT an hour per client; any other query string is only looked up.
    if log_hit and allow("search-log", request, settings.SEARCH_LOG_LIMIT, 3600):
        query = Query.get(query_string)
        query.add_hit()
    else:
        query = Query.objects.filter(query_string=normalise_query_string(query_string)).first()
    if query is None:
        return []
    picks = list(query.editors_picks.select_related("page").order_by("sort_order"))
    shown = {page.translation_key: page for page in localize([pick.page for pick in picks], locale)}
    found = []
    for pick in picks:
        page = shown.pop(pick.page.translation_key, None) if pick.page_id else None
        if page:
            description = pick.description if page.pk == pick.page_id else ""
            found.append({"page": page, "url": page.get_url(request), "description": description})
    return found
