"""Production settings: refuse to start without a secret, pass the deployment checklist, serve static files."""

import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

PROJECT = Path(settings.BASE_DIR)


def production_env(**overrides):
    test_only = {"SECRET_KEY", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {key: value for key, value in os.environ.items() if key not in test_only}
    env.update(DJANGO_SETTINGS_MODULE="portal.settings.production", ALLOWED_HOSTS="studyinbialystok.example")
    env.update(overrides)
    return env


def test_production_settings_refuse_to_start_without_a_secret_key():
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=PROJECT,
        env=production_env(),
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "Set the SECRET_KEY environment variable" in result.stderr


def test_production_settings_pass_the_deployment_checklist():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=PROJECT,
        env=production_env(
            SECRET_KEY="a-long-random-production-secret-" + "x" * 40,
            EMAIL_HOST="smtp.example.org",
            REDIS_URL="redis://127.0.0.1:6379/0",
        ),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_deployment_checklist_warns_when_email_is_not_configured():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=PROJECT,
        env=production_env(SECRET_KEY="a-long-random-production-secret-" + "x" * 40),
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "portal.W001" in result.stderr and "EMAIL_HOST" in result.stderr


def test_deployment_checklist_says_the_default_cache_is_shared_by_one_machine_only():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=PROJECT,
        env=production_env(
            SECRET_KEY="a-long-random-production-secret-" + "x" * 40, EMAIL_HOST="smtp.example"
        ),
        capture_output=True,
        text=True,
    )
    # One machine's workers share the file cache: a valid deployment, with a note for the second server.
    assert result.returncode == 0
    assert "portal.I002" in result.stdout + result.stderr and "REDIS_URL" in result.stdout + result.stderr


def test_deployment_checklist_warns_when_the_cache_is_per_process(settings):
    from core.checks import cache_is_shared

    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    [warning] = cache_is_shared(None)
    assert warning.id == "portal.W002" and "REDIS_URL" in warning.hint


def test_email_settings_come_from_the_environment():
    variables = [
        "EMAIL_BACKEND",
        "EMAIL_HOST",
        "EMAIL_PORT",
        "EMAIL_HOST_USER",
        "EMAIL_USE_TLS",
        "DEFAULT_FROM_EMAIL",
    ]
    script = "from django.conf import settings; print(*(getattr(settings, name) for name in %r), sep='|')"
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); " + script % variables],
        cwd=PROJECT,
        env=production_env(
            SECRET_KEY="x" * 50,
            EMAIL_HOST="smtp.example.org",
            EMAIL_HOST_USER="portal",
            EMAIL_HOST_PASSWORD="secret",
            EMAIL_USE_TLS="true",
            DEFAULT_FROM_EMAIL="Study in Bialystok <portal@example.org>",
        ),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().split("|") == [
        "django.core.mail.backends.smtp.EmailBackend",
        "smtp.example.org",
        "587",
        "portal",
        "True",
        "Study in Bialystok <portal@example.org>",
    ]


def test_collectstatic_writes_hashed_and_compressed_files(tmp_path):
    result = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput"],
        cwd=PROJECT,
        env=production_env(SECRET_KEY="x" * 50, STATIC_ROOT=str(tmp_path)),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    css = list((tmp_path / "css").glob("main.*.css"))
    assert css, "no hashed copy of main.css"
    assert Path(f"{css[0]}.gz").exists(), "no gzip copy for WhiteNoise"


def test_settings_import_no_app_code():
    """Settings are read before the apps are ready: no module of the portal's own apps is imported."""
    own_apps = [name for name in settings.INSTALLED_APPS if (PROJECT / name).is_dir()]
    script = (
        "import importlib, sys\n"
        "for name in ('base', 'dev', 'test', 'production'):\n"
        "    importlib.import_module(f'portal.settings.{name}')\n"
        f"print(sorted(module for module in sys.modules if module.split('.')[0] in {own_apps!r}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=PROJECT,
        env=production_env(SECRET_KEY="x" * 50),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "translations" in own_apps and result.stdout.strip() == "[]"
