"""What a language folder may publish: pages, images and PDFs with web-safe names, and
nothing from outside the folder.

A link (symlink) in docs/ could otherwise publish the build machine's files
(`notes.txt -> /etc/passwd`, `-> /proc/self/environ` with CI's secrets), and a linked
folder could make the build walk forever. File names become addresses, so they are
lowercase letters, digits and hyphens: the same address on every host, no encoding
surprises (`With Space.md`, `percent%41.md`).
"""
from __future__ import annotations

import os
import re
from pathlib import Path, PurePosixPath

from .errors import ContentError
from .paths import shown_path

PUBLISHED_TYPES = {".md": "page", ".png": "image", ".jpg": "image", ".jpeg": "image", ".gif": "image",
                   ".webp": "image", ".pdf": "PDF"}
_NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
NAME_FIX = "rename it in lowercase letters, digits and hyphens, e.g. refund-delayed.md"
TYPES_TEXT = "Markdown pages, images (png, jpg, gif, webp) and PDF files"


def _hidden(part: str) -> bool:
    return part.startswith(".")


def link_problems(folder: Path) -> list[ContentError]:
    """Links in a language folder that lead outside it, and linked folders."""
    problems = []
    if not folder.is_dir():
        return problems
    root = folder.resolve()
    for current, dirnames, filenames in os.walk(folder, followlinks=False):
        for name in sorted(dirnames + filenames):
            path = Path(current) / name
            if _hidden(name) or not path.is_symlink():
                continue
            target = Path(os.path.realpath(path))
            if path.is_dir():
                problems.append(ContentError(shown_path(path), "is a link to a folder; folders cannot be links",
                                             "put the folder itself here, or remove the link"))
            elif not target.is_relative_to(root):
                problems.append(ContentError(shown_path(path), f"is a link to {target}, outside "
                                             f"{shown_path(folder)}/; nothing from outside the folder is published",
                                             "copy the file into the folder, or remove the link"))
    return problems


def name_problem(src_uri: str) -> str | None:
    """Why a file of a language folder cannot be published, or None."""
    path = PurePosixPath(src_uri)
    if any(_hidden(part) for part in path.parts):
        return None   # hidden files are never published (MkDocs leaves them out)
    suffix = path.suffix
    kind = PUBLISHED_TYPES.get(suffix.lower())
    if kind is None:
        return f"is a {suffix or 'file without extension'} file; only {TYPES_TEXT} are published"
    for part in [*path.parts[:-1], path.name[: -len(suffix)]]:
        if not _NAME.match(part):
            return f"'{part}' in its path is not lowercase letters, digits and hyphens (it becomes the address)"
    if suffix != suffix.lower():
        return f"its extension '{suffix}' must be lowercase"
    return None


def name_error(path: Path, src_uri: str) -> ContentError | None:
    """The error for a file that cannot be published (see name_problem), or None."""
    problem = name_problem(src_uri)
    if problem is None:
        return None
    fix = NAME_FIX if "lowercase" in problem else f"remove it, or use one of: {TYPES_TEXT}"
    return ContentError(shown_path(path), problem, fix)


def file_problems(folder: Path) -> list[ContentError]:
    """The files of a language folder that cannot be published: their types and names (check
    link_problems first: this walk does not follow links)."""
    problems: list[ContentError] = []
    if not folder.is_dir():
        return problems
    for current, dirnames, filenames in os.walk(folder, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not _hidden(d))
        for name in sorted(filenames):
            path = Path(current) / name
            error = name_error(path, path.relative_to(folder).as_posix())
            if error:
                problems.append(error)
    return problems
