from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BackgroundConfig(AppConfig):
    name = "background"
    verbose_name = _("Background tasks")

    def ready(self):
        from . import retries  # noqa: F401  (connects the receiver of task_finished)
