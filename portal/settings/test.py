"""Settings for the test suite: fast hashing, local memory and plain static storage."""

from .base import *  # noqa: F403

SECRET_KEY = "test-secret-key"
ALLOWED_HOSTS = ["*"]
# Static files come straight from the app folders; nothing is collected locally.
STATIC_ROOT = None
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Skip the manifest-based static storage so tests need no collectstatic run.
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
WAGTAILADMIN_BASE_URL = "http://testserver"
# Tests measure rendering; the page cache is turned on by the tests of the page cache (tests/test_pagecache*).
PAGE_CACHE_TIMEOUT = 0
