"""RSS 2.0 and Atom feeds of a news index, in the index's language, with absolute links.

Every text goes through core.text.xml_safe: a control character that reached a title or a lead
before the input checks existed must not turn the whole feed into an error.
"""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext

from core.text import xml_safe

FEED_LENGTH = 20


class RssNewsFeed(Feed):
    """The latest articles of one news index."""

    feed_type = Rss201rev2Feed

    def __init__(self, index):
        super().__init__()
        self.index = index

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return gettext("%(title)s | Study in Bialystok") % {"title": xml_safe(self.index.title)}

    def link(self):
        return self.index.get_url(self.request)

    def feed_url(self):
        return self.request.path

    def description(self):
        return xml_safe(self.index.intro) or self.title()

    def language(self):
        return self.index.locale.language_code

    def items(self):
        # A feed declares one language, so it carries only the articles written in it.
        own = self.index.articles().filter(locale_id=self.index.locale_id)
        return own.prefetch_related("tags")[:FEED_LENGTH]

    def item_title(self, item):
        return xml_safe(item.title)

    def item_description(self, item):
        return xml_safe(item.lead)

    def item_link(self, item):
        return item.get_url(self.request)

    def item_author_name(self, item):
        return xml_safe(item.author) or None

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(9)))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [xml_safe(tag.name) for tag in item.tags.all()]

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        feed.feed["language"] = self.language()
        return feed


class AtomNewsFeed(RssNewsFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()
