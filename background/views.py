"""The administrators' view of background tasks: what ran, what failed and why, and running one again."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.admin import messages

from .models import TaskAttempt
from .retries import RetryState, attempt_number, out_of_attempts

RESULTS_SHOWN = 100


def administrators_only(view):
    def wrapper(request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


@administrators_only
def task_results(request):
    status = request.GET.get("status")
    results = DBTaskResult.objects.select_related("attempt", "retry__result").order_by("-enqueued_at")
    if status in TaskResultStatus.values:
        results = results.filter(status=status)
    else:
        status = ""
    return TemplateResponse(
        request,
        "background/task_results.html",
        {
            "results": [RetryState(result) for result in results[:RESULTS_SHOWN]],
            "status": status,
            "statuses": TaskResultStatus.choices,
            "failed_count": DBTaskResult.objects.failed().count(),
            "out_of_attempts_count": out_of_attempts(DBTaskResult.objects.all()).count(),
        },
    )


@administrators_only
def task_result(request, result_id):
    result = get_object_or_404(
        DBTaskResult.objects.select_related("attempt__previous", "retry__result"), id=result_id
    )
    return TemplateResponse(
        request, "background/task_result.html", {"result": result, "state": RetryState(result)}
    )


@require_POST
@administrators_only
def run_again(request, result_id):
    """Enqueue the same task with the same arguments, at once; the failed result stays for the record."""
    result = get_object_or_404(DBTaskResult, id=result_id, status=TaskResultStatus.FAILED)
    queued = getattr(result, "retry", None)
    if queued:
        messages.warning(request, _("This task has already been queued again."))
        return redirect("background:task_result", queued.result_id)
    arguments = result.args_kwargs
    retry = result.task.using(run_after=None).enqueue(*arguments["args"], **arguments["kwargs"])
    TaskAttempt.objects.create(result_id=retry.id, previous=result, number=attempt_number(result) + 1)
    messages.success(request, _("The task was queued again."))
    return redirect("background:task_result", retry.id)
