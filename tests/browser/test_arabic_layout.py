"""Every page type in Arabic, on a phone and on a desktop: mirrored, no sideways scrolling, the heading
at the inline start, the first screen showing it beside the cookie banner, and no axe-core violation."""

from .accessibility import assert_accessible
from .layout import COOKIE_SETTINGS, page_type_paths, screen_problems

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}


def test_every_arabic_page_type_mirrors_on_a_phone_and_a_desktop(demo_site, browser, tmp_path):
    context = browser.new_context(locale="ar", viewport=PHONE)
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    problems = {}
    try:
        for path in page_type_paths():
            tab.goto(f"{demo_site.url}/ar/{path}")
            # The cookie settings page is the banner's own form and shows no banner.
            assert tab.locator(".consent-banner").is_visible() == (path != COOKIE_SETTINGS), path
            found = screen_problems(tab, first_screen=PHONE["height"], rtl=True)
            name = path.strip("/").replace("/", "_").replace("?", "_") or "home"
            tab.screenshot(path=tmp_path / f"ar-{name}-390.png")
            tab.set_viewport_size(DESKTOP)
            found += [f"at 1280 px: {problem}" for problem in screen_problems(tab, rtl=True)]
            tab.screenshot(path=tmp_path / f"ar-{name}-1280.png")
            try:
                assert_accessible(tab)
            except AssertionError as violations:  # collected, to report every page type at once
                found.append(str(violations))
            tab.set_viewport_size(PHONE)
            if path == "news/":
                found += arrow_problems(tab)
            if found:
                problems[path] = found
    finally:
        context.close()
    assert not problems, problems


def arrow_problems(tab):
    """The "next" arrow of the pagination points left in Arabic, and right once the page is made LTR."""
    content = "() => getComputedStyle(document.querySelector('.pagination a[rel=next]'), '::after').content"
    rtl = tab.evaluate(content)
    tab.evaluate("() => { document.documentElement.dir = 'ltr'; }")
    ltr = tab.evaluate(content)
    tab.evaluate("() => { document.documentElement.dir = 'rtl'; }")
    return [] if ("←" in rtl and "→" in ltr) else [f"the next arrow is {rtl} in RTL and {ltr} in LTR"]
