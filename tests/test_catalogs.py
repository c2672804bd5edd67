"""Every UI string of the templates and of the hook exists, translated, in both catalogs."""
from __future__ import annotations

import re
from pathlib import Path

from babel.messages.pofile import read_po
from jinja2.ext import babel_extract

from conftest import LANGS, ROOT

OVERRIDES = ROOT / "overrides"


def used_messages() -> set[str]:
    found = set()
    for template in OVERRIDES.rglob("*.html"):
        with template.open("rb") as source:
            for _line, _function, message, _comments in babel_extract(
                    source, ("gettext", "_"), [], {"extensions": "jinja2.ext.i18n", "trimmed": "false"}):
                found.update(m for m in (message if isinstance(message, tuple) else (message,)) if m)
    for module in (ROOT / "helpcenter").glob("*.py"):
        found.update(re.findall(r'gettext\("((?:[^"\\\\]|\\\\.)*)"\)', module.read_text(encoding="utf-8")))
        found.update(re.findall(r'\b_\("((?:[^"\\\\]|\\\\.)*)"\)', module.read_text(encoding="utf-8")))
    return found


def catalog(lang: str) -> dict[str, str]:
    with (OVERRIDES / "locales" / lang / "LC_MESSAGES" / "messages.po").open("rb") as source:
        return {m.id: m.string for m in read_po(source) if m.id}


def test_templates_and_code_use_ui_strings():
    messages = used_messages()
    assert "Still need help?" in messages and "Help center: %(title)s" in messages


def test_every_ui_string_is_translated_in_every_language():
    messages = used_messages()
    for lang in LANGS:
        translated = catalog(lang)
        missing = sorted(m for m in messages if not translated.get(m))
        assert missing == [], (lang, missing)


def test_catalogs_hold_no_strings_nobody_uses():
    messages = used_messages()
    for lang in LANGS:
        assert sorted(set(catalog(lang)) - messages) == [], lang
