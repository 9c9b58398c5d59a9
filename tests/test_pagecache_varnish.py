"""Debian's Varnish with the shipped VCL (deploy/varnish/default.vcl) in front of the test server:
publishes are visible through it at once, and each consent state gets its own copy."""

import http.client
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from django.utils import timezone

from privacy.consent import COOKIE_NAME, STATE_COOKIE_NAME, Consent, sign, state_of
from privacy.models import ConsentSettings

from .factories import ContentPageFactory
from .protocol_servers import free_port

VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"
VCL = Path(__file__).resolve().parent.parent / "deploy" / "varnish" / "default.vcl"
STATS = "https://stats.example.org/js/script.js"

pytestmark = pytest.mark.skipif(not Path(VARNISHD).exists(), reason="varnishd is installed by .ci/run")


@pytest.fixture(scope="module")
def varnish_server(live_server, tmp_path_factory):
    """varnishd on a free port, the shipped VCL pointed at the live test server."""
    tmp_path = tmp_path_factory.mktemp("varnish")
    backend_port = live_server.url.rsplit(":", 1)[1]
    vcl = tmp_path / "default.vcl"
    vcl.write_text(VCL.read_text().replace('.port = "8000";', f'.port = "{backend_port}";'))
    port = free_port()
    process = subprocess.Popen(
        # No jail: the test's folders belong to the user running the tests, not to Varnish's own user.
        [
            VARNISHD,
            "-F",
            "-j",
            "none",
            "-a",
            f"127.0.0.1:{port}",
            "-f",
            str(vcl),
            "-n",
            str(tmp_path / "varnish"),
            "-s",
            "malloc,32m",
            "-p",
            "ban_lurker_sleep=0.01",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 30
    while True:
        assert process.poll() is None, process.stderr.read().decode()
        try:
            fetch(port, "/healthz")
            break
        except OSError:
            assert time.monotonic() < deadline, "varnishd did not start"
            time.sleep(0.1)
    yield port
    process.terminate()
    process.wait(timeout=20)


@pytest.fixture
def varnish(varnish_server):
    """The Varnish server, emptied of what earlier tests (and their databases) left."""
    connection = http.client.HTTPConnection("127.0.0.1", varnish_server, timeout=20)
    connection.request("BAN", "/", headers={"X-Ban-Url": "."})
    assert connection.getresponse().status == 200
    connection.close()
    return varnish_server


def fetch(port, path, cookies=None, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    try:
        sent = {"Host": "localhost", **(headers or {})}
        if cookies:
            sent["Cookie"] = "; ".join(f"{name}={value}" for name, value in cookies.items())
        connection.request("GET", path, headers=sent)
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read().decode()
    finally:
        connection.close()


@pytest.fixture
def site(transactional_db, settings, varnish, home_page):
    settings.PAGE_CACHE_TIMEOUT = 600
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{varnish}",
        }
    }
    ConsentSettings.objects.create(
        locale=home_page.locale,
        banner_text="We would like to count visits.",
        necessary_description="Remember your choice.",
        policy_version="3",
        statistics_scripts=STATS,
    )
    page = ContentPageFactory(parent=home_page, title="Housing", slug="housing", intro="Where to live.")
    return page


def accepted(categories):
    consent = Consent("b" * 32, frozenset(categories), "3", timezone.localdate().isoformat())
    return {COOKIE_NAME: sign(consent), STATE_COOKIE_NAME: state_of(consent), "_ga": "GA1.2.3"}


def test_a_publish_is_visible_through_varnish_at_once(site, varnish):
    status, headers, body = fetch(varnish, "/en/housing/")
    assert status == 200 and "Where to live." in body
    assert "s-maxage=" in headers["Cache-Control"]
    status, headers, body = fetch(varnish, "/en/housing/")
    assert headers["X-Varnish-Cache"] == "hit"
    site.intro = "Dormitories and flats near the campus."
    site.save_revision().publish()
    status, headers, body = fetch(varnish, "/en/housing/")
    assert headers["X-Varnish-Cache"] == "miss" and "Dormitories and flats near the campus." in body
    # A site-wide change (the banner is on every page) is banned everywhere.
    assert fetch(varnish, "/en/housing/")[1]["X-Varnish-Cache"] == "hit"
    ConsentSettings.objects.update(banner_text="We count visits, never who you are.")
    ConsentSettings.objects.get().save()
    time.sleep(0.2)  # the ban lurker
    assert "We count visits, never who you are." in fetch(varnish, "/en/housing/")[2]


def test_each_consent_state_gets_its_own_copy_through_varnish(site, varnish):
    for _ in range(2):
        undecided = fetch(varnish, "/en/housing/")[2]
        consenting = fetch(varnish, "/en/housing/", cookies=accepted({"statistics"}))
        refusing = fetch(varnish, "/en/housing/", cookies=accepted(set()))
        gpc = fetch(varnish, "/en/housing/", cookies=accepted({"statistics"}), headers={"Sec-GPC": "1"})
    assert consenting[1]["X-Varnish-Cache"] == "hit" and refusing[1]["X-Varnish-Cache"] == "hit"
    assert "We would like to count visits." in undecided and f'src="{STATS}"' not in undecided
    assert "We would like to count visits." not in consenting[2] and f'src="{STATS}"' in consenting[2]
    assert f'src="{STATS}"' not in refusing[2] and "We would like to count visits." not in refusing[2]
    assert f'src="{STATS}"' not in gpc[2]
    assert consenting[1]["Vary"] == "Cookie"


def test_a_forged_state_cookie_never_fills_the_shared_copy(site, varnish):
    # It claims "statistics" without the signed decision: rendered with the banner, kept private.
    forged = fetch(varnish, "/en/housing/", cookies={STATE_COOKIE_NAME: "3:statistics"})
    assert "private" in forged[1]["Cache-Control"] and "We would like to count visits." in forged[2]
    consenting = fetch(varnish, "/en/housing/", cookies=accepted({"statistics"}))[2]
    assert f'src="{STATS}"' in consenting and "We would like to count visits." not in consenting


def test_forms_and_editors_are_never_shared(site, varnish, admin_user):
    first = fetch(varnish, "/en/ask/")
    second = fetch(varnish, "/en/ask/")
    assert first[0] == 200 and second[1]["X-Varnish-Cache"] == "miss"
    assert "private" in first[1]["Cache-Control"] or "no-store" in first[1]["Cache-Control"]
