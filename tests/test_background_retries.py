"""A failed task is tried again after the delays of TASK_RETRY_DELAYS, then reported as out of attempts:
in the worker's log and in the administrators' report, never lost silently."""

import logging
from datetime import timedelta
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import timezone
from django_tasks import task
from django_tasks_db.models import DBTaskResult

from background.models import TaskAttempt

from .test_background_tasks import run_worker

TASK_PATH = "tests.test_background_retries.needs_file"


@task()
def needs_file(path):
    """Fails until the file exists: a service that is down, then back."""
    return Path(path).read_text()


@pytest.fixture
def retried_tasks(database_tasks, settings):
    settings.TASK_RETRY_DELAYS = (60, 600)


def make_due(result):
    """The delay of a queued retry has passed."""
    DBTaskResult.objects.filter(id=result.id).update(run_after=timezone.now() - timedelta(seconds=1))


def results():
    return DBTaskResult.objects.filter(task_path=TASK_PATH).select_related("attempt").order_by("enqueued_at")


def test_a_failed_task_is_retried_after_each_delay_then_reported(
    retried_tasks, admin_client, tmp_path, caplog
):
    needs_file.enqueue(str(tmp_path / "missing"))
    run_worker()

    first, retry = results()
    assert first.status == "FAILED" and retry.status == "READY"
    assert retry.attempt.number == 2 and retry.attempt.previous == first
    assert timedelta(seconds=55) < retry.run_after - timezone.now() <= timedelta(seconds=60)

    run_worker()
    assert DBTaskResult.objects.get(id=retry.id).status == "READY", "the retry waits for its delay"
    listing = admin_client.get(reverse("background:task_results"))
    assert "2 of 3" in listing.text and "Waits until" in listing.text and "Retried after" in listing.text
    assert "will not be tried again" not in listing.text

    make_due(retry)
    run_worker()
    second_retry = results().last()
    assert DBTaskResult.objects.get(id=retry.id).status == "FAILED"
    assert second_retry.attempt.number == 3
    assert timedelta(seconds=595) < second_retry.run_after - timezone.now() <= timedelta(seconds=600)

    make_due(second_retry)
    with caplog.at_level(logging.ERROR, logger="background.retries"):
        run_worker()
    assert list(results().values_list("status", flat=True)) == ["FAILED"] * 3, "no fourth attempt"
    assert f"id={second_retry.id} path={TASK_PATH} failed 3 times; no attempt is left" in caplog.text

    listing = admin_client.get(reverse("background:task_results"))
    assert "1 task failed on its last attempt and will not be tried again." in listing.text
    assert "3 tasks failed." in listing.text
    assert listing.text.count("Failed: no attempt left") == 1
    detail = admin_client.get(reverse("background:task_result", args=[second_retry.id]))
    assert "3 of 3" in detail.text and "Failed: no attempt left" in detail.text
    assert reverse("background:task_result", args=[retry.id]) in detail.text, "links the previous attempt"
    assert "Run again" in detail.text


def test_a_retry_that_succeeds_ends_the_attempts(retried_tasks, admin_client, tmp_path):
    marker = tmp_path / "back"
    needs_file.enqueue(str(marker))
    run_worker()
    first, retry = results()
    marker.write_text("the service is back")
    make_due(retry)

    run_worker()

    assert DBTaskResult.objects.get(id=retry.id).status == "SUCCESSFUL"
    assert results().count() == 2
    detail = admin_client.get(reverse("background:task_result", args=[first.id]))
    assert "Run again" not in detail.text, "a failed attempt that was retried is not run again by hand"
    assert reverse("background:task_result", args=[retry.id]) in detail.text
    listing = admin_client.get(reverse("background:task_results"))
    assert "will not be tried again" not in listing.text and "Failed: no attempt left" not in listing.text


def test_running_again_a_task_whose_retry_is_queued_queues_nothing(retried_tasks, admin_client, tmp_path):
    needs_file.enqueue(str(tmp_path / "missing"))
    run_worker()
    first, retry = results()

    response = admin_client.post(reverse("background:run_again", args=[first.id]))

    assert response.status_code == 302
    assert response.url == reverse("background:task_result", args=[retry.id])
    assert results().count() == 2


def test_without_delays_a_failure_is_reported_at_once(database_tasks, settings, admin_client, tmp_path):
    settings.TASK_RETRY_DELAYS = ()
    needs_file.enqueue(str(tmp_path / "missing"))
    run_worker()
    assert list(results().values_list("status", flat=True)) == ["FAILED"]
    assert "1 of 1" in admin_client.get(reverse("background:task_results")).text


@pytest.mark.parametrize("failures", [1, 12])
def test_the_report_reads_a_bounded_number_of_queries(
    retried_tasks, admin_client, tmp_path, failures, django_assert_max_num_queries
):
    for number in range(failures):
        needs_file.enqueue(str(tmp_path / f"missing-{number}"))
    run_worker()
    assert TaskAttempt.objects.count() == failures
    with django_assert_max_num_queries(12):
        listing = admin_client.get(reverse("background:task_results"))
    assert listing.text.count("Retried after") == failures
