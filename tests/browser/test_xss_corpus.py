"""The XSS corpus in Chromium: no payload in a query parameter or a stored title runs (window.__xss, dialogs)."""

from urllib.parse import urlencode

from news.models import NewsIndexPage
from tests.factories import NewsPageFactory
from tests.xss_corpus import PAYLOADS


def ran(page):
    return page.evaluate("() => window.__xss !== undefined")


def test_no_payload_runs_in_the_browser(demo_site, page):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    index = NewsIndexPage.objects.get(locale__language_code="en")
    for start in range(0, len(PAYLOADS), 10):
        chunk = " ".join(PAYLOADS[start : start + 10])
        NewsPageFactory(parent=index, title=chunk.replace("\n", " ")[:255], lead=chunk, slug=f"xss-{start}")
    # Hovering, focusing and a moment's wait give handlers that need them their chance.
    for url in [f"{demo_site.url}/en/news/", f"{demo_site.url}/en/news/xss-0/"]:
        page.goto(url)
        page.mouse.move(200, 300)
        page.wait_for_timeout(300)
        assert not ran(page), url
    found = []
    for payload in PAYLOADS:
        for path, name in [("/en/search/", "q")]:
            page.goto(f"{demo_site.url}{path}?{urlencode({name: payload})}")
            if ran(page):
                found.append((path, payload))
    assert (found, dialogs) == ([], [])
    # The check itself works: a page without the portal's Content-Security-Policy runs a payload.
    page.goto("about:blank")
    page.set_content("<img src=x onerror=window.__xss=1>")
    page.wait_for_function("() => window.__xss !== undefined")
