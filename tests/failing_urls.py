"""A URLconf for the log and error tracker tests: the portal's handlers with views that fail on purpose."""

from django.http import HttpResponse
from django.urls import path


def broken(request):
    raise ValueError("a bug in a view")


def cached(request):
    request.cache_hit = True
    return HttpResponse("from the cache")


handler500 = "monitoring.errors.server_error"

urlpatterns = [
    path("broken/", broken),
    path("cached/", cached),
]
