"""Every page type of the demo in one language, and what a screen of it must show: the layout checks
shared by the Arabic and the phone journeys."""

from django.conf import settings
from wagtail.models import Page

# Pages that are views of a page or of the portal rather than page types of their own.
COOKIE_SETTINGS = "cookie-settings/"
VIEWS = ["search/?q=Erasmus", "ask/", COOKIE_SETTINGS, "no-such-page/"]
ROUTES = {"gallerypage": ["1/"], "newsindexpage": ["2022/"]}

# The screen's geometry, measured in the page: overflow, the text direction and the main heading's lines.
MEASURE = """() => {
    const heading = document.querySelector("main h1");
    if (!heading) return {heading: null};
    const box = heading.getBoundingClientRect();
    const style = getComputedStyle(heading);
    const range = document.createRange();
    range.selectNodeContents(heading);
    const lines = new Map();
    for (const rect of range.getClientRects()) {
        if (!rect.width) continue;
        const top = Math.round(rect.top);
        const line = lines.get(top) || {left: Infinity, right: -Infinity};
        lines.set(top, {left: Math.min(line.left, rect.left), right: Math.max(line.right, rect.right)});
    }
    return {
        scrollWidth: document.scrollingElement.scrollWidth,
        innerWidth: window.innerWidth,
        dir: document.documentElement.dir,
        heading: {
            text: heading.textContent.trim(),
            bottom: box.bottom,
            contentLeft: box.left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth),
            contentRight: box.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth),
            lines: [...lines.values()],
        },
    };
}"""


def page_type_paths():
    """Paths without the language prefix: the first English page of every page type, then the views.

    Slugs are the same in every language, so each path names that page's translation, or the
    "not translated yet" page where a language has none.
    """
    first = {}
    pages = Page.objects.live().public().filter(locale__language_code=settings.LANGUAGE_CODE, depth__gte=2)
    for page in pages.select_related("content_type").order_by("path"):
        first.setdefault(page.content_type.model, page)
    prefix = f"/{settings.LANGUAGE_CODE}/"
    paths = []
    for model, page in first.items():
        path = page.url.removeprefix(prefix)
        paths.append(path)
        paths.extend(path + route for route in ROUTES.get(model, []))
    return paths + VIEWS


def screen_problems(page, *, first_screen=None, rtl=False):
    """What is wrong with the screen `page` shows now: horizontal overflow, a missing main heading,
    a heading below the first `first_screen` pixels, and in right-to-left languages a page that is not
    `dir=rtl` or a heading not set at its inline start (the right)."""
    found = page.evaluate(MEASURE)
    heading = found["heading"]
    if heading is None:
        return ["no <h1> in <main>"]
    problems = []
    if found["scrollWidth"] > found["innerWidth"]:
        problems.append(f"scrolls sideways: {found['scrollWidth']} px wide in {found['innerWidth']} px")
    if first_screen is not None and heading["bottom"] > first_screen:
        problems.append(f"<h1> ends at {heading['bottom']:.0f} px, below the first {first_screen} px")
    if rtl:
        if found["dir"] != "rtl":
            problems.append(f"dir={found['dir']!r}")
        ragged = [line for line in heading["lines"] if abs(line["right"] - heading["contentRight"]) > 2]
        if ragged or heading["contentRight"] <= found["innerWidth"] / 2:
            problems.append(f"<h1> {heading['text']!r} is not at the inline start (right)")
    return problems
