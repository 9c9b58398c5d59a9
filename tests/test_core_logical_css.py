"""Every style sheet uses logical properties where CSS has them, so right-to-left pages mirror by themselves."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SKIPPED = {".venv", "node_modules", "staticfiles", "media", "var", ".git"}

# Physical properties and values with a logical equivalent, and that equivalent.
PHYSICAL = [
    (re.compile(r"^(margin|padding)-(left|right)$"), "margin-inline-start / padding-inline-end"),
    (re.compile(r"^border-(left|right)(-(width|style|color))?$"), "border-inline-start / -end"),
    (re.compile(r"^border-(top|bottom)-(left|right)-radius$"), "border-start-start-radius, …"),
    (re.compile(r"^(left|right)$"), "inset-inline-start / -end"),
    (re.compile(r"^scroll-(margin|padding)-(left|right)$"), "scroll-margin-inline-start, …"),
]
PHYSICAL_VALUES = {"text-align", "float", "clear", "resize"}
DECLARATION = re.compile(r"(?:^|[;{])\s*(?P<property>[a-z-]+)\s*:\s*(?P<value>[^;{}]*)")
COMMENT = re.compile(r"/\*.*?\*/", re.S)


def physical_declarations(css):
    """(property: value, logical alternative) of each declaration in `css` that should be logical."""
    found = []
    for match in DECLARATION.finditer(COMMENT.sub("", css)):
        name, value = match["property"], match["value"].strip()
        for pattern, logical in PHYSICAL:
            if pattern.match(name):
                found.append((f"{name}: {value}", logical))
        if name in PHYSICAL_VALUES and re.search(r"\b(left|right)\b", value):
            found.append((f"{name}: {value}", "start / end (inline-start / inline-end for float and clear)"))
    return found


def style_sheets():
    for path in (
        path
        for top in ROOT.iterdir()
        if top.is_dir() and top.name not in SKIPPED
        for path in top.rglob("*.css")
    ):
        if not set(path.relative_to(ROOT).parts) & SKIPPED:
            yield path


def test_the_check_finds_physical_properties_and_values():
    css = """
    /* margin-left: 1rem in a comment is fine */
    .a { margin-left: 1rem; text-align: right }
    .b{border-top-right-radius:2px;left:0}
    .c { float: inline-start; text-align: start; margin-inline-start: 1rem; inset-inline: 0 }
    """
    assert [declaration for declaration, _logical in physical_declarations(css)] == [
        "margin-left: 1rem",
        "text-align: right",
        "border-top-right-radius: 2px",
        "left: 0",
    ]


def test_style_sheets_use_logical_properties():
    sheets = list(style_sheets())
    assert any(path.name == "main.css" for path in sheets)
    found = {
        str(path.relative_to(ROOT)): declarations
        for path in sheets
        if (declarations := physical_declarations(path.read_text()))
    }
    assert not found, f"Physical properties where a logical one exists: {found}"
