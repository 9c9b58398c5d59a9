import logging

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from .backends import StorageUnavailable

logger = logging.getLogger(__name__)


class StorageUnavailableMiddleware:
    """An unreachable object storage: the editor is told that nothing was uploaded; readers get a 503."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, StorageUnavailable):
            return None
        logger.warning("File storage unavailable for %s %s: %s", request.method, request.path, exception)
        if request.method == "POST" and request.user.is_authenticated:
            messages.error(
                request,
                _(
                    "The file storage cannot be reached, so nothing was uploaded or changed. "
                    "Please try again in a few minutes."
                ),
            )
            return redirect(request.get_full_path())
        return HttpResponse(
            render_to_string("storage/unavailable.html", request=request),
            status=503,
            headers={"Retry-After": "60"},
        )
