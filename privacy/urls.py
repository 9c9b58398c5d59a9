from django.urls import path

from . import views

app_name = "privacy"

urlpatterns = [
    path("cookie-settings/", views.cookie_settings, name="cookie_settings"),
]
