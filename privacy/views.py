"""The cookie settings page and the consent form it shares with the banner.

The form is a plain POST without a CSRF token, so that public pages carry no per-visitor token or
cookie and stay cacheable. Forgery is refused instead by the browser's own request metadata:
`Sec-Fetch-Site` (or, from older browsers, `Origin`) must say that the form was sent by this site.
"""

from django.conf import settings
from django.http import (
    Http404,
    HttpResponseBadRequest,
    HttpResponseForbidden,
    HttpResponseRedirect,
    JsonResponse,
)
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language, gettext
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from core.ratelimit import allow

from .categories import NECESSARY, OPTIONAL_CATEGORIES, OPTIONAL_NAMES
from .consent import (
    COOKIE_NAME,
    STATE_COOKIE_NAME,
    consent_max_age,
    consent_state,
    global_privacy_control,
    new_consent,
    read_cookie,
    sign,
    state_of,
)
from .models import ConsentRecord

ACTIONS = ("accept_all", "reject_all", "choose")


def is_same_origin(request):
    """True when the browser says this site's own page sent the request."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site == "same-origin"
    origin = request.headers.get("Origin")
    if not origin:
        return False
    return origin == f"{request.scheme}://{request.get_host()}" or origin in settings.CSRF_TRUSTED_ORIGINS


def safe_next(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return f"/{get_language()}/"


def bad_request(message):
    return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def cookie_settings(request):
    state = consent_state(request)
    if state is None:
        raise Http404
    if request.method == "POST":
        return save_consent(request, state)
    return render(
        request,
        "privacy/cookie_settings.html",
        {"consent": state, "next": safe_next(request), "hide_consent_banner": True},
    )


def save_consent(request, state):
    if not is_same_origin(request):
        return HttpResponseForbidden(
            gettext("Your choice was not saved: it was not sent from this website's own page."),
            content_type="text/plain; charset=utf-8",
        )
    action = request.POST.get("action")
    if action not in ACTIONS:
        return bad_request(gettext("Choose “Accept all”, “Reject all” or save your own choice."))
    posted = set(request.POST.getlist("categories")) - {NECESSARY.name}
    unknown = posted - OPTIONAL_NAMES
    if unknown:
        return bad_request(
            gettext("Unknown cookie categories: %(names)s.") % {"names": ", ".join(sorted(unknown))}
        )
    config = state.config
    chosen = {"accept_all": config.names, "reject_all": frozenset(), "choose": posted & config.names}[action]
    previous = read_cookie(request)
    consent = new_consent(previous, chosen, config.version)
    gpc = global_privacy_control(request)
    # The log demonstrates decisions: the same decision again adds nothing, and one client adds at
    # most CONSENT_RECORD_LIMIT records an hour (a script needs only an Origin header to post).
    # (The cookie does not keep the Global Privacy Control signal, so a decision under it is logged.)
    unchanged = (
        not gpc
        and previous is not None
        and (previous.categories, previous.version) == (consent.categories, consent.version)
    )
    if not unchanged and allow("consent-record", request, settings.CONSENT_RECORD_LIMIT, 3600):
        ConsentRecord.objects.create(
            consent_id=consent.consent_id,
            **{category.name: category.name in chosen for category in OPTIONAL_CATEGORIES},
            policy_version=config.version,
            global_privacy_control=gpc,
        )
    granted = frozenset() if gpc else consent.categories
    if "application/json" in request.headers.get("Accept", ""):
        response = JsonResponse(
            {
                "categories": sorted(granted),
                "scripts": config.scripts_for(granted),
                "message": gettext(
                    "Your choice is saved. You can change it at any time in “Cookie settings”."
                ),
            }
        )
    else:
        # 303: the browser follows with a GET, so reloading the page does not post again.
        response = HttpResponseRedirect(safe_next(request), status=303)
    for name, value in ((COOKIE_NAME, sign(consent)), (STATE_COOKIE_NAME, state_of(consent))):
        response.set_cookie(
            name, value, max_age=consent_max_age(), secure=request.is_secure(), httponly=True, samesite="Lax"
        )
    for prefix in config.cookie_prefixes_except(granted):
        for name in request.COOKIES:
            if name.startswith(prefix) and name not in (COOKIE_NAME, STATE_COOKIE_NAME):
                response.delete_cookie(name, samesite="Lax")
    return response
