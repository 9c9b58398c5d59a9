"""The test settings with the failing views, for the error tracker test's own process."""

from portal.settings.test import *  # noqa: F403

ROOT_URLCONF = "tests.failing_urls"
