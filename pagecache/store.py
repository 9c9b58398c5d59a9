"""Cached responses and the versions that invalidate them, all in the default (shared) cache.

Every stored response lists its tags (the page that served it, the content kinds it lists, and the
site-wide tag every response has) with each tag's version when it was stored. A purge gives the
tag a new version, so every copy of the page — any query string, language variant or consent
state — misses at once in every process that shares the cache. Nothing is ever enumerated or
deleted by pattern, so a purge costs one cache write per tag, whatever the cache holds.

A purge also moves one shared epoch. Each process keeps the responses it served recently in memory
(LocalCopies) with the epoch it checked them at: while the epoch stands, a hit costs one small cache
read instead of the response and every tag version; once any process purges anything, every process
checks its copies against the shared cache again.
"""

import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language

SITE_TAG = "site"
# Any page change purges these: search results, the sitemap and pages that list across the tree.
ANY_PAGE_TAG = "pages"
MAX_CONTENT_LENGTH = 2 * 1024 * 1024
NOT_FOUND_TIMEOUT = 60
EPOCH_KEY = "pagecache:epoch"
# Bytes of responses one process keeps in memory (the least recently served go first).
LOCAL_COPIES_BYTES = 32 * 1024 * 1024


def page_tag(page_id):
    return f"page:{page_id}"


def version_key(tag):
    return f"pagecache:version:{tag}"


def current_versions(tags):
    found = cache.get_many([version_key(tag) for tag in tags])
    return {tag: found.get(version_key(tag), 0) for tag in tags}


def purge(tags):
    """Give every tag a new version: what was cached under any of them is stale from now on. A page that
    was rendering meanwhile is not stored (save())."""
    if tags:
        version = now()
        cache.set_many({**{version_key(tag): version for tag in tags}, EPOCH_KEY: version}, timeout=None)


class LocalCopies:
    """Responses this process served from the shared cache, valid while the shared epoch stands."""

    def __init__(self, max_bytes):
        self.max_bytes = max_bytes
        self.size = 0
        self.copies = OrderedDict()  # key: (epoch, expires, response)

    def get(self, key, epoch):
        copy = self.copies.get(key)
        if copy is None:
            return None
        copy_epoch, expires, response = copy
        if copy_epoch != epoch or expires <= time.time():
            self.discard(key)
            return None
        self.copies.move_to_end(key)
        return response

    def keep(self, key, epoch, expires, response):
        self.discard(key)
        length = len(response[2])
        if length > self.max_bytes:
            return
        self.copies[key] = (epoch, expires, response)
        self.size += length
        while self.size > self.max_bytes:
            self.discard(next(iter(self.copies)))

    def discard(self, key):
        copy = self.copies.pop(key, None)
        if copy is not None:
            self.size -= len(copy[2][2])


local_copies = LocalCopies(LOCAL_COPIES_BYTES)


def shared_epoch():
    """The epoch every purge moves, or None when the shared cache cannot tell (then nothing local is served)."""
    epoch = cache.get(EPOCH_KEY)
    if epoch is None:
        cache.add(EPOCH_KEY, now(), timeout=None)
    return epoch


def load(key):
    """The stored (status, headers, content) under `key` when no tag of it changed since, else None."""
    epoch = shared_epoch()
    if epoch is not None:
        response = local_copies.get(key, epoch)
        if response is not None:
            return response
    entry = cache.get(key)
    if entry is None:
        return None
    status, headers, content, versions, expires = entry
    if current_versions(versions) != versions:
        return None
    if epoch is not None:
        local_copies.keep(key, epoch, expires, (status, headers, content))
    return status, headers, content


def site_wide(name, compute):
    """`compute()`, kept per language until the site-wide tag changes: the furniture of every page (menu,
    footer links), which a menu, footer or settings change refreshes with everything else (changes.py).

    The key names the tag's version read before computing, so a value computed while a purge committed is
    kept under the old version, which is never read again. Off with the page cache (PAGE_CACHE_TIMEOUT 0,
    the test settings), as both rely on the same purges."""
    if not settings.PAGE_CACHE_TIMEOUT:
        return compute()
    key = f"pagecache:site-wide:{name}:{get_language()}:{current_versions([SITE_TAG])[SITE_TAG]}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout=settings.PAGE_CACHE_TIMEOUT)
    return value


def now():
    return time.time_ns()


def save(key, response, tags, timeout, started):
    """Store the response, unless it is too large or one of its tags was purged while it rendered
    (`started` is now() before rendering): it could then show what the purge removed."""
    if len(response.content) > MAX_CONTENT_LENGTH:
        return
    tags = {SITE_TAG, *tags}
    versions = current_versions(tags)
    if any(version > started for version in versions.values()):
        return
    headers = [(name, value) for name, value in response.items() if name.lower() != "set-cookie"]
    if response.status_code == 404:
        timeout = min(timeout, NOT_FOUND_TIMEOUT)
    entry = (response.status_code, headers, response.content, versions, time.time() + timeout)
    cache.set(key, entry, timeout)
