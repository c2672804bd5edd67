"""Translation status: which articles exist in which language, and which translations are stale.

The language at the site root is the source; every other language is made from one
(`extra.alternate`: `translated_from` or `converted_from`, the source by default). A translation
records, in `translated_from`, the content_hash of the source article it matches (written by
`helpcenter mark-translated`); a converted page records `converted_from` (and after a native
reader's review `reviewed_from`), the page_hash of its source. When the source changes, the hash
no longer matches and the page is stale.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import ContentError
from .frontmatter import set_front_fields
from .links import SitePages
from .site import Library, shown_path


@dataclass
class TranslationRow:
    src_uri: str
    present: dict[str, bool]
    stale: dict[str, bool]        # per translated language; False where current or absent
    urgency: str


def translation_report(libraries: dict[str, Library], source: str,
                       origins: dict[str, str] | None = None) -> list[TranslationRow]:
    """One row per article; `origins`: language -> the language it is made from (default: the source)."""
    rows = []
    origins = origins or {}
    stale_in = {lang: stale_translations(library, libraries[origins.get(lang, source)])
                for lang, library in libraries.items() if lang != source and origins.get(lang, source) in libraries}
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


def mark_translated(text: str, source_hash: str) -> str:
    """The article text with `translated_from: <hash>` set in its front matter (and no longer
    `untranslated`), nothing else touched."""
    return set_front_fields(text, {"translated_from": source_hash}, drop=("untranslated",))


def missing_here(site: SitePages, lang: str) -> dict[str, str]:
    """Articles another language has and `lang` lacks: src_uri -> the language to fall back to."""
    missing = {}
    for other, files in site.files.items():
        for uri in sorted(files - site.files.get(lang, set())):
            missing.setdefault(uri, other)
    return missing


def stale_translations(translations: Library, originals: Library) -> set[str]:
    """Articles whose source changed since they were translated (translated_from: its
    content_hash), converted (converted_from) or reviewed (reviewed_from: its page_hash)."""
    stale = set()
    for uri, article in translations.articles.items():
        if uri not in originals.articles:
            continue
        meta = article.meta
        made_from = meta.reviewed_from or meta.converted_from
        if made_from is not None:
            if made_from != originals.hashes.get(uri):
                stale.add(uri)
        elif meta.untranslated is None and meta.translated_from != originals.articles[uri].content_hash:
            stale.add(uri)
    return stale


def state_of(article) -> str:
    """How a page of a language made from another stands: translated, converted, reviewed or untranslated."""
    meta = article.meta
    if meta.untranslated:
        return "untranslated"
    if meta.reviewed_from:
        return "reviewed"
    if meta.converted_from:
        return "converted"
    return "translated"


def untranslated_pages(library: Library, source: str) -> list[ContentError]:
    """Pages that are still a copy of their source (`new-lang` without a converter)."""
    return [ContentError(path, f"is still the {source} text: it has not been translated yet",
                         f"translate it, then run `helpcenter mark-translated {path}`")
            for path in library.untranslated.values()]
