from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import views as core_views
from core.login import admin_login

handler404 = "core.views.page_not_found"
handler500 = "monitoring.errors.server_error"

urlpatterns = [
    # Wagtail's own login view, behind a throttle of failed attempts (core/login.py).
    path("admin/login/", admin_login),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", core_views.sitemap, name="sitemap"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
]

if not settings.AWS_STORAGE_BUCKET_NAME:
    # Media on the local disk: the app serves public images and renditions itself (any settings).
    urlpatterns.append(path(settings.MEDIA_URL.lstrip("/"), include("storage.urls")))

# Every public page lives under its language prefix: /en/, /pl/, /ar/, …
urlpatterns += i18n_patterns(
    path("", include("privacy.urls")),
    path("search/", include("search.urls")),
    path("ask/", include("enquiries.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
