from django.urls import path

from . import views

app_name = "enquiries_public"

urlpatterns = [
    path("", views.ask, name="ask"),
    path("sent/", views.sent, name="sent"),
]
