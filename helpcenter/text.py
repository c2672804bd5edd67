"""Plain text, the one rule for every text field a writer fills in (front matter and data
files): shown to customers exactly as written, so it must be one line of visible characters,
of a sensible length, without markup."""
from __future__ import annotations

import re
import unicodedata

_MARKUP = re.compile(r"[<>]|&[#\w]+;")
# Bidirectional overrides and isolates reorder what a reader sees (a "Trojan Source" trick).
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def invisible_characters(value: str, *, newlines: bool = False) -> str | None:
    """A description of the first control or bidi-override character in `value`, or None."""
    for char in value:
        if char in "\n\t" and newlines:
            continue
        if _BIDI.match(char):
            return f"the invisible direction mark U+{ord(char):04X}"
        if unicodedata.category(char) in ("Cc", "Cs", "Co") or char in "\u2028\u2029":
            name = {"\n": "a line break", "\t": "a tab", "\x00": "a NUL character", "\x1b": "an ESC character"}.get(char)
            return name or f"the control character U+{ord(char):04X}"
    return None


def plain_text_problem(value: str, *, markup: bool = True) -> str | None:
    """Why `value` is not one line of plain text, or None when it is."""
    invisible = invisible_characters(value)
    if invisible:
        return f"must be one line of visible text (found {invisible})"
    if markup and _MARKUP.search(value):
        return "must be plain text without HTML (found '<', '>' or an HTML entity)"
    return None
