"""Front matter: split it from the Markdown body and parse it with line numbers."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml

from .errors import ContentError, ContentErrors

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)   # libyaml when PyYAML has it
# Same delimiters as MkDocs (mkdocs.utils.meta), so we read exactly what MkDocs reads.
_FRONT_MATTER = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)


@dataclass
class FrontMatter:
    data: dict
    lines: dict[str, int] = field(default_factory=dict)  # field name -> line in the file
    body: str = ""
    body_line: int = 1  # line of the file where the body starts


def parse_front_matter(text: str, path: str) -> FrontMatter:
    """Return the front matter of ``text``, raising ContentErrors when it is malformed."""
    text = text.lstrip("\ufeff")
    match = _FRONT_MATTER.match(text)
    if not match:
        if text.startswith("---"):
            raise ContentErrors([ContentError(
                path, "front matter is not closed", "end it with a line of three dashes '---'", 1)])
        return FrontMatter({}, {}, text)
    source = match.group(1)
    loader = _Loader(source)
    try:
        node = loader.get_single_node()   # parsed once: the node gives lines, the data follows from it
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as error:
        loader.dispose()
        marks = [m for m in (getattr(error, "context_mark", None), getattr(error, "problem_mark", None)) if m]
        line = min(m.line for m in marks) + 2 if marks else 1
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise ContentErrors([ContentError(
            path, f"front matter is not valid YAML: {problem}",
            "check the indentation and quote values that contain ':' or '#'", line)]) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ContentErrors([ContentError(
            path, "front matter must be a list of 'field: value' lines", "write e.g. 'title: ...'", 2)])
    lines = {}
    if isinstance(node, yaml.MappingNode):
        for key, _value in node.value:
            lines[str(key.value)] = key.start_mark.line + 2
    return FrontMatter(data, lines, text[match.end():], text[:match.end()].count("\n") + 1)
