"""Where things are in this repository, and the articles of one language as a whole."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .callouts import check_callouts
from .articles import Article, PageMeta, is_article, load_article, load_page_meta, page_hash
from .contact import ContactBook
from .errors import ContentError, ContentErrors
from .frontmatter import parse_front_matter
from .links import SitePages, check_links, page_url_of
from .paths import CONTACT_FILE, DATA_DIR, LOCALES_DIR, ROOT, SEARCH_DATA_DIR, shown_path  # noqa: F401
from .text import invisible_characters
from .yamlfile import load_yaml_file



@dataclass
class Library:
    """Every page of one language, validated: articles and index pages by source path."""
    lang: str
    articles: dict[str, Article] = field(default_factory=dict)
    pages: dict[str, PageMeta] = field(default_factory=dict)
    errors: list[ContentError] = field(default_factory=list)
    files: set[str] = field(default_factory=set)   # every page's src_uri, valid or not
    bodies: dict[str, tuple[str, int]] = field(default_factory=dict)   # src_uri -> (Markdown body, its first line)
    hashes: dict[str, str] = field(default_factory=dict)   # src_uri -> page_hash of its file (for converted languages)
    untranslated: dict[str, str] = field(default_factory=dict)   # src_uri -> shown path, still a copy of its source

    def by_slug(self, slug: str) -> Article | None:
        return next((a for a in self.articles.values() if a.slug == slug), None)

    def category_articles(self, category: str, book: ContactBook) -> list[Article]:
        """A category's articles, most urgent first (urgency levels in the order of data/contact.yml)."""
        order = {level: rank for rank, level in enumerate(book.urgency)}
        found = [a for a in self.articles.values() if a.category == category]
        return sorted(found, key=lambda a: (order.get(a.meta.urgency, len(order)), a.meta.title))


def markdown_files(docs_dir: Path) -> dict[str, Path]:
    """src_uri -> file for every Markdown page of one language folder."""
    return {p.relative_to(docs_dir).as_posix(): p for p in sorted(docs_dir.rglob("*.md"))}


def site_pages(docs_root: Path, prefixes: dict[str, str]) -> SitePages:
    """What exists in every language folder (docs/<lang>/), for checking links across them."""
    site = SitePages(prefixes=dict(prefixes))
    for lang in prefixes:
        files = set(markdown_files(docs_root / lang)) if (docs_root / lang).is_dir() else set()
        site.files[lang] = files
        site.urls[lang] = {page_url_of(uri) for uri in files}
    return site


def _load_page(src_uri: str, path: Path, lang: str, book: ContactBook):
    """(article or None, page meta or None, body, body line, errors, page_hash) of one file."""
    shown = shown_path(path)
    try:
        text = path.read_text(encoding="utf-8")
        if is_article(src_uri):
            article = load_article(text, path=shown, src_uri=src_uri, lang=lang,
                                   urgency_levels=book.urgency_levels, channel_names=list(book.channels),
                                   shown_channels=book.shown_channels)
            callouts = check_callouts(article.body, body_line=article.body_line, path=shown,
                                      urgency_levels=book.urgency_levels)
            return article, None, article.body, article.body_line, callouts, page_hash(text)
        front = parse_front_matter(text, shown)
        return None, load_page_meta(text, path=shown), front.body, front.body_line, [], page_hash(text)
    except ContentErrors as errors:
        return None, None, "", 1, errors.errors, ""
    except UnicodeDecodeError:
        return None, None, "", 1, [ContentError(shown, "is not UTF-8 text", "save the file as UTF-8")], ""


def load_library(pages: dict[str, Path], lang: str, book: ContactBook, site: SitePages | None = None,
                 cache: dict | None = None) -> Library:
    """Validate every page (src_uri -> file); collect all errors instead of stopping at one.

    With a `cache` (kept between the rebuilds of `serve`), unchanged files are not read again.
    """
    library = Library(lang, files=set(pages))
    used = set()
    for src_uri, path in sorted(pages.items()):
        loaded = None
        if cache is not None:
            stat = path.stat()
            key = (src_uri, str(path), stat.st_mtime_ns, stat.st_size,
                   tuple(book.urgency_levels), tuple(book.channels))
            loaded = cache.get(key)
            used.add(key)
        if loaded is None:
            loaded = _load_page(src_uri, path, lang, book)
            if cache is not None:
                cache[key] = loaded
        article, page, body, body_line, errors, stamp = loaded
        library.hashes[src_uri] = stamp
        meta = article.meta if article else page
        if meta is not None and meta.untranslated:
            library.untranslated[src_uri] = shown_path(path)
        library.errors.extend(errors)
        if article is not None:
            library.articles[src_uri] = article
        if page is not None:
            library.pages[src_uri] = page
        if site is not None and (article or page):
            library.errors.extend(check_links(body, body_line=body_line, path=shown_path(path), src_uri=src_uri,
                                              lang=lang, site=site))
        if article or page:
            library.bodies[src_uri] = (body, body_line)
            library.errors.extend(invisible_in_body(body, body_line, shown_path(path)))
    library.errors.extend(duplicate_slugs(library))
    if cache is not None:   # keep what this build used: edited and deleted files leave the cache
        for key in set(cache) - used:
            del cache[key]
    return library


def invisible_in_body(body: str, body_line: int, path: str) -> list[ContentError]:
    """Control characters and direction overrides in a page's text, one error per line."""
    problems = []
    for number, line in enumerate(body.splitlines()):
        found = invisible_characters(line.replace("\t", " "))
        if found:
            problems.append(ContentError(path, f"the text contains {found}, which readers cannot see",
                                         "delete it (retype the line if you cannot see it)", body_line + number))
    return problems


def duplicate_slugs(library: Library) -> list[ContentError]:
    """Articles are named by slug in data files and search: two categories may not share one."""
    seen: dict[str, Article] = {}
    problems = []
    for article in sorted(library.articles.values(), key=lambda a: a.src_uri):
        other = seen.setdefault(article.slug, article)
        if other is not article:
            problems.append(ContentError(article.path, f"has the same file name as {other.path}; incidents, "
                                         "common problems and links name articles by file name",
                                         "give one of them another name"))
    return problems


def load_common_problems(path: Path, library: Library) -> list[Article]:
    """The articles of data/common_problems.yml, in order; unknown slugs are content errors."""
    shown = shown_path(path)
    fix = "write one '- slug' per line (the file name of an article without .md)"
    try:
        document = load_yaml_file(path, shown, "list of common problems")
    except ContentErrors as errors:
        library.errors.extend(errors.errors)
        return []
    slugs = document.data or []
    if not isinstance(slugs, list):
        library.errors.append(ContentError(shown, "must be a list of article slugs", fix, document.line_of(())))
        return []
    found = []
    for index, slug in enumerate(slugs):
        line = document.line_of((index,))
        if not isinstance(slug, str):
            library.errors.append(ContentError(shown, f"item {index + 1} is not an article slug", fix, line))
            continue
        article = library.by_slug(slug)
        if article is None and any(Path(uri).stem == slug for uri in library.files):
            continue   # the article exists but is invalid: its own error says why
        if article is None:
            library.errors.append(ContentError(
                shown, f"no {library.lang} article has the slug '{slug[:80]}'", fix, line))
        else:
            found.append(article)
    return found
