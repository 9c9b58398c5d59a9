"""What the home page features: stories, a gallery and the upcoming events, chosen by its editors."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.blocks import LocalizedPageChooserBlock


class UpcomingEventsBlock(blocks.StructBlock):
    """The next events of the calendar, in the reader's language (or in English while untranslated)."""

    count = blocks.IntegerBlock(label=_("number of events"), min_value=1, max_value=6, default=3)

    class Meta:
        icon = "date"
        label = _("Upcoming events")


class FeaturedStreamBlock(blocks.StreamBlock):
    story = LocalizedPageChooserBlock(label=_("Story"), page_type="news.NewsPage", icon="doc-full")
    gallery = LocalizedPageChooserBlock(label=_("Gallery"), page_type="galleries.GalleryPage", icon="image")
    upcoming_events = UpcomingEventsBlock()

    class Meta:
        block_counts = {
            "story": {"max_num": 3},
            "gallery": {"max_num": 1},
            "upcoming_events": {"max_num": 1},
        }
