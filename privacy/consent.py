"""The visitor's consent: the editors' configuration (cached per language) and the signed cookie.

The cookie holds the consent id, the consented optional categories, the consent version and the
date, signed with the secret key: a tampered, expired or outdated cookie counts as no consent.
"""

import datetime
import uuid
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.models import Locale

from core.localization import localize_one

from .categories import OPTIONAL_CATEGORIES, OPTIONAL_NAMES
from .models.consent import ConsentSettings, is_safe_script_url, script_urls

COOKIE_NAME = "sib_consent"
SALT = "privacy.consent"
CACHE_TIMEOUT = 600


def consent_max_age():
    """Seconds a decision stays valid before the visitor is asked again (a year by default)."""
    return getattr(settings, "PRIVACY_CONSENT_MAX_AGE", 365 * 24 * 60 * 60)


@dataclass(frozen=True)
class Category:
    name: str
    description: str
    scripts: tuple = ()


@dataclass(frozen=True)
class ConsentConfig:
    """What one language's banner needs, cached so that pages add no query for it."""

    version: str
    banner_text: str
    necessary_description: str
    cookie_policy_url: str
    categories: tuple = field(default_factory=tuple)
    all_prefixes: dict = field(default_factory=dict)

    @property
    def names(self):
        return frozenset(category.name for category in self.categories)

    def scripts_for(self, names):
        return [
            script for category in self.categories if category.name in names for script in category.scripts
        ]

    def cookie_prefixes_except(self, names):
        """Cookie name prefixes of every category, enabled or not, that is not in `names`."""
        prefixes = []
        for category in OPTIONAL_CATEGORIES:
            if category.name not in names:
                prefixes.extend(self.all_prefixes.get(category.name, ()))
        return prefixes


@dataclass(frozen=True)
class Consent:
    consent_id: str
    categories: frozenset
    version: str
    date: str

    @property
    def decided_on(self):
        """The day of the decision as a date, for templates to show in the reader's format."""
        return datetime.date.fromisoformat(self.date)


def cache_key(language_code):
    return f"privacy:consent-config:{language_code}"


def forget_configs():
    cache.delete_many([cache_key(code) for code, _name in settings.LANGUAGES])


def split_prefixes(text):
    return tuple(prefix.strip() for prefix in text.split(",") if prefix.strip())


def build_config(language_code):
    settings_in = ConsentSettings.objects.select_related("cookie_policy_page").order_by("pk")
    row = (
        settings_in.filter(locale__language_code=language_code).first()
        # A language whose translation is not ready yet still asks, in the default language.
        or settings_in.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    )
    if row is None:
        return None
    policy = row.cookie_policy_page
    policy_url = ""
    locale = Locale.objects.filter(language_code=language_code).first()
    shown = localize_one(policy, locale) if policy else None
    if shown is not None:
        policy_url = shown.get_url() or ""
    categories = []
    prefixes = {}
    for category in OPTIONAL_CATEGORIES:
        prefixes[category.name] = split_prefixes(getattr(row, category.prefixes_field))
        if getattr(row, category.enabled_field):
            scripts = tuple(
                url for url in script_urls(getattr(row, category.scripts_field)) if is_safe_script_url(url)
            )
            description = getattr(row, category.description_field)
            categories.append(Category(category.name, description, scripts))
    return ConsentConfig(
        version=row.policy_version,
        banner_text=row.banner_text,
        necessary_description=row.necessary_description,
        cookie_policy_url=policy_url,
        categories=tuple(categories),
        all_prefixes=prefixes,
    )


def get_config(language_code=None):
    """The consent configuration of the language, or None when editors have not configured consent."""
    language_code = language_code or get_language() or settings.LANGUAGE_CODE
    key = cache_key(language_code)
    config = cache.get(key)
    if config is None:
        # False marks "not configured" in the cache, so unconfigured sites add no query either.
        config = build_config(language_code) or False
        cache.set(key, config, CACHE_TIMEOUT)
    return config or None


def sign(consent):
    payload = {
        "id": consent.consent_id,
        "c": sorted(consent.categories),
        "v": consent.version,
        "d": consent.date,
    }
    return signing.dumps(payload, salt=SALT, compress=False)


def read_cookie(request):
    """The consent the cookie records, or None when it is missing, tampered with, malformed or expired."""
    value = request.COOKIES.get(COOKIE_NAME)
    if not value:
        return None
    try:
        data = signing.loads(value, salt=SALT, max_age=consent_max_age())
    except (signing.BadSignature, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    categories, version, day, consent_id = data.get("c"), data.get("v"), data.get("d"), data.get("id")
    if not (isinstance(categories, list) and all(isinstance(name, str) for name in categories)):
        return None
    if not (isinstance(version, str) and isinstance(day, str) and isinstance(consent_id, str)):
        return None
    if not set(categories) <= OPTIONAL_NAMES:
        return None
    return Consent(consent_id, frozenset(categories), version, day)


def new_consent(previous, categories, version):
    return Consent(
        consent_id=previous.consent_id if previous else uuid.uuid4().hex,
        categories=frozenset(categories),
        version=version,
        date=timezone.localdate().isoformat(),
    )


def global_privacy_control(request):
    return request.headers.get("Sec-GPC", "").strip() == "1"


# Beside the signed cookie, the decision in plain words ("3:statistics", "3:-" for rejected), for shared
# caches: deploy/varnish/default.vcl keeps one copy per state, and the page cache keys on the same.
STATE_COOKIE_NAME = "sib_consent_state"


def state_of(consent):
    return f"{consent.version}:{','.join(sorted(consent.categories)) or '-'}"


def cache_variant(request):
    """The consent state of a request in a few bytes: "gpc", "none" (no valid decision) or state_of()."""
    if global_privacy_control(request):
        return "gpc"
    decision = read_cookie(request)
    return "none" if decision is None else state_of(decision)


def claimed_variant(request):
    """What a shared cache in front reads from the plain state cookie (as the VCL does), unverified."""
    if global_privacy_control(request):
        return "gpc"
    return request.COOKIES.get(STATE_COOKIE_NAME) or "none"


@dataclass(frozen=True)
class ConsentState:
    """Where one request stands: the valid decision if any, and the categories in force."""

    config: ConsentConfig
    decision: Consent | None
    granted: frozenset
    gpc: bool

    @property
    def must_ask(self):
        return self.decision is None and not self.gpc and bool(self.config.categories)


def consent_state(request):
    """The consent in force for this request, or None when consent is not configured."""
    if not hasattr(request, "_consent_state"):
        request._consent_state = read_consent_state(request)
    return request._consent_state


def read_consent_state(request):
    config = get_config()
    if config is None:
        return None
    decision = read_cookie(request)
    if decision is not None and decision.version != config.version:
        decision = None
    gpc = global_privacy_control(request)
    # Global Privacy Control refuses every optional category, whatever an older cookie says.
    granted = frozenset() if gpc or decision is None else decision.categories & config.names
    return ConsentState(config, decision, granted, gpc)


def csp_sources(scripts):
    """Script sources (the exact files) and connect sources (their origins, for beacons) of `scripts`."""
    script_sources, connect_sources = set(), set()
    for url in scripts:
        if url.startswith("/"):
            continue  # Same-origin files are already allowed by 'self'.
        parts = urlsplit(url)
        script_sources.add(f"{parts.scheme}://{parts.netloc}{parts.path}")
        connect_sources.add(f"{parts.scheme}://{parts.netloc}")
    return {"script-src": script_sources, "connect-src": connect_sources}


def allow_scripts(request, scripts):
    """Let the Content-Security-Policy of this response allow exactly these script files."""
    extra = getattr(request, "csp_sources", None)
    if extra is None:
        extra = request.csp_sources = {}
    for directive, sources in csp_sources(scripts).items():
        extra.setdefault(directive, set()).update(sources)
