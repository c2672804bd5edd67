"""Every content check at once, without building: what `helpcenter.py check` runs, and what
the build runs language by language."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .contact import ContactBook, load_contact
from .errors import ContentError, ContentErrors
from .files import file_problems, link_problems
from .languages import origins, site_alternates, site_language_codes, source_language
from .sanitize import SCRIPT_HINT, markdown_renderer, unsafe_html
from .incidents import load_incidents, unknown_articles
from .search import load_search_config
from .site import DATA_DIR, Library, load_common_problems, load_library, markdown_files, shown_path, site_pages
from .translations import TranslationRow, missing_translations, state_of, translation_report, untranslated_pages


@dataclass
class ContentReport:
    libraries: dict[str, Library] = field(default_factory=dict)
    rows: list[TranslationRow] = field(default_factory=list)
    errors: list[ContentError] = field(default_factory=list)
    # pages whose source changed: (path, state_of the page: translated, converted or reviewed)
    stale: list[tuple[str, str]] = field(default_factory=list)


def check_content(docs_root: Path, prefixes: dict[str, str], data_dir: Path = DATA_DIR) -> ContentReport:
    report = ContentReport()
    try:
        declared = site_language_codes()   # data texts are complete for every language of the site
        book: ContactBook = load_contact(data_dir / "contact.yml", declared)
        incidents = load_incidents(data_dir / "incidents.yml", declared)
        for code in declared:   # stop words, variants and synonyms, as each site reads them
            load_search_config(data_dir / "search", code)
    except ContentErrors as errors:
        report.errors.extend(errors.errors)
        return report
    links = [error for lang in prefixes for error in link_problems(docs_root / lang)]
    if links:   # never read what the links lead to
        report.errors.extend(links)
        return report
    site = site_pages(docs_root, prefixes)
    for lang in prefixes:
        report.errors.extend(file_problems(docs_root / lang))
        library = load_library(markdown_files(docs_root / lang), lang, book, site)
        library.errors.extend(unsafe_pages(library, docs_root / lang))
        load_common_problems(data_dir / "common_problems.yml", library)
        if lang == source_language(prefixes):
            slugs = {article.slug for article in library.articles.values()}
            library.errors.extend(unknown_articles(incidents, slugs, shown_path(data_dir / "incidents.yml")))
        report.libraries[lang] = library
        report.errors.extend(library.errors)
    report.errors = list(dict.fromkeys(report.errors))   # a data file's error is found once per language
    source = source_language(prefixes)
    made_from = origins(site_alternates()) if set(prefixes) == set(site_language_codes()) else {}
    report.rows = translation_report(report.libraries, source, made_from)
    for lang, library in report.libraries.items():
        report.errors.extend(untranslated_pages(library, made_from.get(lang, source)))
    report.errors.extend(missing_translations(report.rows, docs_root))
    for row in report.rows:
        for lang, stale in row.stale.items():
            if stale:
                report.stale.append((shown_path(docs_root / lang / row.src_uri),
                                     state_of(report.libraries[lang].articles[row.src_uri])))
    return report


def unsafe_pages(library: Library, folder: Path) -> list[ContentError]:
    """What the build's sanitizer would refuse, found without building: each page whose text
    may hold HTML, an attribute list or a link scheme is rendered as the build renders it."""
    problems = []
    render = None
    for src_uri, (body, body_line) in sorted(library.bodies.items()):
        if not SCRIPT_HINT.search(body):
            continue
        render = render or markdown_renderer()
        problems += unsafe_html(render(body), body=body, body_line=body_line, path=shown_path(folder / src_uri))
    return problems
