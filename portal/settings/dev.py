"""Local development: debug pages and a fixed secret, never used in production."""

import os

from .base import *  # noqa: F403
from .base import env_bool, machine_translator_from_env

DEBUG = env_bool("DEBUG", default=True)
SECRET_KEY = SECRET_KEY or "dev-only-secret-key-not-for-production"  # noqa: F405
ALLOWED_HOSTS = ["*"]
# Static files come straight from the app folders; nothing is collected locally.
STATIC_ROOT = None
# Serve static files from the app folders without running collectstatic first.
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# Without a DeepL or LibreTranslate key, development pre-fills translations with reversed words.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_from_env(os.environ, development=DEBUG)
