"""Print the demo's programme PDFs from the text in documents/demo.py, as tagged PDF files.

    .venv/bin/python documents/programme/build.py

A development step, run after the text changes; the PDFs are committed next to this script, so the
portal and `load_demo` need neither Chromium nor Playwright. Chromium writes a structure tree
(a heading per day, paragraphs, reading order), the document's language and its title, and an
outline of the headings: what a screen reader needs. tests/test_documents.py checks the files.
"""

import html
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

FOLDER = Path(__file__).resolve().parent
sys.path.insert(0, str(FOLDER.parent.parent))

from documents.demo import PROGRAMME  # noqa: E402


def source(language):
    """The programme as an HTML document in its language."""
    text = PROGRAMME[language]
    days = "".join(
        f"<section><h2>{html.escape(day)}</h2><p>{html.escape(events)}</p></section>"
        for day, events in text["days"]
    )
    return (
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8">'
        f"<title>{html.escape(text['title'])}</title></head><body><main>"
        f"<h1>{html.escape(text['title'])}</h1><p>{html.escape(text['subtitle'])}</p>{days}</main></body></html>"
    )


def main():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--host-resolver-rules=MAP * ~NOTFOUND",  # nothing is fetched: the page is built here
            ],
        )
        page = browser.new_page()
        for language, text in PROGRAMME.items():
            page.set_content(source(language))
            page.add_style_tag(path=FOLDER / "programme.css")
            path = FOLDER / text["filename"]
            path.write_bytes(page.pdf(prefer_css_page_size=True, tagged=True, outline=True))
            print(path.relative_to(FOLDER.parent.parent))
        browser.close()


if __name__ == "__main__":
    main()
