"""The admin login, throttled: too many failed attempts from one client stop further tries for a while.

Failures are counted per client and account name and, more loosely, per client alone (someone
trying many accounts), in the shared cache (core/ratelimit.py). A throttled attempt is refused
before the password is checked, with 429 and Retry-After.
"""

from django.conf import settings
from django.http import HttpResponse
from django.utils.translation import gettext
from wagtail.admin.views.account import LoginView

from .ratelimit import count, record

ACCOUNTS_PER_CLIENT = 4  # a client may fail this many times the per-account limit over all accounts

wagtail_login = LoginView.as_view()


def admin_login(request, *args, **kwargs):
    if request.method != "POST":
        return wagtail_login(request, *args, **kwargs)
    limit, period = settings.ADMIN_LOGIN_FAILURE_LIMIT, settings.ADMIN_LOGIN_FAILURE_PERIOD
    account = request.POST.get("username", "")[:150].strip().lower()
    if (
        count("admin-login", request, period, account) >= limit
        or count("admin-login", request, period) >= limit * ACCOUNTS_PER_CLIENT
    ):
        response = HttpResponse(
            gettext("Too many failed sign-in attempts. Try again in %(minutes)s min.")
            % {"minutes": max(period // 60, 1)},
            status=429,
            content_type="text/plain; charset=utf-8",
        )
        response["Retry-After"] = str(period)
        return response
    response = wagtail_login(request, *args, **kwargs)
    if not request.user.is_authenticated:
        record("admin-login", request, period, account)
        record("admin-login", request, period)
    return response
