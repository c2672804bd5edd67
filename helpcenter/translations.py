"""Translation status: which articles exist in which language, and which translations are stale.

The first language (zh) is the source. A translation records, in `translated_from`, the
content_hash of the source article it matches (written by `helpcenter.py mark-translated`);
when the source changes, the hash no longer matches and the translation is stale.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .errors import ContentError
from .links import SitePages
from .site import Library, shown_path


@dataclass
class TranslationRow:
    src_uri: str
    present: dict[str, bool]
    stale: dict[str, bool]        # per translated language; False where current or absent
    urgency: str


def translation_report(libraries: dict[str, Library], source: str) -> list[TranslationRow]:
    rows = []
    stale_in = {lang: stale_translations(library, libraries[source])
                for lang, library in libraries.items() if lang != source}
    uris = sorted({uri for library in libraries.values() for uri in library.articles})
    for uri in uris:
        original = libraries[source].articles.get(uri)
        present = {lang: uri in library.files for lang, library in libraries.items()}
        stale = {lang: uri in uris_stale for lang, uris_stale in stale_in.items()}
        any_article = original or next(l.articles[uri] for l in libraries.values() if uri in l.articles)
        rows.append(TranslationRow(uri, present, stale, any_article.meta.urgency))
    return rows


def missing_translation(docs_dir: Path, uri: str, lang: str, other: str) -> ContentError:
    """docs/<lang>/<uri> does not exist, docs/<other>/<uri> does."""
    return ContentError(shown_path(docs_dir / lang / uri),
                        f"is missing: {shown_path(docs_dir / other / uri)} has no {lang} version",
                        f"write it (helpcenter new {uri[:-3]} creates missing files)")


def missing_translations(rows: list[TranslationRow], docs_dir: Path) -> list[ContentError]:
    problems = []
    for row in rows:
        have = [lang for lang, present in row.present.items() if present]
        problems += [missing_translation(docs_dir, row.src_uri, lang, have[0])
                     for lang, present in row.present.items() if not present]
    return problems


_TRANSLATED_FROM = re.compile(r"^translated_from:.*$", re.M)


def mark_translated(text: str, source_hash: str) -> str:
    """The article text with `translated_from: <hash>` set in its front matter, nothing else touched."""
    line = f'translated_from: "{source_hash}"'   # quoted: an all-digit hash must stay text
    end = text.index("\n---", 3)
    front, rest = text[:end], text[end:]
    if _TRANSLATED_FROM.search(front):
        front = _TRANSLATED_FROM.sub(line, front, count=1)
    else:
        front = front + "\n" + line
    return front + rest


def missing_here(site: SitePages, lang: str) -> dict[str, str]:
    """Articles another language has and `lang` lacks: src_uri -> the language to fall back to."""
    missing = {}
    for other, files in site.files.items():
        for uri in sorted(files - site.files.get(lang, set())):
            missing.setdefault(uri, other)
    return missing


def stale_translations(translations: Library, originals: Library) -> set[str]:
    """Articles whose translated_from no longer matches their source's content_hash."""
    return {uri for uri, article in translations.articles.items()
            if uri in originals.articles and article.meta.translated_from != originals.articles[uri].content_hash}
