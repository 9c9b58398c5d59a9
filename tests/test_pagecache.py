"""The anonymous page cache: what is stored, under which key, and what never is."""

import pytest
from django.core.cache import cache
from django.utils import timezone

from pagecache import store
from privacy.consent import COOKIE_NAME, STATE_COOKIE_NAME, Consent, sign, state_of
from privacy.models import ConsentSettings

from .factories import ContentPageFactory

STATS = "https://stats.example.org/js/script.js"


pytestmark = pytest.mark.usefixtures("page_cache")


@pytest.fixture
def housing(translated_home):
    return ContentPageFactory(
        parent=translated_home["en"], title="Housing", slug="housing", intro="Where to live."
    )


@pytest.fixture
def consent_settings(home_page):
    return ConsentSettings.objects.create(
        locale=home_page.locale,
        banner_text="We would like to count visits.",
        necessary_description="Remember your choice.",
        policy_version="3",
        statistics_scripts=STATS,
    )


def decide(client, categories, version="3"):
    """The two cookies a decision sets: the signed one and its plain state for shared caches."""
    consent = Consent("a" * 32, frozenset(categories), version, timezone.localdate().isoformat())
    client.cookies[COOKIE_NAME] = sign(consent)
    client.cookies[STATE_COOKIE_NAME] = state_of(consent)


def test_second_anonymous_visit_is_served_from_the_cache_with_the_same_page_and_headers(client, housing):
    first = client.get("/en/housing/")
    second = client.get("/en/housing/")
    assert (first["X-Cache"], second["X-Cache"]) == ("miss", "hit")
    assert second.content == first.content and "Where to live." in second.text
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert second["Content-Type"] == first["Content-Type"]
    assert client.head("/en/housing/")["X-Cache"] == "hit"


def test_a_hit_costs_no_database_query(client, housing, django_assert_num_queries):
    client.get("/en/housing/")
    with django_assert_num_queries(0):
        assert client.get("/en/housing/")["X-Cache"] == "hit"


def test_query_strings_are_normalised_and_junk_is_never_stored(client, housing):
    client.get("/en/search/?q=housing&page=1")
    assert client.get("/en/search/?page=1&q=housing")["X-Cache"] == "hit"
    stored = len(cache._cache)
    for junk in ("?utm_source=x", "?q=" + "x" * 600, "?" + "&".join(f"page={n}" for n in range(30))):
        response = client.get("/en/housing/" + junk)
        assert response.status_code == 200 and "X-Cache" not in response, junk
    assert len(cache._cache) == stored


def test_each_consent_state_has_its_own_copy_with_its_own_policy(client, housing, consent_settings):
    undecided = client.get("/en/housing/")
    assert (
        "We would like to count visits." in undecided.text and STATS not in undecided.text.split("<main")[1]
    )
    decide(client, {"statistics"})
    accepted = client.get("/en/housing/")
    assert accepted["X-Cache"] == "miss"
    assert f'<script src="{STATS}"' in accepted.text and "We would like to count visits." not in accepted.text
    assert client.get("/en/housing/").content == accepted.content
    decide(client, set())
    rejected = client.get("/en/housing/")
    assert rejected["X-Cache"] == "miss" and f'<script src="{STATS}"' not in rejected.text
    assert "stats.example.org" not in rejected["Content-Security-Policy"]
    # Global Privacy Control refuses whatever the cookie says: never the accepted copy.
    decide(client, {"statistics"})
    gpc = client.get("/en/housing/", HTTP_SEC_GPC="1")
    assert gpc["X-Cache"] == "miss" and f'<script src="{STATS}"' not in gpc.text
    # A forged cookie is no decision: the undecided copy.
    client.cookies[COOKIE_NAME] = "forged"
    del client.cookies[STATE_COOKIE_NAME]
    assert client.get("/en/housing/").content == undecided.content


def test_logged_in_editors_previews_and_forms_are_never_cached(client, admin_client, housing):
    assert "X-Cache" not in admin_client.get("/en/housing/")
    assert "X-Cache" not in admin_client.get("/en/housing/")
    client.get("/en/housing/")
    # The editor's request never got the anonymous copy either.
    assert "X-Cache" not in admin_client.get("/en/housing/")
    assert "X-Cache" not in admin_client.get("/admin/")
    # The enquiry form carries the visitor's own CSRF token.
    first, second = client.get("/en/ask/"), client.get("/en/ask/")
    assert first.status_code == 200 and "X-Cache" not in first and "X-Cache" not in second


def test_not_found_is_cached_briefly_and_errors_are_not(client, housing):
    assert client.get("/en/no-such-page/").status_code == 404
    assert client.get("/en/no-such-page/")["X-Cache"] == "hit"
    redirect = client.get("/")
    assert redirect.status_code == 302 and "X-Cache" not in redirect


def test_private_pages_are_never_stored(client, housing):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=housing, restriction_type="password", password="s3cret-pass")
    for _ in range(2):
        response = client.get("/en/housing/")
        assert "Where to live." not in response.text and "X-Cache" not in response


def test_redis_down_means_uncached_pages_never_an_error(client, housing, settings):
    client.get("/en/housing/")
    assert client.get("/en/housing/")["X-Cache"] == "hit"  # now also kept in this process's memory
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",  # the discard port: nothing answers there
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2},
        }
    }
    for _ in range(2):
        response = client.get("/en/housing/")
        assert response.status_code == 200 and "Where to live." in response.text
        assert response.get("X-Cache") != "hit"


def test_a_process_serves_its_own_copy_until_any_process_purges_then_checks_the_shared_cache(client, housing):
    client.get("/en/housing/")
    assert client.get("/en/housing/")["X-Cache"] == "hit"
    # Another process purged something else: this copy is checked again, still current.
    store.purge({store.page_tag(housing.pk + 1000)})
    assert client.get("/en/housing/")["X-Cache"] == "hit"
    # Another process purged this page: the copy in this process's memory is not served.
    store.purge({store.page_tag(housing.pk)})
    assert client.get("/en/housing/")["X-Cache"] == "miss"


def test_local_copies_are_bounded_in_bytes_and_by_their_epoch_and_expiry():
    copies = store.LocalCopies(max_bytes=25)
    later = store.time.time() + 60
    for key in ("a", "b", "c"):
        copies.keep(key, epoch=1, expires=later, response=(200, [], b"x" * 10))
    assert copies.get("a", epoch=1) is None and copies.get("c", epoch=1) is not None
    assert copies.size == 20
    assert copies.get("b", epoch=2) is None and "b" not in copies.copies
    copies.keep("old", epoch=1, expires=store.time.time() - 1, response=(200, [], b"x"))
    assert copies.get("old", epoch=1) is None
    copies.keep("huge", epoch=1, expires=later, response=(200, [], b"x" * 26))
    assert copies.get("huge", epoch=1) is None and copies.size == 10
