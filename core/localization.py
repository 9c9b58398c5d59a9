"""What a reader of one language sees of pages and snippets chosen in any language.

This is the portal's only localization layer: every link from one page to others (menus, listings,
related pages, chooser blocks, partner programmes, search promotions) goes through `localize()` or
`visible_in()`, and site search through `searchable_in()` (the same policy in a search backend's
terms). The policy, also in docs/localization.md:

1. **The reader's language first.** An item is shown in its translation into the reader's locale.
2. **Then the default language** (settings.LANGUAGE_CODE): an item not translated yet is shown in
   the default language, marked with that language (`item.shown_language`), so templates give it a
   visible label and a `lang` attribute.
3. **Then the item as chosen**, in its own language, marked the same way.
4. **Never a dangling link.** A page counts only when it is live, public (no password, login or
   group restriction) and not an alias; an item with no such version is left out. Snippets without a
   draft state are always visible.

`localize()` keeps the order of the items and costs a fixed number of queries whatever their number:
one for the candidate versions (with their locale), plus one per page type when the items given are
specific pages.
"""

from collections import defaultdict

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, F, OuterRef, Q
from django.db.models.functions import StrIndex, Substr
from django.utils.translation import get_language, get_language_info
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import DraftStateMixin, Locale, Page, PageViewRestriction


def _reader_language(locale):
    """The language code of `locale`, or of the language being served (the URL's prefix)."""
    return locale.language_code if locale else get_supported_content_language_variant(get_language())


def language_of(code):
    """The label of a language as the templates show it: its code and its own name."""
    return {"code": code, "name": get_language_info(code)["name_local"]}


def visible_pages(queryset):
    """Pages an anonymous reader may be linked to: live, not aliases, and public (no password, login or
    group restriction on the page or an ancestor), as one lazy queryset."""
    # A restriction applies when its page's path starts the listed page's path (tree paths).
    restricted = PageViewRestriction.objects.annotate(
        position=StrIndex(OuterRef("path"), F("page__path"))
    ).filter(position=1)
    return queryset.live().filter(~Exists(restricted), alias_of__isnull=True)


def _visible(model, queryset):
    if issubclass(model, Page):
        return visible_pages(queryset)
    if issubclass(model, DraftStateMixin):
        return queryset.filter(live=True)
    return queryset


def _specific(pages):
    """The specific objects of `pages` (plain Page rows), one query per page type, locales kept."""
    by_type = defaultdict(list)
    for page in pages:
        by_type[page.content_type_id].append(page)
    specific = {}
    for content_type_id, group in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        found = model.objects.in_bulk([page.pk for page in group])
        for page in group:
            found[page.pk].locale = page.locale
        specific.update(found)
    return [specific[page.pk] for page in pages]


def localize(items, locale=None):
    """What a reader of `locale` (default: the active one) sees of `items`, in their order.

    Each returned object is the item's version chosen by the module's policy, with `shown_language`
    set to a `language_of()` dict when it is not in the reader's language (None otherwise). Items
    with no visible version are left out; duplicates (two translations of one item) appear once.
    Given specific pages, it returns specific pages; given plain `Page` rows, plain rows. Items that
    were chosen together (`ChosenTogether`) are looked up together, once per language.
    """
    items = [item for item in items if item is not None]
    if not items:
        return []
    reader = _reader_language(locale)
    together = getattr(items[0], "chosen_together", None)
    if together is not None and all(getattr(item, "chosen_together", None) is together for item in items):
        versions = together.versions(reader)
    else:
        versions = _versions(items, reader)
    shown, seen = [], set()
    for item in items:
        chosen = versions.get(item.pk)
        if chosen is None or item.translation_key in seen:
            continue
        seen.add(item.translation_key)
        shown.append(chosen)
    return shown


def _versions(items, reader):
    """{item pk: the version of the item a reader of `reader` sees, or None}, in localize()'s queries."""
    default = settings.LANGUAGE_CODE
    # Pages are looked up by their type when all are of one type (no second query for the specific
    # pages), else as Page rows.
    model = type(items[0])
    if issubclass(model, Page) and any(type(item) is not model for item in items):
        model = Page
    candidates = _visible(
        model,
        model.objects.filter(translation_key__in={item.translation_key for item in items}).filter(
            Q(locale__language_code__in={reader, default}) | Q(pk__in={item.pk for item in items})
        ),
    ).select_related("locale")
    versions = defaultdict(dict)
    for candidate in candidates:
        versions[candidate.translation_key][candidate.locale.language_code] = candidate
    chosen = {}
    for item in items:
        found = versions.get(item.translation_key, {})
        chosen[item.pk] = found.get(reader) or found.get(default) or _same(found, item)
    if model is Page and any(type(item) is not Page for item in items):
        distinct = list({page.pk: page for page in chosen.values() if page is not None}.values())
        specific = {page.pk: page for page in _specific(distinct)}
        chosen = {pk: page and specific[page.pk] for pk, page in chosen.items()}
    for version in chosen.values():
        if version is not None:
            code = version.locale.language_code
            version.shown_language = None if code == reader else language_of(code)
    return chosen


class ChosenTogether:
    """Items chosen in one place, such as every page chooser of one block type in a page's body: the first
    `localize()` of any of them looks up all of them (localize()'s queries, once per reader's language),
    so a body costs the same queries with one chooser or a hundred."""

    def __init__(self, items):
        self.items = [item for item in items if item is not None]
        self.by_language = {}
        for item in self.items:
            item.chosen_together = self

    def versions(self, reader):
        if reader not in self.by_language:
            self.by_language[reader] = _versions(self.items, reader)
        return self.by_language[reader]


def _same(versions, item):
    return next((version for version in versions.values() if version.pk == item.pk), None)


def localize_one(item, locale=None):
    """`localize()` of a single item: its visible version, or None."""
    shown = localize([item], locale)
    return shown[0] if shown else None


def visible_in(queryset, locale=None):
    """A listing of `locale`: its own visible pages, plus the default language's not translated yet.

    `queryset` is a queryset of one page type across languages (e.g. `NewsPage.objects.all()`); the
    result stays a queryset, so callers filter, order and paginate it as usual. Listings of the default
    language are just its own pages.
    """
    reader = _reader_language(locale)
    pages = visible_pages(queryset)
    own = Q(locale__language_code=reader)
    if reader == settings.LANGUAGE_CODE:
        return pages.filter(own)
    translated = visible_pages(Page.objects.filter(own)).values("translation_key")
    return pages.filter(
        own | Q(locale__language_code=settings.LANGUAGE_CODE) & ~Q(translation_key__in=translated)
    )


def within(page):
    """A filter for the pages below `page` in any language it exists in: a listing's section (the news
    of a home page, the partners of a directory) across the trees `visible_in()` takes pages from. No
    query of its own: translations sit at the same depth, so a page is in the section when the start of
    its path, as long as the section's, is the path of one of the section's translations (a subquery)."""
    start = Substr(OuterRef("path"), 1, len(page.path))
    translation = Page.objects.filter(translation_key=page.translation_key, path=start)
    return Exists(translation) & Q(depth__gt=page.depth)


def mark_languages(items, locale=None):
    """Mark each item of a `visible_in()` listing as `localize()` marks what it shows: `shown_language`
    is None in the reader's language, else the item's language (`language_of()`). The items need their
    locale loaded (`select_related("locale")`); returns them as a list."""
    reader = _reader_language(locale)
    items = list(items)
    for item in items:
        code = item.locale.language_code
        item.shown_language = None if code == reader else language_of(code)
    return items


def searchable(queryset):
    """`visible_pages()` in the terms a search backend filters on: lookups on indexed fields with
    plain values (Wagtail's `public()` spells restrictions as tree paths; aliases by their ids)."""
    aliases = list(Page.objects.filter(alias_of__isnull=False).values_list("pk", flat=True))
    return queryset.live().public().exclude(pk__in=aliases)


def searchable_in(queryset, locale=None):
    """`visible_in()` for a search backend: the language's own pages plus the default language's not
    translated yet, filtered by locale and translation key only (values, not subqueries), in four
    queries whatever the number of pages."""
    reader, default = _reader_language(locale), settings.LANGUAGE_CODE
    locales = dict(
        Locale.objects.filter(language_code__in={reader, default}).values_list("language_code", "pk")
    )
    own = Q(locale_id=locales.get(reader))
    pages = searchable(queryset)
    if reader == default:
        return pages.filter(own)
    translated = list(visible_pages(Page.objects.filter(own)).values_list("translation_key", flat=True))
    return pages.filter(own | Q(locale_id=locales[default]) & ~Q(translation_key__in=translated))


def real_translations(page):
    """The visible versions of `page` in every language it really exists in (hreflang, switcher)."""
    return visible_pages(page.get_translations(inclusive=True)).select_related("locale")
