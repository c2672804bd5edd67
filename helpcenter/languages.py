"""The site's languages: each is its own MkDocs site, at its own root ('/' or '/en/')."""
from __future__ import annotations

import posixpath
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .errors import ContentErrors
from .frontmatter import parse_front_matter


@dataclass(frozen=True)
class Alternate:
    lang: str
    name: str
    href: str       # relative to the current page, so it works under any host or prefix
    current: bool


def alternate_links(page_url: str, lang: str, alternates: list[dict],
                    available: dict[str, set[str]] | None = None) -> list[Alternate]:
    """Links to the same page in every language.

    ``page_url`` is the page's URL relative to its language root (``account/account-locked/``);
    ``alternates`` is ``extra.alternate`` of mkdocs.yml (``lang``, ``name``, ``link``).
    ``available`` maps a language to the page URLs it has; a page missing in a language
    links to that language's home page instead.
    """
    roots = {alt["lang"]: alt["link"] for alt in alternates}
    here = posixpath.join(roots[lang], page_url)
    here_dir = here if here.endswith("/") else posixpath.dirname(here) + "/"
    links = []
    for alt in alternates:
        target_url = page_url
        if available is not None and page_url not in available.get(alt["lang"], set()):
            target_url = ""
        target = posixpath.join(alt["link"], target_url)
        href = posixpath.relpath(target, here_dir)
        if target.endswith("/") and not href.endswith("/"):
            href += "/"
        links.append(Alternate(alt["lang"], alt["name"], href, alt["lang"] == lang))
    return links


def site_root(site_url: str, lang: str, alternates: list[dict]) -> str:
    """The URL of the whole site from one language's site_url ('…/en/' -> '…/')."""
    link = next(alt["link"] for alt in alternates if alt["lang"] == lang).strip("/")
    if link and site_url.rstrip("/").endswith("/" + link):
        return site_url.rstrip("/")[: -len(link)]
    return site_url if site_url.endswith("/") else site_url + "/"


def absolute_alternates(page_url: str, site_url: str, lang: str, alternates: list[dict],
                        available: dict[str, set[str]]) -> list[tuple[str, str]]:
    """(hreflang, absolute URL) of the page in every language that has it, and x-default
    (the first language, the site's default) when that one has it."""
    root = site_root(site_url, lang, alternates)
    found = [(alt["lang"], root + alt["link"].strip("/") + ("/" if alt["link"].strip("/") else "") + page_url)
             for alt in alternates if page_url in available.get(alt["lang"], set())]
    source = source_language(language_folders(alternates))
    default = dict(found).get(source)
    tags = {alt["lang"]: alt.get("tag") or alt["lang"] for alt in alternates}   # BCP 47: zh-Hans, zh-Hant
    found = [(tags[code], url) for code, url in found]
    if default:
        found.append(("x-default", default))
    return found


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without importing what its !!python tags name."""


_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def config_loader() -> type:
    """The YAML loader for MkDocs configs (their !!python tags are read as nothing)."""
    return _ConfigLoader


def catalog_locale(code: str) -> str:
    """The Babel locale (and UI catalog folder) of a language: its `locale` in extra.alternate
    (zh-Hant -> zh_TW), else the code itself."""
    try:
        declared = {alt["lang"]: alt.get("locale") for alt in site_alternates()}
    except ContentErrors:
        declared = {}
    return declared.get(code) or code.replace("-", "_")


def open_graph_locale(lang: str) -> str:
    """The Open Graph locale of a language (zh -> zh_CN, en -> en_US), from Babel's likely subtags."""
    from babel import Locale
    from babel.core import get_global
    try:
        likely = Locale.parse(get_global("likely_subtags").get(lang.replace("-", "_"), lang), sep="_")
    except (ValueError, TypeError):
        return lang.replace("-", "_")
    return f"{likely.language}_{likely.territory}" if likely.territory else likely.language


def origins(alternates: list[dict]) -> dict[str, str]:
    """Language -> the language it is made from (converted or translated; the source by default)."""
    source = source_language(language_folders(alternates))
    return {alt["lang"]: alt.get("converted_from") or alt.get("translated_from") or source
            for alt in alternates if alt["lang"] != source}


def site_alternates() -> list[dict]:
    """extra.alternate of this help center's mkdocs.yml, validated (read again when it changes)."""
    from .paths import ROOT
    path = ROOT / "mkdocs.yml"
    return [dict(alt) for alt in _alternates(path, path.stat().st_mtime_ns)]


@lru_cache(maxsize=4)
def _alternates(path: Path, stamp: int) -> tuple:
    from .settings import read_settings
    return tuple(tuple(alt.model_dump().items()) for alt in read_settings(path).alternate)


def source_language(prefixes: dict[str, str]) -> str:
    """The language the others translate: the one published at the site root."""
    return next(lang for lang, prefix in prefixes.items() if not prefix)


def site_language_codes() -> list[str]:
    """The languages of this help center (extra.alternate of mkdocs.yml), source first."""
    from .paths import ROOT
    return list(site_languages(ROOT / "mkdocs.yml"))


def site_languages(mkdocs_yml: Path) -> dict[str, str]:
    """Language -> its folder in the built site ('' for the first, the root), from extra.alternate
    (validated: ContentErrors naming the mistake)."""
    from .settings import read_settings
    return language_folders([alt.model_dump() for alt in read_settings(mkdocs_yml).alternate])


def language_folders(alternates: list[dict]) -> dict[str, str]:
    """Language -> its folder in the site ('' for the root language), from extra.alternate."""
    return {alt["lang"]: alt["link"].strip("/") for alt in alternates}


def category_nav(docs_dir: Path) -> list:
    """The site navigation: the home page and one entry per category page, not every article.

    A help center is navigated by category pages and search; listing every article on every
    page made each page's size, and the build, grow with the square of the article count.
    Titles are given from the front matter so that they stay right in incremental rebuilds.
    """
    nav = []
    for path in [docs_dir / "index.md", *sorted(docs_dir.glob("*/index.md"))]:
        if not path.exists():
            continue
        uri = path.relative_to(docs_dir).as_posix()
        try:
            title = parse_front_matter(path.read_text(encoding="utf-8"), uri).data.get("title")
        except (ContentErrors, UnicodeDecodeError):
            title = None   # the page's own error is reported by the content checks
        nav.append({str(title): uri} if isinstance(title, str) and title.strip() else uri)
    return nav
