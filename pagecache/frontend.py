"""The same purges for a cache in front (Varnish, Cloudflare, CloudFront: WAGTAILFRONTENDCACHE, set from
the environment), as background tasks: a purge target that does not answer is logged and never fails a
publish.

Pages are purged by URL in every language (Wagtail's PurgeBatch, which also purges the pages on its own
when they are published). What cannot be listed by URL — search results, every page after a site-wide
change — is banned by a URL pattern on Varnish (deploy/varnish/default.vcl); other caches let it expire
after PAGE_CACHE_SHARED_MAX_AGE.
"""

import logging
import urllib.error
import urllib.request

from django.conf import settings
from django_tasks import task
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.models import Page, get_page_models

from . import store

logger = logging.getLogger("pagecache.frontend")
EVERYTHING = "."
# Responses that list across the tree and cannot be listed by URL: search (any query) and the sitemap.
ANY_PAGE_PATTERN = r"^/[^/]+/search/|^/sitemap\.xml"


@task()
def ban(pattern):
    """Ask every Varnish in front to drop what matches `pattern` (a regular expression on the URL)."""
    for name, backend in get_backends().items():
        if not isinstance(backend, HTTPBackend):
            continue
        request = urllib.request.Request(  # noqa: S310 (the configured LOCATION, http or https)
            f"{backend.cache_scheme}://{backend.cache_netloc}/", method="BAN", headers={"X-Ban-Url": pattern}
        )
        try:
            urllib.request.urlopen(request, timeout=5).close()  # noqa: S310 (the configured LOCATION)
        except (urllib.error.URLError, OSError) as error:
            logger.error("Could not ban %r on the front cache %s: %s", pattern, name, error)


def purge(tags):
    """Purge what `tags` cover from the caches in front, if any is configured."""
    if not settings.WAGTAILFRONTENDCACHE:
        return
    if store.SITE_TAG in tags:
        ban.enqueue(EVERYTHING)
        return
    page_ids = [int(tag.removeprefix("page:")) for tag in tags if tag.startswith("page:")]
    listing_across = [
        model for model in get_page_models() if getattr(model, "lists_pages_across_the_tree", False)
    ]
    batch = PurgeBatch()
    batch.add_pages(Page.objects.filter(pk__in=page_ids).specific())
    if store.ANY_PAGE_TAG in tags:
        batch.add_pages(Page.objects.type(*listing_across).specific())
        ban.enqueue(ANY_PAGE_PATTERN)
    batch.purge()
