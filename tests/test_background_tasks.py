"""Work off the request: the database task backend queues work for `manage.py db_worker`; failures are
shown to administrators with their error and can be run again."""

import os
import subprocess
import sys

import pytest
from django.conf import settings as django_settings
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse
from django_tasks import task
from django_tasks_db.models import DBTaskResult
from wagtail.models import Locale

from translations.bulk import start_job
from translations.models import BulkTranslationJob

from .factories import ImageFactory


@task()
def refuse_work(reason):
    raise ValueError(reason)


def run_worker():
    call_command("db_worker", "--batch", "--interval", "0", verbosity=0)


def test_queued_work_waits_for_the_worker_and_the_worker_does_it(database_tasks, admin_user, living_page):
    job = start_job(living_page, [Locale.objects.get(language_code="pl")], admin_user)
    queued = DBTaskResult.objects.filter(status="READY")
    assert queued.filter(task_path="translations.bulk.run_job").count() == 1
    living_page.title = "Living in Białystok, updated"
    living_page.save_revision().publish()
    assert queued.filter(task_path__endswith="insert_or_update_object_task").exists()
    assert queued.filter(task_path__endswith="update_reference_index_task").exists()
    job.refresh_from_db()
    assert job.status == BulkTranslationJob.Status.QUEUED
    assert not living_page.get_translations().exists()

    run_worker()

    job.refresh_from_db()
    assert job.status == BulkTranslationJob.Status.DONE and job.done == 1
    assert living_page.get_translations().filter(locale__language_code="pl").exists()
    assert not DBTaskResult.objects.exclude(status="SUCCESSFUL").exists()


def test_a_failing_task_is_shown_as_failed_with_its_error(database_tasks, admin_client, settings):
    settings.TASK_RETRY_DELAYS = ()  # out of attempts at once (tests/test_background_retries.py retries)
    refuse_work.enqueue("The translation service refused the glossary")
    run_worker()
    result = DBTaskResult.objects.get(task_path="tests.test_background_tasks.refuse_work")
    assert result.status == "FAILED"
    assert result.exception_class_path == "builtins.ValueError"

    listing = admin_client.get(reverse("background:task_results") + "?status=FAILED")
    assert listing.status_code == 200
    assert "1 task failed." in listing.text
    assert "tests.test_background_tasks.refuse_work" in listing.text and "builtins.ValueError" in listing.text
    detail = admin_client.get(reverse("background:task_result", args=[result.id]))
    assert "The translation service refused the glossary" in detail.text
    assert "Run again" in detail.text

    response = admin_client.post(reverse("background:run_again", args=[result.id]))
    assert response.status_code == 302
    assert DBTaskResult.objects.filter(task_path=result.task_path, status="READY").count() == 1
    assert DBTaskResult.objects.get(id=result.id).status == "FAILED", "the failure stays on record"


def test_only_administrators_see_background_tasks(
    database_tasks, client, admin_client, django_user_model, home_page
):
    result = refuse_work.enqueue("secret arguments").db_result
    queued = DBTaskResult.objects.count()
    editor = django_user_model.objects.create_user("editor", password="pw")
    editors, _created = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    editor.groups.add(editors)
    client.force_login(editor)
    assert reverse("background:task_results") in admin_client.get(reverse("wagtailadmin_home")).text
    for url in (
        reverse("background:task_results"),
        reverse("background:task_result", args=[result.id]),
    ):
        assert client.get(url).status_code in (302, 403)
    assert client.post(reverse("background:run_again", args=[result.id])).status_code in (302, 403)
    assert DBTaskResult.objects.count() == queued


def test_an_unknown_task_id_is_a_404(admin_client, db):
    assert admin_client.get("/admin/background-tasks/not-a-uuid/", follow=True).status_code == 404


@pytest.mark.parametrize(
    ("environment", "backend"),
    [({}, "django_tasks_db.DatabaseBackend"), ({"TASKS_BACKEND": "immediate"}, "ImmediateBackend")],
)
def test_production_queues_tasks_in_the_database_unless_told_otherwise(environment, backend):
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="studyinbialystok.example",
        **environment,
    )
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; print(settings.TASKS)",
        ],
        cwd=django_settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert backend in result.stdout


@pytest.mark.usefixtures("media_root")
def test_the_worker_warms_the_renditions_of_a_published_page(
    database_tasks, home_page, client, django_capture_on_commit_callbacks
):
    home_page.hero_image = ImageFactory()
    home_page.hero_alt_text = "The campus"
    with django_capture_on_commit_callbacks(execute=True):
        home_page.save_revision().publish()
    assert DBTaskResult.objects.filter(task_path="storage.renditions.warm_page_renditions").exists()
    renditions = home_page.hero_image.renditions
    assert not renditions.exists()

    run_worker()

    assert renditions.count() >= 9, "three formats of three sizes of the hero image"
    made = renditions.count()
    assert client.get("/en/").status_code == 200
    assert renditions.count() == made, "the first visitor found every rendition ready"
