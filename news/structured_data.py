"""schema.org data of news pages: NewsArticle (with its Event), BreadcrumbList."""

from wagtail.images.shortcuts import get_renditions_or_not_found


def absolute_url(page, request):
    """The page's URL on the host the reader used, as in the canonical link."""
    return request.build_absolute_uri(page.get_url(request))


def breadcrumb_list(page, request):
    """The path from the language's home page to `page`."""
    trail = [*page.breadcrumb_trail, page]
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": crumb.title,
                "item": absolute_url(crumb, request),
            }
            for position, crumb in enumerate(trail, start=1)
        ],
    }


def news_article(article, request):
    """The article, and the event it reports on when it has event dates."""
    url = absolute_url(article, request)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title[:110],
        "description": article.search_description or article.lead,
        "datePublished": article.date.isoformat(),
        "inLanguage": article.locale.language_code,
        "mainEntityOfPage": url,
        "url": url,
    }
    if article.last_published_at:
        data["dateModified"] = article.last_published_at.isoformat()
    if article.author:
        data["author"] = {"@type": "Organization", "name": article.author}
    image = article.get_listing_image()
    if image:
        # get_renditions (not get_rendition, which writes to the cache each time) finds it prefetched.
        spec = "fill-1200x675-c100|format-jpeg"
        rendition = get_renditions_or_not_found(image, [spec])[spec]
        data["image"] = request.build_absolute_uri(rendition.url)
    if article.event_start:
        event = {
            "@type": "Event",
            "name": article.title,
            "startDate": article.event_start.isoformat(),
            "url": url,
        }
        if article.event_end:
            event["endDate"] = article.event_end.isoformat()
        if article.event_place:
            event["location"] = {
                "@type": "Place",
                "name": article.event_place,
                "address": article.event_place,
            }
        data = [data, {"@context": "https://schema.org", **event}]
    return data
