from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MonitoringConfig(AppConfig):
    name = "monitoring"
    verbose_name = _("Health checks and logs")

    def ready(self):
        from .errors import start_error_tracker

        start_error_tracker()
