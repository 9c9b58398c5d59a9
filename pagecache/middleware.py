from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, patch_cache_control

from . import store
from .keys import request_key

UNCACHEABLE_DIRECTIVES = {"private", "no-store", "no-cache"}


def cacheable(request, response):
    """Whether this response is the same for every visitor who sends the same key."""
    if request.method != "GET" or response.status_code not in (200, 404) or response.streaming:
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False  # A cookie, or a form whose token belongs to this visitor.
    if getattr(request, "is_preview", False):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    directives = {
        part.split("=")[0].strip().lower() for part in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    return not directives & UNCACHEABLE_DIRECTIVES


class PageCacheMiddleware:
    """Serve anonymous GET/HEAD requests from the cache; store what is the same for every visitor.

    It sits outside sessions, languages, CSRF and the Content-Security-Policy, so a hit skips them
    all and still carries the headers (CSP of its consent state included) of the stored response.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = request_key(request) if settings.PAGE_CACHE_TIMEOUT else None
        if key is None:
            return self.for_shared_caches(request, self.get_response(request), stored=False)
        stored = store.load(key)
        if stored is not None:
            return self.replay(request, *stored)
        started = store.now()
        response = self.get_response(request)
        is_cacheable = cacheable(request, response)
        if is_cacheable:
            self.for_shared_caches(request, response, stored=True)
            tags = getattr(request, "pagecache_tags", None) or {store.ANY_PAGE_TAG}
            store.save(key, response, tags, settings.PAGE_CACHE_TIMEOUT, started)
            response["X-Cache"] = "miss"
            return response
        return self.for_shared_caches(request, response, stored=False)

    def for_shared_caches(self, request, response, stored):
        """What a cache in front (Varnish, a CDN) may do: keep what the portal keeps, for as long as
        PAGE_CACHE_SHARED_MAX_AGE (purged on change like the portal's copy), browsers revalidating every
        time; anything else without a policy of its own is private."""
        if "Cache-Control" not in response:
            if stored:
                patch_cache_control(
                    response, public=True, max_age=0, s_maxage=settings.PAGE_CACHE_SHARED_MAX_AGE
                )
            else:
                patch_cache_control(response, private=True)
        return response

    def replay(self, request, status, headers, content):
        request.cache_hit = True
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        response["X-Cache"] = "hit"
        return response
