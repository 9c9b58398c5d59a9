"""Real services of our own for the fault and scale-out tests: a PostgreSQL cluster, a Redis server and
gunicorn instances of the portal, each on a free port of 127.0.0.1, started and stopped by the test.

Never the machine's shared PostgreSQL or Redis: stopping those would break everybody else's work.
"""

import glob
import http.client
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from django.conf import settings

from .smtp import free_port

PROJECT = Path(settings.BASE_DIR)


def wait_for(ready, seconds, what):
    deadline = time.monotonic() + seconds
    while not ready():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} did not come up within {seconds} s")
        time.sleep(0.2)


def postgres_bin(name):
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}")) or [shutil.which(name)]
    if not found[-1]:
        raise FileNotFoundError(f"PostgreSQL's {name} is not installed")
    return found[-1]


class PostgresCluster:
    """A throwaway cluster (initdb + pg_ctl) in a temporary folder; `stop()` and `start()` it at will.

    PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` user.
    """

    def __init__(self):
        self.port = free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="sib-pg-"))
        self.data = self.folder / "data"
        self.user = "postgres" if os.geteuid() == 0 else None
        if self.user:
            shutil.chown(self.folder, self.user)
        self.run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8")

    def run(self, program, *args):
        subprocess.run(
            [postgres_bin(program), *args],
            user=self.user,
            cwd=self.folder,
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            timeout=120,
        )

    def url(self, name):
        return f"postgres://postgres@127.0.0.1:{self.port}/{name}"

    def start(self):
        # A test cluster: durability off, so that migrating it takes seconds less.
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1"
            " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self.run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "log"), "-o", options, "-w", "start")

    def stop(self):
        # "fast" as in a restart: open sessions are cut, as a failover or an upgrade does.
        self.run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def create_database(self, name, template=None):
        """A new database; with `template`, a copy of that one (which nobody may be connected to)."""
        copy = ("--template", template) if template else ()
        self.run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", *copy, name)

    def remove(self):
        subprocess.run(
            [postgres_bin("pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"],
            user=self.user,
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(self.folder, ignore_errors=True)


class RedisServer:
    """redis-server on a free port, without persistence; `stop()` kills it, `start()` brings it back."""

    def __init__(self):
        self.port = free_port()
        self.process = None

    def url(self, db=0):
        return f"redis://127.0.0.1:{self.port}/{db}"

    def start(self):
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
        )
        wait_for(self.answers, 10, "redis-server")

    def answers(self):
        result = subprocess.run(
            ["redis-cli", "-p", str(self.port), "ping"], capture_output=True, text=True, timeout=5
        )
        return result.stdout.strip() == "PONG"

    def stop(self):
        self.process.kill()
        self.process.wait(timeout=10)


def portal_environment(database_url, **extra):
    """The production settings on 127.0.0.1, as behind a TLS-terminating proxy that says so."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE"))}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY="services-test-" + "x" * 40,
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        DATABASE_URL=database_url,
        LOG_FORMAT="json",
        **extra,
    )
    return env


def manage(env, *args):
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env=env,
        check=True,
        capture_output=True,
        timeout=600,
    )


class Gunicorn:
    """One app server of the portal (`portal/gunicorn.conf.py`), its log in a file the test reads."""

    def __init__(self, env, log_path, workers=1, threads=4):
        self.port = free_port()
        self.log_path = log_path
        self.log = open(log_path, "w")  # noqa: SIM115 (kept open while the server runs)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "portal/gunicorn.conf.py", "portal.wsgi"],
            cwd=PROJECT,
            env={
                **env,
                "GUNICORN_BIND": f"127.0.0.1:{self.port}",
                "WEB_CONCURRENCY": str(workers),
                "GUNICORN_THREADS": str(threads),
            },
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        wait_for(self.healthy, 60, "gunicorn")

    def healthy(self):
        if self.process.poll() is not None:
            raise RuntimeError(f"gunicorn exited: {Path(self.log_path).read_text()[-2000:]}")
        try:
            return self.get("/healthz")[0] == 200
        except OSError:
            return False

    def get(self, path, headers=None, timeout=30):
        """(status, headers, body text) of a GET, as if through the HTTPS proxy."""
        return request(self.port, "GET", path, headers=headers, timeout=timeout)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=20)
        self.log.close()


def request(port, method, path, body=None, headers=None, timeout=30, with_cookies=False):
    """(status, headers, body text) of a request, as through the HTTPS proxy; and the cookies it set."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers={"X-Forwarded-Proto": "https", **(headers or {})})
        response = connection.getresponse()
        answer = response.status, dict(response.getheaders()), response.read().decode()
        if not with_cookies:
            return answer
        cookies = dict(
            cookie.split(";", 1)[0].split("=", 1) for cookie in response.headers.get_all("Set-Cookie") or []
        )
        return (*answer, cookies)
    finally:
        connection.close()
