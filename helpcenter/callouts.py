"""Contact callouts: a passage of an article with its own urgency.

A writer marks a situation inside an article that is more urgent (or less) than the article
as a whole, with an admonition whose type is ``contact``::

    !!! contact high "如果怀疑账户已被盗用"

        立即冻结账户……

It renders as the admonition with the writer's text, followed by the channels that urgency
suggests (the same order, open-now state and hours as the contact block at the end of the
article). This module checks the marks in the Markdown source (file:line errors, also in
`check`) and, as a Python-Markdown extension, leaves a slot in the rendered HTML where the
channels go; the build fills the slot (``fill_slots``) with the theme's partial.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from typing import Callable

from markdown import Extension
from markdown.treeprocessors import Treeprocessor

from .errors import ContentError
from .links import body_lines

KIND = "contact"
# Python-Markdown's admonition syntax: !!! TYPE [CLASSES] ["TITLE"]
_MARK = re.compile(r'^\s*[!?]{3}\+?\s*contact\b(?P<rest>.*)$')
_REST = re.compile(r'^(?P<classes>(?:\s+[\w-]+)*)(?:\s+"(?P<title>.*)")?\s*$')
_SLOT = re.compile(r'<div class="hc-callout__slot" data-urgency="([\w-]+)"></div>')
FIX = 'write it as: !!! contact high "如果怀疑账户已被盗用", then the passage indented by four spaces'


def check_callouts(body: str, *, body_line: int, path: str, urgency_levels: list[str]) -> list[ContentError]:
    """Every malformed contact callout in an article's body, with its line."""
    problems = []
    levels = ", ".join(urgency_levels)
    for number, line in body_lines(body):
        mark = _MARK.match(line)
        if not mark:
            continue
        where = body_line + number
        if not line.lstrip().startswith("!!!"):
            problems.append(ContentError(path, "a contact callout must start with '!!!' (it cannot be folded)",
                                         FIX, where))
            continue
        rest = _REST.match(mark["rest"])
        classes = rest["classes"].split() if rest else []
        if not rest or len(classes) != 1:
            problems.append(ContentError(path, f"contact callout needs exactly one urgency ({levels}) and a title",
                                         FIX, where))
            continue
        if classes[0] not in urgency_levels:
            problems.append(ContentError(path, f"contact callout urgency '{classes[0]}' is not one of {levels}",
                                         "use one of the urgency levels of data/contact.yml", where))
        if not (rest["title"] or "").strip():
            problems.append(ContentError(path, "contact callout has no title",
                                         "say the situation in the title, e.g. \"如果怀疑账户已被盗用\"", where))
    return problems


class _SlotProcessor(Treeprocessor):
    """Turns <div class="admonition contact LEVEL"> into a callout with a slot for its channels."""

    def run(self, root: etree.Element) -> None:
        for div in root.iter("div"):
            classes = (div.get("class") or "").split()
            if len(classes) != 3 or classes[:2] != ["admonition", KIND]:
                continue
            level = classes[2]
            div.set("class", f"admonition hc-callout hc-callout--{level}")
            div.set("data-urgency", level)
            etree.SubElement(div, "div", {"class": "hc-callout__slot", "data-urgency": level})


class CalloutExtension(Extension):
    """Python-Markdown extension; needs `admonition`, runs after it."""

    def extendMarkdown(self, md) -> None:
        md.treeprocessors.register(_SlotProcessor(md), "hc_callouts", 5)


def fill_slots(html: str, render: Callable[[str], str]) -> str:
    """Replace every callout slot with `render(urgency)`."""
    return _SLOT.sub(lambda match: render(match.group(1)), html)
