"""System checks of the deployment: what `manage.py check --deploy` reports about the portal."""

from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.security, deploy=True)
def email_is_configured(app_configs, **kwargs):
    """Password resets and workflow notifications need an SMTP server in production."""
    if settings.EMAIL_BACKEND.endswith("console.EmailBackend"):
        return [
            checks.Warning(
                "E-mail is not configured: password resets and notifications are only written to the log.",
                hint="Set EMAIL_HOST (and EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD, EMAIL_USE_TLS, "
                "DEFAULT_FROM_EMAIL) in the environment.",
                id="portal.W001",
            )
        ]
    return []


@checks.register(checks.Tags.caches, deploy=True)
def cache_is_shared(app_configs, **kwargs):
    """Consent settings, rate limits and page fragments must be the same for every worker process."""
    backend = settings.CACHES["default"]["BACKEND"]
    if backend.endswith(("locmem.LocMemCache", "dummy.DummyCache")):
        return [
            checks.Warning(
                "The cache is local to each process: after an edit, other workers serve the old consent "
                "banner and scripts, and rate limits count per process.",
                hint="Set REDIS_URL in the environment.",
                id="portal.W002",
            )
        ]
    if backend.endswith("filebased.FileBasedCache"):
        return [
            checks.Info(
                "The cache is a folder on this machine: its processes share it, other app servers do not.",
                hint="With more than one app server, set REDIS_URL in the environment.",
                id="portal.I002",
            )
        ]
    return []
