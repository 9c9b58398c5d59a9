"""Public media from the local disk, for a single machine without object storage or a proxy location."""

import posixpath

from django.conf import settings
from django.http import Http404
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe
from django.views.static import serve

# Only what Wagtail writes for images is public. Documents (documents/) are never served from here:
# they go through Wagtail's serve view, which checks collection privacy.
PUBLIC_MEDIA_FOLDERS = ("images/", "original_images/")
# Rendition and upload names never change meaning (a new upload gets a new name), so browsers and
# the HTTP cache may keep them for a day without asking again.
PUBLIC_MEDIA_MAX_AGE = 24 * 60 * 60


@require_safe
def public_media(request, path):
    path = posixpath.normpath(path).lstrip("/")
    if not path.startswith(PUBLIC_MEDIA_FOLDERS):
        raise Http404("Not public media.")
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    patch_cache_control(response, public=True, max_age=PUBLIC_MEDIA_MAX_AGE)
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response
