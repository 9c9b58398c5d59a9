"""Failed tasks are tried again after the delays of `TASK_RETRY_DELAYS`, then reported, never dropped.

A task of the database backend that raises is stored as FAILED by the worker; this receiver of
`task_finished` queues the same task with the same arguments to run after the next delay, and records
the attempt's number (`TaskAttempt`). When the delays are used up it logs an error (an error tracker
picks it up) and the failure stays in the administrators' report, marked as out of attempts.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.dispatch import receiver
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks.signals import task_finished
from django_tasks_db.models import get_date_max

from .models import TaskAttempt

logger = logging.getLogger(__name__)


def attempt_number(db_result):
    """1 for a task as first queued, 2 for its first retry and so on."""
    attempt = TaskAttempt.objects.filter(result=db_result).first()
    return attempt.number if attempt else 1


def max_attempts():
    return 1 + len(settings.TASK_RETRY_DELAYS)


@receiver(task_finished)
def retry_failed_task(sender, task_result, **kwargs):
    db_result = getattr(task_result, "db_result", None)
    if task_result.status != TaskResultStatus.FAILED or db_result is None:
        return
    number = attempt_number(db_result)
    if number >= max_attempts():
        logger.error(
            "Task id=%s path=%s failed %d times; no attempt is left",
            db_result.id,
            db_result.task_path,
            number,
        )
        return
    delay = timedelta(seconds=settings.TASK_RETRY_DELAYS[number - 1])
    retry = db_result.task.using(run_after=timezone.now() + delay).enqueue(
        *task_result.args, **task_result.kwargs
    )
    TaskAttempt.objects.create(result_id=retry.id, previous=db_result, number=number + 1)
    logger.warning(
        "Task id=%s path=%s failed (attempt %d of %d); retry id=%s after %s",
        db_result.id,
        db_result.task_path,
        number,
        max_attempts(),
        retry.id,
        delay,
    )


class RetryState:
    """What the report says of one result: its attempt, the retry it led to, or that none is left."""

    def __init__(self, db_result):
        self.result = db_result
        attempt = getattr(db_result, "attempt", None)
        self.number = attempt.number if attempt else 1
        self.of = max(max_attempts(), self.number)
        self.attempt = attempt
        retry = getattr(db_result, "retry", None)
        self.retry = retry.result if retry else None
        self.failed = db_result.status == TaskResultStatus.FAILED
        self.out_of_attempts = self.failed and self.retry is None and self.number >= max_attempts()

    @property
    def previous(self):
        return self.attempt.previous if self.attempt else None

    @property
    def runs_after(self):
        """When this queued result may run, while it waits for a delay (a retry does)."""
        return waiting_until(self.result)

    @property
    def next_attempt(self):
        """When the retry of this failed result runs, while it waits."""
        return waiting_until(self.retry) if self.retry else None


def waiting_until(db_result):
    run_after = db_result.run_after
    waiting = db_result.status == TaskResultStatus.READY and timezone.now() < run_after < get_date_max()
    return run_after if waiting else None


def out_of_attempts(results):
    """The failed results of `results` that no retry follows and that had their last attempt."""
    last = Q(attempt__number__gte=max_attempts())
    if max_attempts() == 1:
        last |= Q(attempt__isnull=True)
    return results.filter(last, status=TaskResultStatus.FAILED, retry__isnull=True)
