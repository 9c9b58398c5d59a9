"""The latest news of the reader's language, for the home page."""

from django import template

from core.localization import visible_pages
from news.models import NewsIndexPage, NewsPage, attach_listing_images

register = template.Library()

LATEST = 3


@register.inclusion_tag("news/_latest_news.html", takes_context=True)
def latest_news(context):
    """The newest articles of the home page's locale and a link to the news index."""
    home = context.get("page")
    if home is None:
        return {}
    articles = list(
        visible_pages(NewsPage.objects.filter(locale_id=home.locale_id, path__startswith=home.path))
        .select_related("hero_image", "social_image")
        .order_by("-date", "-pk")[:LATEST]
    )
    attach_listing_images(articles)
    index = visible_pages(NewsIndexPage.objects.child_of(home)).first()
    return {"articles": articles, "index": index, "request": context.get("request")}
