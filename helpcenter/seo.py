"""What search engines read: one sitemap for both languages with hreflang alternates, robots.txt."""
from __future__ import annotations

import gzip
import xml.etree.ElementTree as ET
from pathlib import Path

from .languages import source_language

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"


def sitemap_urls(path: Path) -> list[str]:
    """The page URLs of a sitemap.xml written by MkDocs."""
    tree = ET.parse(path)
    return [loc.text.strip() for loc in tree.iter(f"{{{SITEMAP_NS}}}loc") if loc.text]


def combined_sitemap(pages: dict[str, list[str]], roots: dict[str, str], tags: dict[str, str] | None = None) -> str:
    """A sitemap of every page of every language, each with xhtml:link alternates to the same
    page in the languages that have it, and x-default (the first language).

    ``pages`` maps a language to its absolute page URLs; ``roots`` maps it to its absolute root;
    ``tags`` to its BCP 47 tag for hreflang (default: its code).
    """
    tags = tags or {}
    by_path: dict[str, dict[str, str]] = {}
    for lang, urls in pages.items():
        for url in urls:
            by_path.setdefault(url.removeprefix(roots[lang]), {})[lang] = url
    default = min(roots, key=lambda lang: len(roots[lang]))   # the source, at the site root
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             f'<urlset xmlns="{SITEMAP_NS}" xmlns:xhtml="{XHTML_NS}">']
    for lang in roots:
        for path in sorted(p for p, langs in by_path.items() if lang in langs):
            versions = by_path[path]
            lines.append(f"  <url>\n    <loc>{_xml(versions[lang])}</loc>")
            for other, url in versions.items():
                lines.append(f'    <xhtml:link rel="alternate" hreflang="{tags.get(other, other)}" href="{_xml(url)}"/>')
            if default in versions:
                lines.append(f'    <xhtml:link rel="alternate" hreflang="x-default" href="{_xml(versions[default])}"/>')
            lines.append("  </url>")
    lines.append("</urlset>\n")
    return "\n".join(lines)


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def robots_txt(root_url: str) -> str:
    return f"User-agent: *\nAllow: /\n\nSitemap: {root_url}sitemap.xml\n"


def write_search_engine_files(site_dir: Path, prefixes: dict[str, str], tags: dict[str, str] | None = None) -> None:
    """Replace the per-language sitemaps MkDocs wrote with one combined sitemap and robots.txt.

    ``prefixes`` maps each language to its folder in the site ('' for the root language).
    """
    pages, roots = {}, {}
    for lang, prefix in prefixes.items():
        folder = site_dir / prefix if prefix else site_dir
        pages[lang] = sitemap_urls(folder / "sitemap.xml")
        home = min(pages[lang], key=len)
        roots[lang] = home
        if prefix:
            (folder / "sitemap.xml").unlink()
            (folder / "sitemap.xml.gz").unlink(missing_ok=True)
    text = combined_sitemap(pages, roots, tags)
    (site_dir / "sitemap.xml").write_text(text, encoding="utf-8")
    (site_dir / "sitemap.xml.gz").write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    (site_dir / "robots.txt").write_text(robots_txt(roots[source_language(prefixes)]), encoding="utf-8")
