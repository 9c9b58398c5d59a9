from django.db import models
from django.utils.translation import gettext_lazy as _
from django_tasks_db.models import DBTaskResult


class TaskAttempt(models.Model):
    """A later attempt at a failed task: the queued result, the failed one it repeats, and its number.

    The first attempt has no row; `background.retries` adds one for each retry it queues.
    """

    result = models.OneToOneField(
        DBTaskResult, on_delete=models.CASCADE, primary_key=True, related_name="attempt"
    )
    previous = models.OneToOneField(DBTaskResult, on_delete=models.SET_NULL, null=True, related_name="retry")
    number = models.PositiveSmallIntegerField(_("attempt"))

    class Meta:
        verbose_name = _("task attempt")
        verbose_name_plural = _("task attempts")

    def __str__(self):
        return f"{self.result_id} #{self.number}"
