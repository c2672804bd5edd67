"""Front matter: split it from the Markdown body and parse it with line numbers (with the
project's one YAML loader, helpcenter/yamlfile.py)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .errors import ContentError, ContentErrors
from .yamlfile import Document, parse_yaml

# Same delimiters as MkDocs (mkdocs.utils.meta), so we read exactly what MkDocs reads.
_FRONT_MATTER = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)


# Fields the commands write to keep track of translation and conversion, never a writer.
_BOOKKEEPING = re.compile(r"^(?:translated_from|converted_from|reviewed_from|untranslated):.*\n?", re.M)


def without_bookkeeping(text: str) -> str:
    """A page's text without the lines of its bookkeeping fields (what their hashes cover)."""
    return _BOOKKEEPING.sub("", text)


def set_front_fields(text: str, fields: dict[str, str], drop: tuple[str, ...] = ()) -> str:
    """The page text with these front matter fields set (each in its own line if it has one,
    else added at the end) and the fields of `drop` removed; nothing else touched. Values are
    quoted: an all-digit hash must stay text."""
    if not text.startswith("---"):
        text = "---\n---\n" + text
    end = text.index("\n---", 3)
    front, rest = text[:end] + "\n", text[end:]
    for name in drop:
        front = re.sub(rf"^{re.escape(name)}:.*\n", "", front, flags=re.M)
    for name, value in fields.items():
        line = f'{name}: "{value}"\n'
        front, found = re.subn(rf"^{re.escape(name)}:.*\n", lambda _: line, front, count=1, flags=re.M)
        if not found:
            front += line
    return front.rstrip("\n") + rest


@dataclass
class FrontMatter:
    data: dict
    lines: dict[str, int] = field(default_factory=dict)  # field name -> line in the file
    body: str = ""
    body_line: int = 1  # line of the file where the body starts
    document: Document | None = None   # every value's line, nested ones too


def parse_front_matter(text: str, path: str) -> FrontMatter:
    """Return the front matter of ``text``, raising ContentErrors when it is malformed."""
    text = text.lstrip("\ufeff")
    match = _FRONT_MATTER.match(text)
    if not match:
        if text.startswith("---"):
            raise ContentErrors([ContentError(
                path, "front matter is not closed", "end it with a line of three dashes '---'", 1)])
        return FrontMatter({}, {}, text)
    document = parse_yaml(match.group(1), path, first_line=2, what="front matter")
    data = document.data
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ContentErrors([ContentError(
            path, "front matter must be a list of 'field: value' lines", "write e.g. 'title: ...'", 2)])
    lines = {str(location[0]): line for location, line in document.lines.items() if len(location) == 1}
    return FrontMatter(data, lines, text[match.end():], text[:match.end()].count("\n") + 1, document)
