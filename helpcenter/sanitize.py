"""What an article may put on a page: an allowlist of HTML, enforced by a maintained sanitizer
(nh3, the Python binding of the Rust crate ammonia), never by regexes of our own.

Writers may use the Markdown they need and a little HTML (tables, `<kbd>`, images with alt
text, `<details>`). Scripts, frames, forms, event handlers (`onclick=`, also through
attribute lists `{: onclick=... }`), styles and `javascript:`/`data:`/`vbscript:` links are
not allowed: each is a `file:line` error that fails the build, and the page is published
sanitized either way (so even the non-strict preview never runs it).

The error names what was removed; nh3 decides what is removed. To find the line, the
removed tag, attribute or link is looked up in the Markdown source.
"""
from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import nh3

from .errors import ContentError
from .links import body_lines
from .paths import ROOT

_HEADING_ATTRS = {"id"}
TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "col", "colgroup", "dd", "del", "details", "div",
    "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins",
    "kbd", "label", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub",
    "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul", "var", "wbr",
}
ATTRIBUTES = {
    "*": {"class", "title", "lang", "dir"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height", "loading"},
    "ol": {"start", "type"}, "li": {"value"},
    "td": {"style", "colspan", "rowspan"}, "th": {"style", "colspan", "rowspan", "scope"},
    "details": {"open"},
    "div": {"data-urgency"},   # the slot of a contact callout (helpcenter/callouts.py)
    "abbr": {"title"},
    **{f"h{level}": _HEADING_ATTRS for level in range(1, 7)},
}
# A label may only open the search box (the home page's search entry).
TAG_ATTRIBUTE_VALUES = {"label": {"for": {"__search"}}}
URL_SCHEMES = {"http", "https", "mailto", "tel"}
# Material and the help center find their own elements by these ids: a page must not reuse them.
_RESERVED_ID = re.compile(r"^(?:__|md-|hc-)")
SCRIPT_HINT = re.compile(r"<|\{|(?:javascript|vbscript|data|file)\s*:", re.I)


def _keep(tag: str, attribute: str, value: str) -> str | None:
    if attribute == "id" and _RESERVED_ID.match(value):
        return None
    return value


def clean(html: str) -> str:
    """`html` with everything outside the allowlist removed."""
    return nh3.clean(html, tags=TAGS, attributes=ATTRIBUTES, tag_attribute_values=TAG_ATTRIBUTE_VALUES,
                     url_schemes=URL_SCHEMES, link_rel=None, strip_comments=True, attribute_filter=_keep,
                     filter_style_properties={"text-align"},
                     clean_content_tags={"script", "style", "iframe", "object", "embed", "noscript", "template",
                                         "textarea", "select", "svg", "math"})


class _Inventory(HTMLParser):
    """The elements and the (element, attribute, value) triples of an HTML fragment."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: Counter = Counter()
        self.attributes: Counter = Counter()

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        for name, value in attrs:
            # the sanitizer rewrites a style it keeps ("text-align: left;" -> "text-align:left")
            self.attributes[(tag, name, "" if name == "style" else (value or ""))] += 1

    handle_startendtag = handle_starttag


def _inventory(html: str) -> _Inventory:
    inventory = _Inventory()
    inventory.feed(html)
    inventory.close()
    return inventory


def removed(html: str) -> list[tuple[str, str]]:
    """(what was removed, a text to look for in the source) for each thing the sanitizer drops."""
    before, after = _inventory(html), _inventory(clean(html))
    found = []
    gone_tags = {tag for tag, count in before.tags.items() if count > after.tags.get(tag, 0)}
    for tag in sorted(gone_tags):
        found.append((f"the HTML element <{tag}>", f"<{tag}"))
    for (tag, name, value), count in before.attributes.items():
        if count <= after.attributes.get((tag, name, value), 0) or tag in gone_tags:
            continue   # kept, or gone with its element (reported above)
        if name in ("href", "src"):
            found.append((f"the link '{value[:60]}' (only http, https, mailto, tel and relative links are allowed)",
                          value[:40]))
        elif name.startswith("on"):
            found.append((f"the event handler {name}= on <{tag}>", name))
        elif name == "id":
            found.append((f"the id '{value}' on <{tag}> (ids starting with __, md- or hc- belong to the site)", value))
        else:
            found.append((f"the attribute {name}= on <{tag}>", name))
    return found


def _line_of(needle: str, text: str, first_line: int) -> int | None:
    lowered = needle.lower()
    for number, line in body_lines(text):
        if lowered in line.lower():
            return first_line + number
    return None


def unsafe_html(html: str, *, body: str, body_line: int, path: str) -> list[ContentError]:
    """An error for each thing in a page's HTML that the allowlist does not allow."""
    errors = [ContentError(path, f"{what} is not allowed in articles",
                           "remove it; write links, images and tables in Markdown (README: 'When something is wrong')",
                           _line_of(needle, body, body_line))
              for what, needle in removed(html)]
    return sorted(errors, key=lambda error: error.line or 0)


def markdown_renderer(mkdocs_yml: Path = ROOT / "mkdocs.yml"):
    """A function rendering Markdown with the site's extensions (those of mkdocs.yml, and the
    callouts), for checking pages without building them."""
    import markdown
    import yaml

    from .callouts import CalloutExtension
    from .languages import config_loader

    config = yaml.load(mkdocs_yml.read_text(encoding="utf-8"), Loader=config_loader()) or {}
    extensions = config.get("markdown_extensions") or {}
    if isinstance(extensions, list):
        extensions = {k: v for item in extensions for k, v in (item.items() if isinstance(item, dict) else [(item, {})])}
    names = list(extensions)
    configs = {name: value or {} for name, value in extensions.items()}
    md = markdown.Markdown(extensions=names + [CalloutExtension()], extension_configs=configs)

    def render(text: str) -> str:
        md.reset()
        return md.convert(text)
    return render
