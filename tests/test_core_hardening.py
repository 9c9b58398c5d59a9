"""Limits on what anonymous clients can add or try, in the shared cache (Redis), and security headers."""

import pytest
from django.db import transaction
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from privacy.consent import cache_key, get_config
from privacy.models import ConsentRecord, ConsentSettings

SAME_SITE = {"HTTP_SEC_FETCH_SITE": "same-origin"}


@pytest.fixture
def consent_settings(home_page):
    return ConsentSettings.objects.create(
        locale=home_page.locale,
        banner_text="We would like to count visits.",
        necessary_description="Remember your choice.",
        statistics_scripts="/static/privacy/example-statistics.js",
    )


def test_every_response_switches_off_unused_browser_features(client, home_page, admin_client):
    for response in (client.get("/en/"), admin_client.get("/admin/")):
        policy = response["Permissions-Policy"]
        assert "camera=()" in policy and "geolocation=()" in policy and "microphone=()" in policy


def test_head_requests_are_answered_like_get(client, home_page, consent_settings, redis_cache):
    for url in (
        "/en/search/",
        "/en/search/?q=student",
        "/en/search/autocomplete/?q=st",
        "/en/cookie-settings/",
    ):
        response = client.head(url)
        assert response.status_code == 200, url
        assert response.content == b""


def test_distinct_searches_of_one_client_add_a_bounded_number_of_rows(
    client, search_site, settings, redis_cache
):
    settings.SEARCH_LOG_LIMIT = 5
    for number in range(20):
        assert client.get("/en/search/", {"q": f"scholarship{number}"}).status_code == 200
    assert Query.objects.count() == 5
    assert QueryDailyHits.objects.count() == 5
    # Another client still has its searches counted for the popular-searches report.
    client.get("/en/search/", {"q": "dormitory"}, REMOTE_ADDR="192.0.2.7")
    assert Query.objects.filter(query_string="dormitory").exists()


def test_consent_posts_of_one_client_add_a_bounded_number_of_records(
    client, consent_settings, settings, redis_cache
):
    settings.CONSENT_RECORD_LIMIT = 3
    for number in range(10):
        client.cookies.clear()
        action = "accept_all" if number % 2 else "reject_all"
        response = client.post("/en/cookie-settings/", {"action": action, "next": "/en/"}, **SAME_SITE)
        assert response.status_code == 303  # the visitor's choice still counts: only the log is bounded
    assert ConsentRecord.objects.count() == 3


def test_the_same_decision_again_adds_no_record(client, consent_settings, redis_cache):
    for _ in range(5):
        client.post("/en/cookie-settings/", {"action": "reject_all", "next": "/en/"}, **SAME_SITE)
    assert ConsentRecord.objects.count() == 1
    client.post("/en/cookie-settings/", {"action": "accept_all", "next": "/en/"}, **SAME_SITE)
    assert ConsentRecord.objects.count() == 2


def test_admin_login_is_throttled_after_repeated_failures(client, django_user_model, settings, redis_cache):
    settings.ADMIN_LOGIN_FAILURE_LIMIT = 3
    django_user_model.objects.create_user("editor", password="right-password", is_superuser=True)
    for _ in range(3):
        response = client.post("/admin/login/", {"username": "editor", "password": "wrong"})
        assert response.status_code == 200 and "_auth_user_id" not in client.session
    refused = client.post("/admin/login/", {"username": "editor", "password": "right-password"})
    assert refused.status_code == 429 and "Too many failed sign-in attempts" in refused.text
    assert int(refused["Retry-After"]) == settings.ADMIN_LOGIN_FAILURE_PERIOD
    assert "_auth_user_id" not in client.session
    # Another client is not locked out by someone else's failures.
    other = client.post(
        "/admin/login/", {"username": "editor", "password": "right-password"}, REMOTE_ADDR="192.0.2.9"
    )
    assert other.status_code == 302


def test_consent_settings_saved_while_another_worker_reads_are_not_cached_stale(
    home_page, consent_settings, redis_cache, django_capture_on_commit_callbacks
):
    old = get_config("en")
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        consent_settings.banner_text = "New banner."
        consent_settings.save()
        # Another worker reads the old row before the commit and caches it in the shared cache.
        redis_cache.set(cache_key("en"), old)
    assert get_config("en").banner_text == "New banner."
