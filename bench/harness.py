"""A throwaway production-like server for benchmarks, and a bounded request loop.

Times on shared machines drift, so every benchmark reports ratios taken in one run: a page
against a static file served by the same server.
"""

import contextlib
import http.client
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def server_environment(workdir, database_url=None):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "benchmark-only-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": database_url or f"sqlite:///{workdir}/bench.sqlite3",
        "STATIC_ROOT": str(Path(workdir) / "static"),
        # The media of a prepared demo database (bench/pages.py's DEMO_SQLITE), else a fresh folder.
        "MEDIA_ROOT": os.environ.get("BENCH_MEDIA_ROOT") or str(Path(workdir) / "media"),
        "CACHE_DIR": str(Path(workdir) / "cache"),  # never a page cached by an earlier run
        "LOG_LEVEL": "ERROR",
    }


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=PROJECT, env=env, check=True, stdout=subprocess.DEVNULL)


def shell_json(env, code):
    """What `code`, run in the project's Django shell, prints as JSON on its last line."""
    output = subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", code], cwd=PROJECT, env=env, check=True, capture_output=True
    )
    return json.loads(output.stdout.decode().strip().splitlines()[-1])


@contextlib.contextmanager
def production_server(prepare, port=8765, database_url=None):
    """Migrate a fresh database, let `prepare(env)` fill it, and serve it with gunicorn on 127.0.0.1."""
    with tempfile.TemporaryDirectory() as workdir:
        env = server_environment(workdir, database_url)
        manage(env, "migrate", "--noinput")
        manage(env, "collectstatic", "--noinput")
        manage(env, "compile_translations")
        prepare(env)
        server = subprocess.Popen(
            [
                PYTHON,
                "-m",
                "gunicorn",
                "-c",
                "portal/gunicorn.conf.py",
                "--workers",
                "2",
                "--access-logfile",
                "/dev/null",
                "portal.wsgi",
            ],
            cwd=PROJECT,
            env={**env, "GUNICORN_BIND": f"127.0.0.1:{port}"},
        )
        try:
            wait_until_up(port)
            yield port
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


@contextlib.contextmanager
def demo_server(after=None, port=8765):
    """`production_server` with the demo content: `load_demo` into a fresh database, or a copy of the
    SQLite database DEMO_SQLITE names (filled by load_demo before; its media in BENCH_MEDIA_ROOT).
    `after(env)` runs once the content is there."""
    demo = os.environ.get("DEMO_SQLITE")

    def prepare(env):
        if not demo:
            manage(env, "load_demo")
        if after:
            after(env)

    with tempfile.TemporaryDirectory() as folder:
        database_url = os.environ.get("DATABASE_URL")
        if demo:
            shutil.copyfile(demo, Path(folder) / "demo.sqlite3")
            database_url = f"sqlite:///{folder}/demo.sqlite3"
        with production_server(prepare, port=port, database_url=database_url) as served:
            yield served


def wait_until_up(port, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            http.client.HTTPConnection("127.0.0.1", port, timeout=1).request("HEAD", "/robots.txt")
            return
        time.sleep(0.2)
    raise RuntimeError(f"the benchmark server did not start on port {port}")


def measure(port, path, requests=200, timeout=10):
    """Latencies of `requests` sequential GETs over one keep-alive connection (bounded loop)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    latencies = []
    started = time.perf_counter()
    for _ in range(requests):
        begin = time.perf_counter()
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            raise RuntimeError(f"{path} answered {response.status}")
        latencies.append(time.perf_counter() - begin)
    elapsed = time.perf_counter() - started
    return {
        "path": path,
        "median_ms": statistics.median(latencies) * 1000,
        "p95_ms": statistics.quantiles(latencies, n=20)[-1] * 1000,
        "requests_per_second": requests / elapsed,
    }


def side_by_side(port, paths, rounds=5, requests=300):
    """Each of `paths` ({label: path}) measured in turn, `rounds` times over, each figure the median of its
    rounds: whatever a shared machine does meanwhile touches every path alike."""
    rounds_of = {label: [] for label in paths}
    for _ in range(rounds):
        for label, path in paths.items():
            rounds_of[label].append(measure(port, path, requests))
    return [
        {
            "path": label,
            **{
                figure: statistics.median(result[figure] for result in results)
                for figure in ("median_ms", "p95_ms", "requests_per_second")
            },
        }
        for label, results in rounds_of.items()
    ]


def report(results, baseline):
    print(f"{'path':45} {'median ms':>10} {'p95 ms':>8} {'req/s':>8} {'× static':>9}")
    for result in [baseline, *results]:
        ratio = result["median_ms"] / baseline["median_ms"]
        print(
            f"{result['path']:45} {result['median_ms']:10.2f} {result['p95_ms']:8.2f} "
            f"{result['requests_per_second']:8.1f} {ratio:9.1f}"
        )
