"""The latest news of the reader's language, for the home page."""

from django import template

from core.localization import mark_languages, visible_in, within
from news.models import NewsIndexPage, NewsPage, attach_listing_images

register = template.Library()

LATEST = 3


@register.inclusion_tag("news/_latest_news.html", takes_context=True)
def latest_news(context):
    """The newest articles a reader of the home page's language sees (core.localization's listing
    policy: its own, then English ones not translated yet) and a link to the news index."""
    home = context.get("page")
    if home is None:
        return {}
    section = within(home)
    articles = mark_languages(
        visible_in(NewsPage.objects.filter(section), home.locale)
        .select_related("locale", "hero_image", "social_image")
        .order_by("-date", "-pk")[:LATEST],
        home.locale,
    )
    attach_listing_images(articles)
    index = visible_in(NewsIndexPage.objects.filter(section, depth=home.depth + 1), home.locale).first()
    return {"articles": articles, "index": index, "request": context.get("request")}
