"""What a home page features, as its reader sees it, in a fixed number of queries."""

from django.utils import timezone

from core.localization import localize, mark_languages, visible_in, within
from events.models import EventPage, EventStatus
from galleries.models import GalleryPage
from news.models import NewsPage, attach_listing_images

PAGE_TYPES = {"story": NewsPage, "gallery": GalleryPage}
GALLERY_PHOTOS = 6


def featured(home):
    """The home page's featured stories, gallery and upcoming events, in the order its editors chose.

    Chosen pages are shown by core.localization's policy (the reader's language, else English with a
    label, never a page that is not live or public). Whatever the number of stories: one query per page
    type for the chosen pages, one for their versions, one per page type for the versions shown, two for
    the stories' images, two for the gallery's photos and two for the upcoming events.

    Returns:
        A list of {"kind": "stories"|"gallery"|"events", …} sections; consecutive stories are one section.
    """
    blocks = [(item["type"], item["value"]) for item in home.featured.raw_data]
    chosen = {
        kind: model.objects.in_bulk([value for block_kind, value in blocks if block_kind == kind and value])
        for kind, model in PAGE_TYPES.items()
        if any(block_kind == kind for block_kind, _value in blocks)
    }
    ordered = [chosen[kind][value] for kind, value in blocks if kind in chosen and value in chosen[kind]]
    shown = {(type(page), page.translation_key): page for page in localize(ordered, home.locale)}
    sections = []
    for kind, value in blocks:
        if kind == "upcoming_events":
            events = upcoming_events(home, value.get("count") or 3)
            if events:
                sections.append({"kind": "events", "events": events})
            continue
        source = chosen.get(kind, {}).get(value)
        page = source and shown.get((PAGE_TYPES[kind], source.translation_key))
        if page is None:
            continue
        if kind == "story":
            if sections and sections[-1]["kind"] == "stories":
                sections[-1]["stories"].append(page)
            else:
                sections.append({"kind": "stories", "stories": [page]})
        else:
            sections.append({"kind": "gallery", "gallery": page, "photos": page.photos(limit=GALLERY_PHOTOS)})
    attach_listing_images(page for section in sections for page in section.get("stories", []))
    return sections


def upcoming_events(home, count):
    """The next events below the home page (in any of its languages) that are not cancelled."""
    return mark_languages(
        visible_in(EventPage.objects.filter(within(home)), home.locale)
        .filter(start__gte=timezone.now())
        .exclude(status=EventStatus.CANCELLED)
        .select_related("locale")
        .order_by("start", "pk")[:count],
        home.locale,
    )
