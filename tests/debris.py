"""Code debris in what a reader sees: leftovers of templates, Python or JavaScript that no
customer should ever read (a raw tuple beside a date, `None`, `{{ name }}`, `undefined`)."""
from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

DEBRIS = {
    "a Python tuple or list": re.compile(r"[(\[]\s*(?:'[^']*'|\"[^\"]*\"|\d+)\s*,\s*(?:'[^']*'|\"[^\"]*\")"),
    "a Python dict": re.compile(r"\{\s*'[^']*'\s*:"),
    "a Python value": re.compile(r"\b(?:None|True|False)\b"),
    "a Python object": re.compile(r"<[\w.]+ object at 0x|\bTraceback \(most recent"),
    "an unrendered template": re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}"),
    "a placeholder left in": re.compile(r"%\(\w+\)s|\{(?:topic|title|date|time|item|name)\}"),
    "a JavaScript value": re.compile(r"\b(?:undefined|NaN|null)\b|\[object \w+\]"),
    "a writer's note": re.compile(r"\b(?:TODO|FIXME|XXX)\b"),
    "markup shown as text": re.compile(r"<\/?[a-zA-Z][\w-]*[\s>/]|&(?:amp|lt|gt|quot|#\d+);"),
}
SHOWN_ATTRIBUTES = ("title", "alt", "aria-label", "placeholder")
UNSHOWN = ("script", "style", "head")


def debris_in(text: str) -> list[tuple[str, str]]:
    """(what it is, the text around it) for every piece of debris in `text`."""
    found = []
    for kind, pattern in DEBRIS.items():
        for match in pattern.finditer(text):
            found.append((kind, text[max(0, match.start() - 30):match.end() + 30].replace("\n", " ")))
    return found


class _ShownText(HTMLParser):
    """The text of a page a reader can see or hear: text nodes outside script, style and
    head (templates included: they are shown by the page's script), and shown attributes."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in UNSHOWN:
            self.skipping += 1
        for name, value in attrs:
            if name in SHOWN_ATTRIBUTES and value:
                self.parts.append(value)
        if tag == "meta":
            values = dict(attrs)
            if values.get("name") == "description" or (values.get("property") or "").startswith("og:"):
                self.parts.append(values.get("content") or "")

    def handle_endtag(self, tag):
        if tag in UNSHOWN and self.skipping:
            self.skipping -= 1

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def shown_text(html: str) -> str:
    parser = _ShownText()
    parser.feed(html)
    parser.close()
    # <title> is in <head> but shown in the tab and in search engines
    title = re.search(r"<title>(.*?)</title>", html, re.S)
    return "\n".join(parser.parts + ([unescape(title.group(1))] if title else []))
