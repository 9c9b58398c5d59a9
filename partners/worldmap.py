"""Country outlines for the server-side partner map, read from the pygal_maps_world package.

The package ships a world SVG with one group of paths per ISO code. We read its geometry once per
process, keep only the end points of its curves, scale it down and simplify it, so the whole map
weighs tens of kilobytes and can sit inline in the page (no tiles, no requests leaving the site).
"""

import math
import re
from functools import cache
from importlib.resources import files
from typing import NamedTuple
from xml.etree import ElementTree

SOURCE_WIDTH = 2475
WIDTH = 1000
SCALE = WIDTH / SOURCE_WIDTH
HEIGHT = round(1388 * SCALE)
# Outline points closer than this (in map units) to the simplified line are dropped.
TOLERANCE = 0.7
# Islands smaller than this (in square map units) are dropped unless they are all a country has.
MIN_AREA = 4
# Countries narrower and lower than this get a marker so that they can be seen and clicked.
TINY = 8
# Kosovo has no outline of its own in the source map: its marker sits between Serbia and Albania.
KOSOVO = (546.5, 128.5)
SVG_NS = "{http://www.w3.org/2000/svg}"
TOKEN = re.compile(r"[mclhvsz]|-?\d*\.?\d+(?:e-?\d+)?", re.IGNORECASE)
ARITY = {"m": 2, "l": 2, "c": 6, "s": 4, "h": 1, "v": 1}


def _rings(d):
    """The closed rings of a path written with relative commands, as lists of absolute points."""
    rings, ring = [], []
    x = y = start_x = start_y = 0.0
    command = None
    tokens = TOKEN.findall(d)
    i = 0
    while i < len(tokens):
        if tokens[i].isalpha():
            command = tokens[i].lower()
            i += 1
            if command == "z":
                if ring:
                    rings.append(ring)
                ring, x, y = [], start_x, start_y
                continue
        numbers = [float(value) for value in tokens[i : i + ARITY[command]]]
        i += ARITY[command]
        if command == "h":
            x += numbers[0]
        elif command == "v":
            y += numbers[0]
        else:
            x += numbers[-2]
            y += numbers[-1]
        if command == "m":
            if ring:
                rings.append(ring)
            ring, start_x, start_y = [], x, y
            command = "l"  # further pairs after a moveto are line segments
        ring.append((x * SCALE, y * SCALE))
    if ring:
        rings.append(ring)
    return rings


def _simplify(points):
    """Ramer–Douglas–Peucker simplification of one ring."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        length = math.hypot(x2 - x1, y2 - y1) or 1e-9
        farthest, distance = None, TOLERANCE
        for index in range(first + 1, last):
            px, py = points[index]
            d = abs((x2 - x1) * (y1 - py) - (x1 - px) * (y2 - y1)) / length
            if d > distance:
                farthest, distance = index, d
        if farthest is not None:
            keep[farthest] = True
            stack += [(first, farthest), (farthest, last)]
    return [point for point, kept in zip(points, keep, strict=True) if kept]


def _area(points):
    return (
        abs(
            sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True))
        )
        / 2
    )


def _path_data(rings):
    parts = []
    for ring in rings:
        rounded = [(round(x, 1), round(y, 1)) for x, y in ring]
        (x0, y0), previous = rounded[0], rounded[0]
        steps = []
        for x, y in rounded[1:]:
            steps.append(f"{x - previous[0]:.3g} {y - previous[1]:.3g}")
            previous = (x, y)
        parts.append(f"M{x0:g} {y0:g}l" + " ".join(steps) + "z")
    return "".join(parts)


class Outline(NamedTuple):
    """A country on the map: its path data, the centre of its bounding box, and whether it is tiny."""

    d: str
    x: float
    y: float
    tiny: bool


def _outline(rings):
    xs = [x for ring in rings for x, _y in ring]
    ys = [y for ring in rings for _x, y in ring]
    tiny = max(xs) - min(xs) < TINY and max(ys) - min(ys) < TINY
    return Outline(
        _path_data(rings), round((min(xs) + max(xs)) / 2, 1), round((min(ys) + max(ys)) / 2, 1), tiny
    )


@cache
def country_outlines():
    """Every country on the map by upper-case ISO 3166-1 code, plus Kosovo, which the map merges with Serbia."""
    # The file ships inside an installed package, not from a visitor: plain ElementTree is safe here.
    tree = ElementTree.parse(files("pygal_maps_world").joinpath("worldmap.svg").open("rb"))  # noqa: S314
    outlines = {}
    for group in tree.iter(f"{SVG_NS}g"):
        classes = group.get("class", "").split()
        if "country" not in classes:
            continue
        raw = [ring for path in group.iter(f"{SVG_NS}path") for ring in _rings(path.get("d", ""))]
        rings = [ring for ring in map(_simplify, raw) if len(ring) >= 3 and _area(ring) >= MIN_AREA]
        # A country too small to survive simplification keeps its largest original ring.
        kept = rings or sorted(raw, key=_area)[-1:]
        if kept:
            outlines[classes[0].upper()] = _outline(kept)
    outlines["XK"] = Outline("", *KOSOVO, tiny=True)
    return outlines
