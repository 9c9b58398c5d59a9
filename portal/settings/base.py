"""Settings shared by every environment; production-safe by default.

Everything that differs between machines comes from environment variables, listed in the README.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


class MachineTranslators:
    """The machine translators that wagtail-localize offers, by dotted path: settings import no app.

    Every service goes through the glossary (translations/glossary.py); DeepL through its own API.
    """

    LIBRETRANSLATE = "wagtail_localize.machine_translators.libretranslate.LibreTranslator"
    DUMMY = "wagtail_localize.machine_translators.dummy.DummyTranslator"
    GLOSSARY = "translations.glossary.GlossaryTranslator"
    DEEPL_WITH_GLOSSARY = "translations.glossary.DeepLGlossaryTranslator"


def machine_translator_from_env(environ, development=False):
    """The WAGTAILLOCALIZE_MACHINE_TRANSLATOR setting: DeepL, LibreTranslate, the dummy, or None.

    DeepL wins when both services are configured; the dummy (reversed words) only serves
    development, so production without a key has no machine-translate button at all.
    """
    if environ.get("DEEPL_API_KEY"):
        options = {"AUTH_KEY": environ["DEEPL_API_KEY"], "API_URL": environ.get("DEEPL_API_URL", "")}
        return {"CLASS": MachineTranslators.DEEPL_WITH_GLOSSARY, "OPTIONS": options}
    if environ.get("LIBRETRANSLATE_URL"):
        service = MachineTranslators.LIBRETRANSLATE
        options = {
            "LIBRETRANSLATE_URL": environ["LIBRETRANSLATE_URL"].rstrip("/"),
            "API_KEY": environ.get("LIBRETRANSLATE_API_KEY", ""),
            "TIMEOUT": 30,
        }
    elif development:
        service, options = MachineTranslators.DUMMY, {}
    else:
        return None
    return {"CLASS": MachineTranslators.GLOSSARY, "OPTIONS": {"CLASS": service, "OPTIONS": options}}


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",
    "monitoring",
    "home",
    "institutions",
    "partners",
    "documents",
    "galleries",
    "news",
    "events",
    "scholarships",
    "costs",
    "steps",
    "privacy",
    "enquiries",
    "search",
    "storage",
    "pagecache",
    "background",
    "translations",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # First: every request gets its id and its log line; health probes are answered before host
    # validation, the HTTPS redirect, sessions and languages (see monitoring/health.py).
    "monitoring.logs.RequestLogMiddleware",
    "monitoring.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous pages from the cache, before sessions, languages, CSRF and the CSP (pagecache/).
    "pagecache.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "storage.middleware.StorageUnavailableMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.middleware.ContentSecurityPolicyMiddleware",
    "privacy.middleware.ConsentVaryMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite in the project folder unless DATABASE_URL names another database. Connections are kept for
# DB_CONN_MAX_AGE seconds and checked before reuse, so a restarted PostgreSQL costs only the requests
# in flight (they get a 503 page, monitoring/errors.py); a server that does not answer fails fast.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = int(
        os.environ.get("DB_CONNECT_TIMEOUT", "5")
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis when REDIS_URL names a server, shared by every app server. Without it, files in CACHE_DIR, shared
# by every process of one machine (gunicorn workers, db_worker): a page cache purge or a consent change
# reaches them all, which a per-process local-memory cache could not. While Redis is down pages render uncached:
# cache errors are ignored after a short timeout and logged once a minute (LOGGING below).
if os.environ.get("REDIS_URL"):
    REDIS_TIMEOUT = float(os.environ.get("REDIS_TIMEOUT", "0.5"))
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "portal"),
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": REDIS_TIMEOUT,
                "SOCKET_TIMEOUT": REDIS_TIMEOUT,
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    DJANGO_REDIS_LOGGER = "monitoring.cache"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("CACHE_DIR", str(BASE_DIR / "var" / "cache")),
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        }
    }

# The anonymous page cache (pagecache/): seconds a page is kept (0 turns it off); paths never cached.
PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", "600"))
PAGE_CACHE_EXCLUDED_PATHS = ["/admin/", "/documents/", "/healthz", "/readyz", "/media/"]
# Seconds a shared cache in front (Varnish, a CDN) may keep what the portal caches (s-maxage).
PAGE_CACHE_SHARED_MAX_AGE = int(os.environ.get("PAGE_CACHE_SHARED_MAX_AGE", "600"))
# The cache in front, purged like the page cache (pagecache/frontend.py, docs/caching.md): Varnish by its
# purge URL, Cloudflare by zone and API token, CloudFront by distribution (credentials: the AWS_* above).
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_VARNISH_URL"):
    WAGTAILFRONTENDCACHE["varnish"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_VARNISH_URL"],
    }
if os.environ.get("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_API_TOKEN", ""),
    }
if os.environ.get("AWS_CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["AWS_CLOUDFRONT_DISTRIBUTION_ID"],
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation. A new language needs one line here and its catalogue in locale/.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("pl", _("Polish")),
    ("uk", _("Ukrainian")),
    ("es", _("Spanish")),
    ("tr", _("Turkish")),
    ("ar", _("Arabic")),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Warsaw"
USE_I18N = True
USE_TZ = True
# Our additions to Django's locale formats (portal/formats/<language>/formats.py).
FORMAT_MODULE_PATH = ["portal.formats"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Uploaded media (images, renditions, documents) on the local disk under MEDIA_ROOT, where the app
# serves the public part itself (storage/views.py); in S3-compatible object storage when
# AWS_STORAGE_BUCKET_NAME is set, shared by every app server. See docs/storage-and-tasks.md.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
    AWS_ACCESS_KEY_ID = os.environ.get("AWS_ACCESS_KEY_ID") or None
    AWS_SECRET_ACCESS_KEY = os.environ.get("AWS_SECRET_ACCESS_KEY") or None
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None
    # Images and renditions are public: plain, cacheable URLs (on the custom domain or CDN when set);
    # the bucket policy grants public reads on images/ and original_images/ only.
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = False
    AWS_S3_FILE_OVERWRITE = False
    AWS_S3_OBJECT_PARAMETERS = {"CacheControl": "public, max-age=86400"}
    # Fail fast when the storage is unreachable: an upload is refused with a message, not left hanging.
    AWS_S3_CLIENT_CONFIG_OPTIONS = {"connect_timeout": 3, "read_timeout": 10, "retries": {"max_attempts": 2}}
    MEDIA_STORAGE = {"BACKEND": "storage.backends.ObjectStorage"}
    # Documents are private objects: readers get them through Wagtail's serve view (which checks
    # collection privacy); a direct link is only ever signed and short-lived, never on the CDN.
    DOCUMENTS_STORAGE = {
        "BACKEND": "storage.backends.ObjectStorage",
        "OPTIONS": {
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": 300,
            "custom_domain": None,
            "object_parameters": {"CacheControl": "private, no-store"},
        },
    }
else:
    MEDIA_STORAGE = DOCUMENTS_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
STORAGES = {
    "default": MEDIA_STORAGE,
    "documents": DOCUMENTS_STORAGE,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Security headers that hold in every environment; production.py adds the HTTPS-only ones.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"
# Public pages allow only the site's own scripts, styles and images: no inline code anywhere.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'self'"
)
# The Wagtail admin ships inline scripts of its own, so the policy covers the public site only.
CONTENT_SECURITY_POLICY_EXCLUDED_PATHS = ["/admin/"]

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Study in Bialystok"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_DOCUMENT_MODEL = "documents.PortalDocument"
# Documents go through Wagtail's serve view (permissions, a "default-src 'none'" CSP, nosniff) and
# always download as attachments: no uploaded file is ever rendered by the browser on our origin.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 64_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "galleries.forms.ImageForm"
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# Wagtail's database search by default; Elasticsearch when ELASTICSEARCH_URL is set.
# PostgreSQL stems each language with its own text-search configuration (search/backends/database.py);
# Polish and Ukrainian with Hunspell dictionaries through the portal's own configurations
# (search/textsearch.py), which match word for word where the dictionaries are not on the server.
SEARCH_CONFIGS = {
    "en": "english",
    "pl": "portal_polish",
    "uk": "portal_ukrainian",
    "es": "spanish",
    "tr": "turkish",
    "ar": "arabic",
}
DATABASE_SEARCH_BACKEND = {"BACKEND": "search.backends.database", "SEARCH_CONFIGS": SEARCH_CONFIGS}
# Elasticsearch analyses each language with its own analyzer too (search/backends/elasticsearch.py).
# Polish and Ukrainian need plugins on the server: ELASTICSEARCH_PLUGINS=analysis-stempel,analysis-ukrainian.
ELASTICSEARCH_PLUGINS = {name for name in os.environ.get("ELASTICSEARCH_PLUGINS", "").split(",") if name}
SEARCH_ANALYZERS = {"en": "english", "es": "spanish", "tr": "turkish", "ar": "arabic"}
if "analysis-stempel" in ELASTICSEARCH_PLUGINS:
    SEARCH_ANALYZERS["pl"] = "polish"
if "analysis-ukrainian" in ELASTICSEARCH_PLUGINS:
    SEARCH_ANALYZERS["uk"] = "ukrainian"
if os.environ.get("ELASTICSEARCH_URL"):
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch",
            "URLS": [os.environ["ELASTICSEARCH_URL"]],
            "INDEX": os.environ.get("ELASTICSEARCH_INDEX", "studyinbialystok"),
            "TIMEOUT": 5,
        },
        # Kept up to date as well, so that search still answers while Elasticsearch is down.
        "fallback": DATABASE_SEARCH_BACKEND,
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": DATABASE_SEARCH_BACKEND}

# Translation workflows (translations/): machine translation from the environment (DeepL with
# DEEPL_API_KEY, LibreTranslate with LIBRETRANSLATE_URL); dev.py adds the dummy translator.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_from_env(os.environ)
# Background tasks (bulk machine translation, Wagtail's index updates, rendition warm-up, cache
# purges): TASKS_BACKEND "immediate" runs them inside the request (development, tests: `make run`
# stays one process); "database" queues them for `manage.py db_worker` (production's default).
TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}


def task_settings(default):
    name = os.environ.get("TASKS_BACKEND", default)
    if name not in TASK_BACKENDS:
        raise ImproperlyConfigured(f"TASKS_BACKEND must be one of {', '.join(TASK_BACKENDS)}, not {name!r}.")
    return {"default": {"BACKEND": TASK_BACKENDS[name]}}


TASKS = task_settings("immediate")
# A failed task of a worker backend is queued again after each of these delays (seconds), then
# reported as out of attempts (background.retries): three attempts in all by default.
TASK_RETRY_DELAYS = (60, 600)
# PO files that translators upload are refused above this size.
TRANSLATIONS_PO_MAX_BYTES = 2 * 1024 * 1024

# E-mail (password resets, workflow notifications, enquiries): SMTP when EMAIL_HOST is set, with
# Django's own variable names; otherwise messages are written to the console (development), and
# `check --deploy` warns that production sends none.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587" if env_bool("EMAIL_USE_TLS") else "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL")
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Study in Bialystok <noreply@localhost>")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# Student enquiries (enquiries/): how long they are kept, and the spam limits of the public form.
ENQUIRIES_RETENTION_DAYS = int(os.environ.get("ENQUIRIES_RETENTION_DAYS", "365"))
ENQUIRIES_RATE_LIMIT = int(os.environ.get("ENQUIRIES_RATE_LIMIT", "5"))
ENQUIRIES_MIN_FILL_SECONDS = int(os.environ.get("ENQUIRIES_MIN_FILL_SECONDS", "3"))

# Logs go to standard error, one line per request (logger portal.requests) and per event, each with
# the request id; LOG_FORMAT=json writes one JSON object per line. See docs/scale-out.md.
LOG_FORMAT = os.environ.get("LOG_FORMAT", "text")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "monitoring.logs.RequestIdFilter"},
        "once_a_minute": {
            "()": "monitoring.logs.OncePerInterval",
            "seconds": 60,
            "message": "The cache is unreachable: pages are served uncached",
        },
    },
    "formatters": {
        "json": {"()": "monitoring.logs.JSONFormatter"},
        "text": {"()": "monitoring.logs.TextFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id"],
            "formatter": "json" if LOG_FORMAT == "json" else "text",
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        "portal.requests": {"level": "INFO"},
        "monitoring.cache": {"filters": ["once_a_minute"]},
    },
}

# /readyz answers 503 when one of these is down; the others only make it "degraded" (the portal
# serves pages without the cache and searches the database when Elasticsearch is down).
READINESS_REQUIRED_CHECKS = env_list("READINESS_REQUIRED_CHECKS", "database,storage")
READINESS_SEARCH_TIMEOUT = float(os.environ.get("READINESS_SEARCH_TIMEOUT", "1"))

# An error tracker (Sentry or a compatible server) when SENTRY_DSN is set; off by default.
SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
SENTRY_ENVIRONMENT = os.environ.get("SENTRY_ENVIRONMENT", "production")

# Rows that anonymous visitors may add, per client and hour (core/ratelimit.py), and failed admin
# logins per client and account within ADMIN_LOGIN_FAILURE_PERIOD seconds.
SEARCH_LOG_LIMIT = int(os.environ.get("SEARCH_LOG_LIMIT", "30"))
CONSENT_RECORD_LIMIT = int(os.environ.get("CONSENT_RECORD_LIMIT", "20"))
ADMIN_LOGIN_FAILURE_LIMIT = int(os.environ.get("ADMIN_LOGIN_FAILURE_LIMIT", "5"))
ADMIN_LOGIN_FAILURE_PERIOD = int(os.environ.get("ADMIN_LOGIN_FAILURE_PERIOD", "900"))
# Browser features no page of the portal uses, switched off for every page and any embedded frame.
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
    "payment=(), usb=(), browsing-topics=()"
)

# The largest partners CSV file that the importer reads (command line and admin upload).
PARTNERS_IMPORT_MAX_BYTES = 5 * 1024 * 1024
