"""The administrators' view of background tasks: what ran, what failed and why, and running one again."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.admin import messages

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
    results = DBTaskResult.objects.order_by("-enqueued_at")
    if status in TaskResultStatus.values:
        results = results.filter(status=status)
    else:
        status = ""
    return TemplateResponse(
        request,
        "background/task_results.html",
        {
            "results": results[:RESULTS_SHOWN],
            "status": status,
            "statuses": TaskResultStatus.choices,
            "failed_count": DBTaskResult.objects.failed().count(),
        },
    )


@administrators_only
def task_result(request, result_id):
    result = get_object_or_404(DBTaskResult, id=result_id)
    return TemplateResponse(request, "background/task_result.html", {"result": result})


@require_POST
@administrators_only
def run_again(request, result_id):
    """Enqueue the same task with the same arguments; the failed result stays for the record."""
    result = get_object_or_404(DBTaskResult, id=result_id, status=TaskResultStatus.FAILED)
    arguments = result.args_kwargs
    retry = result.task.enqueue(*arguments["args"], **arguments["kwargs"])
    messages.success(request, _("The task was queued again."))
    return redirect("background:task_result", retry.id)
