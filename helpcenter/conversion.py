"""A new language of the help center, made from an existing one: by OpenCC conversion
(Simplified -> Traditional Chinese, with Taiwan or Hong Kong vocabulary), or as a copy of the
source text for translators to translate.

What a new language needs, all made here: its folder of pages (docs/<code>/), its UI catalog
(overrides/locales/<locale>/), a text in every localized field of the data files, its MkDocs
config (mkdocs.<code>.yml) and its entry in `extra.alternate` of mkdocs.yml. Each converted
page records what it was converted from (`converted_from: <hash of the source>`); a native
reader's review is recorded by `mark-reviewed` (`reviewed_from: <hash>`). Converting again
updates every page nobody reviewed and reports the reviewed ones whose source changed since.

Files are edited as text, in place, so that the writers' comments and layout survive.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .articles import page_hash
from .errors import ContentError, ContentErrors
from .frontmatter import parse_front_matter, set_front_fields, without_bookkeeping
from .languages import catalog_locale
from .paths import LOCALES_DIR, ROOT, shown_path

CONVERTERS = {   # OpenCC configurations a help center uses, and what they are for
    "s2twp": "Traditional Chinese, Taiwan vocabulary (软件 -> 軟體)",
    "s2hk": "Traditional Chinese, Hong Kong",
    "s2tw": "Traditional Chinese, Taiwan characters, no vocabulary change",
    "s2t": "Traditional Chinese (OpenCC's standard)",
}


def converter(name: str | None):
    """A function converting text with the OpenCC configuration `name` (None: unchanged)."""
    if name is None:
        return lambda text: text
    if name not in CONVERTERS:
        raise ContentErrors([ContentError("--convert", f"'{name}' is not an OpenCC conversion the help center uses",
                                          f"use one of {', '.join(CONVERTERS)}")])
    import opencc
    engine = opencc.OpenCC(name)
    return engine.convert


@dataclass
class ConversionReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    reviewed_stale: list[str] = field(default_factory=list)   # reviewed, and the source changed since
    unchanged: int = 0


def front_matter(text: str) -> dict:
    """The fields of a page (the project's parser); {} when it has none or they do not parse."""
    try:
        return parse_front_matter(text, "").data
    except ContentErrors:
        return {}


def convert_pages(source_dir: Path, target_dir: Path, convert, converted: bool) -> ConversionReport:
    """Every page of `source_dir` made again in `target_dir` where nobody reviewed it."""
    report = ConversionReport()
    for source in sorted(source_dir.rglob("*.md")):
        relative = source.relative_to(source_dir)
        target = target_dir / relative
        text = source.read_text(encoding="utf-8")
        stamp = page_hash(text)
        fields = {"converted_from": stamp} if converted else {"untranslated": stamp}
        if target.exists():
            existing = front_matter(target.read_text(encoding="utf-8"))
            if existing.get("reviewed_from") or existing.get("translated_from"):
                if str(existing.get("reviewed_from") or existing.get("translated_from")) != stamp:
                    report.reviewed_stale.append(shown_path(target))
                else:
                    report.unchanged += 1
                continue
            if str(existing.get("converted_from") or existing.get("untranslated")) == stamp:
                report.unchanged += 1
                continue
            report.updated.append(shown_path(target))
        else:
            report.created.append(shown_path(target))
        target.parent.mkdir(parents=True, exist_ok=True)
        body = convert(without_bookkeeping(text))
        target.write_text(set_front_fields(body, fields), encoding="utf-8")
    return report


def convert_catalog(source: str, code: str, convert, locale: str) -> Path:
    """The UI catalog of the new language from the source's (msgstr lines converted)."""
    source_po = LOCALES_DIR / catalog_locale(source) / "LC_MESSAGES" / "messages.po"
    target_po = LOCALES_DIR / locale / "LC_MESSAGES" / "messages.po"
    lines = []
    for line in source_po.read_text(encoding="utf-8").splitlines(keepends=True):
        if line.startswith('"Language: '):
            line = f'"Language: {locale}\\n"\n'
        elif line.startswith(("msgstr", '"')) or line.startswith("#"):
            line = convert(line)
        lines.append(line)
    target_po.parent.mkdir(parents=True, exist_ok=True)
    if not target_po.exists() or convert is not None:
        target_po.write_text("".join(lines), encoding="utf-8")
    return target_po


def _localized_mappings(node, languages: set[str], found: list) -> None:
    """Every mapping node whose keys are (at least) the site's languages: a localized text."""
    if isinstance(node, yaml.MappingNode):
        keys = {key.value for key, _ in node.value if isinstance(key, yaml.ScalarNode)}
        if languages and languages <= keys:
            found.append(node)
            return
        for _, value in node.value:
            _localized_mappings(value, languages, found)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _localized_mappings(item, languages, found)


def add_language_to_data(path: Path, languages: list[str], source: str, code: str, convert) -> int:
    """Give every localized text of a data file a text in `code` (converted from `source`);
    returns how many were added. Texts that already have one are left as they are."""
    text = path.read_text(encoding="utf-8")
    node = yaml.compose(text)
    found: list = []
    _localized_mappings(node, set(languages), found)
    inserts = []
    for mapping in found:
        values = {key.value: value for key, value in mapping.value}
        if code in values:
            continue
        new = json.dumps(convert(str(values[source].value)), ensure_ascii=False)
        if mapping.flow_style:
            at = mapping.end_mark.index - 1   # before the closing brace
            while text[at - 1] == " ":
                at -= 1
            inserts.append((at, f", {code}: {new}"))
        else:
            last = mapping.value[-1][1]
            indent = " " * mapping.value[0][0].start_mark.column
            inserts.append((last.end_mark.index, f"\n{indent}{code}: {new}"))
    for at, insert in sorted(inserts, reverse=True):
        text = text[:at] + insert + text[at:]
    path.write_text(text, encoding="utf-8")
    return len(inserts)


def site_root() -> str:
    """site_url of mkdocs.yml: the address of the source language, the site's root."""
    match = re.search(r"^site_url:\s*(\S+)", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.M)
    return match.group(1).strip("'\"") if match else "https://help.example.com/"


LOCALES = {"s2twp": "zh_TW", "s2tw": "zh_TW", "s2hk": "zh_HK", "s2t": "zh_TW"}   # MkDocs finds catalogs by language_TERRITORY


def language_locale(code: str, converter_name: str | None) -> str:
    """The Babel locale of a new language: its Chinese territory when converted, else its code."""
    return LOCALES.get(converter_name or "", code.replace("-", "_").split("_")[0])


def declare_language(code: str, name: str, link: str, source: str, converter_name: str | None,
                     site_name: str, site_description: str) -> list[Path]:
    """mkdocs.<code>.yml, and the language's entry at the end of extra.alternate of mkdocs.yml."""
    locale = language_locale(code, converter_name)
    made = []
    config = ROOT / f"mkdocs.{code}.yml"
    if not config.exists():
        config.write_text(
            f"# {name}: made by `helpcenter new-lang {code} --from {source}"
            f"{' --convert ' + converter_name if converter_name else ''}`; published at {link}.\n"
            f"INHERIT: mkdocs.yml\nsite_name: {json.dumps(site_name, ensure_ascii=False)}\n"
            f"site_description: {json.dumps(site_description, ensure_ascii=False)}\n"
            f"site_url: {site_root().rstrip('/') + link}\n"
            f"docs_dir: docs/{code}\nsite_dir: site/{code}-build\n"
            f"theme:\n  language: {code}\n  locale: {locale}\n", encoding="utf-8")
        made.append(config)
    main = ROOT / "mkdocs.yml"
    text = main.read_text(encoding="utf-8")
    if re.search(rf"^\s+lang: {re.escape(code)}\s*$", text, re.M) is None:
        entries = list(re.finditer(r"^(\s*)- name: .*\n(?:\1  .*\n)+", text, re.M))
        last = entries[-1]
        indent = last.group(1)
        entry = (f"{indent}- name: {name}\n{indent}  link: {link}\n{indent}  lang: {code}\n"
                 f"{indent}  tag: {code}\n{indent}  locale: {locale}\n"
                 + (f"{indent}  converted_from: {source}\n{indent}  converter: {converter_name}\n"
                    if converter_name else f"{indent}  translated_from: {source}\n"))
        text = text[:last.end()] + entry + text[last.end():]
        main.write_text(text, encoding="utf-8")
        made.append(main)
    return made
