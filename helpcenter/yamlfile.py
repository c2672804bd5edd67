"""The one YAML loader of the project: front matter and every data file.

Writers edit YAML by hand, and contributors may be hostile, so the loader is strict:

- the text must be UTF-8 (a clear error otherwise, never a UnicodeDecodeError);
- aliases are refused (a 1 KB "alias bomb" expands to gigabytes), and merge keys;
- a key given twice is an error naming both lines (YAML silently keeps the last one);
- a data file holds exactly one document (a stray `---` line would drop the rest);
- every value keeps its line, so an error about a nested field names that field's line.

`validation_errors` turns a pydantic ValidationError into the same file:line errors for
every file, with the line of the faulty field.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import yaml
from pydantic import ValidationError

from .errors import ContentError, ContentErrors

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)   # libyaml when PyYAML has it
MAX_BYTES = 1_000_000
Location = tuple   # ('channels', 'phone', 'time_zone') or ('prepare', 2)


@dataclass
class Document:
    data: Any
    lines: dict[Location, int] = field(default_factory=dict)   # location -> line in the file

    def line_of(self, location: Location) -> int | None:
        """The line of the deepest part of `location` that has one."""
        location = tuple(location)
        while location:
            if location in self.lines:
                return self.lines[location]
            location = location[:-1]
        return self.lines.get((), None)


def read_text(path: Path, shown: str, what: str = "file") -> str:
    """A file's text, or ContentErrors saying it is missing, unreadable, too large or not UTF-8."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ContentErrors([ContentError(shown, f"the {what} is missing", f"create {shown}")]) from None
    except OSError as error:
        raise ContentErrors([ContentError(shown, f"cannot be read: {error.strerror}",
                                          "check that it is a readable file")]) from None
    if len(raw) > MAX_BYTES:
        raise ContentErrors([ContentError(shown, f"is {len(raw):,} bytes, more than {MAX_BYTES:,}",
                                          "split it or make it shorter")])
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[:error.start].count(b"\n") + 1
        raise ContentErrors([ContentError(shown, "is not UTF-8 text", "save the file as UTF-8 (in most editors: "
                                          "Save with encoding > UTF-8)", line)]) from None


def _problem(error: yaml.YAMLError, first_line: int) -> tuple[str, int]:
    marks = [m for m in (getattr(error, "problem_mark", None), getattr(error, "context_mark", None)) if m]
    line = min(m.line for m in marks) + first_line if marks else first_line
    problem = getattr(error, "problem", None) or str(error).splitlines()[0]
    return problem, line


def parse_yaml(text: str, shown: str, *, first_line: int = 1, what: str = "YAML",
               fix: str = "check the indentation and quote values that contain ':' or '#'") -> Document:
    """Parse one YAML document; `first_line` is the file line of the text's first line."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.composer.ComposerError as error:
        if "single document" in str(error):
            line = error.problem_mark.line + first_line if error.problem_mark else first_line
            raise ContentErrors([ContentError(
                shown, f"holds more than one YAML document (a line '---' starts a second one)",
                "remove the '---' line; the file is one document", line)]) from None
        problem, line = _problem(error, first_line)
        raise ContentErrors([ContentError(shown, f"{what} is not valid YAML: {problem}", fix, line)]) from None
    except yaml.YAMLError as error:
        problem, line = _problem(error, first_line)
        raise ContentErrors([ContentError(shown, f"{what} is not valid YAML: {problem}", fix, line)]) from None
    finally:
        loader.dispose()
    if node is None:
        return Document(None, {(): first_line})
    lines: dict[Location, int] = {}
    problems: list[ContentError] = []
    _walk(node, (), lines, problems, set(), shown, first_line)
    if problems:
        raise ContentErrors(problems)
    constructor = _Loader("")
    try:
        data = constructor.construct_document(node)
    except yaml.YAMLError as error:
        problem, line = _problem(error, first_line)
        raise ContentErrors([ContentError(shown, f"{what} is not valid YAML: {problem}", fix, line)]) from None
    finally:
        constructor.dispose()
    return Document(data, lines)


def _walk(node, location, lines, problems, seen, shown, first_line) -> None:
    """Record lines; refuse aliases (a node met twice) and duplicate keys."""
    if id(node) in seen:
        if not any("YAML alias" in problem.message for problem in problems):   # one is enough (a bomb has many)
            problems.append(ContentError(shown, "uses a YAML alias ('*name') of the anchor ('&name') on this line, "
                                         "which is not allowed", "write the values out instead of anchors and aliases",
                                         node.start_mark.line + first_line))
        return
    seen.add(id(node))
    lines[location] = node.start_mark.line + first_line
    if isinstance(node, yaml.MappingNode):
        keys: dict[str, int] = {}
        for key, value in node.value:
            if not isinstance(key, yaml.ScalarNode):
                problems.append(ContentError(shown, "has a key that is not plain text", "write 'name: value'",
                                             key.start_mark.line + first_line))
                continue
            line = key.start_mark.line + first_line
            if key.value == "<<":
                problems.append(ContentError(shown, "uses a YAML merge key ('<<'), which is not allowed",
                                             "write the fields out", line))
                continue
            if key.value in keys:
                problems.append(ContentError(
                    shown, f"'{key.value}' is given twice, on lines {keys[key.value]} and {line}",
                    "keep one of them", line))
                continue
            keys[key.value] = line
            lines[location + (key.value,)] = line
            _walk(value, location + (key.value,), lines, problems, seen, shown, first_line)
            lines[location + (key.value,)] = line   # the key's line, even for a nested block
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, location + (index,), lines, problems, seen, shown, first_line)


def load_yaml_file(path: Path, shown: str, what: str = "data file") -> Document:
    """Read and parse a data file: one UTF-8 YAML document."""
    return parse_yaml(read_text(path, shown, what), shown, first_line=1)


def validation_errors(error: ValidationError, document: Document, shown: str,
                      describe: Callable[[dict], tuple[str, str]] | None = None) -> ContentErrors:
    """Every pydantic error as `file:line: field: message (fix: ...)`, at the faulty field's line."""
    problems = []
    for item in error.errors():
        location = tuple(part for part in item["loc"])
        if describe is not None:
            message, fix = describe(item)
        else:
            where = ".".join(str(part) for part in location)
            message = item["msg"].removeprefix("Value error, ")
            if item["type"] == "missing":
                message = "is missing"
            elif item["type"] == "extra_forbidden":
                message = "is not a known field"
            message = f"{where}: {message}" if where else message
            fix = "see the comments at the top of the file"
        problems.append(ContentError(shown, message, fix, document.line_of(location)))
    return ContentErrors(problems)
