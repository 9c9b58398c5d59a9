from django.urls import path

from . import views

app_name = "background"
urlpatterns = [
    path("", views.task_results, name="task_results"),
    path("<uuid:result_id>/", views.task_result, name="task_result"),
    path("<uuid:result_id>/run-again/", views.run_again, name="run_again"),
]
