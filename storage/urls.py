from django.urls import path

from .views import public_media

urlpatterns = [path("<path:path>", public_media, name="public_media")]
