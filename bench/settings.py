"""Settings of the benchmark server: the test settings without debug, static files from WhiteNoise."""

from portal.settings.test import *  # noqa: F403

DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1"]
# Serve static files from the app folders, as collectstatic would, for the static-file baseline.
WHITENOISE_USE_FINDERS = True
# The benchmark builds its pages first and indexes them in one `update_index` run.
WAGTAILSEARCH_BACKENDS = {"default": {**DATABASE_SEARCH_BACKEND, "AUTO_UPDATE": False}}  # noqa: F405
