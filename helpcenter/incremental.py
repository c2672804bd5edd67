"""The writer's loop: after a save, which pages must be rendered again to be correct.

MkDocs' --dirty mode renders only the pages whose source changed, so everything that shows
another page's title, description or place (the category listing, related-article lists,
the common problems shown on every page, the navigation) would go stale. This module says
which other pages depend on what changed; the hook renders those too.
"""
from __future__ import annotations

from pathlib import Path

from .site import Library

EVERYTHING = None


def _summary(library: Library, uri: str):
    article = library.articles.get(uri)
    if article is not None:
        return ("article", article.meta.title, article.meta.description, article.meta.urgency)
    page = library.pages.get(uri)
    return ("page", page.title, page.description) if page is not None else None


def pages_to_rebuild(changed: set[str], before: Library, after: Library,
                     related_before: dict[str, list], related_after: dict[str, list],
                     common_problems: set[str]) -> set[str] | None:
    """src_uris to render besides the changed ones; None when every page must be rendered."""
    touched = set(changed)
    appeared_or_gone = (set(before.articles) | set(before.pages)) ^ (set(after.articles) | set(after.pages))
    for uri in changed | appeared_or_gone:
        if _summary(before, uri) == _summary(after, uri):
            continue                                   # only the body changed: no one else shows it
        if uri == "index.md" or uri.endswith("/index.md") or uri in common_problems:
            return EVERYTHING                           # in the navigation, or on every page
        category = uri.rsplit("/", 1)[0]
        touched.add(f"{category}/index.md")            # the category page lists its articles
        touched.update(other for other, related in related_after.items()
                       if any(a.src_uri == uri for a in related))
    for uri, related in related_after.items():
        if [a.src_uri for a in related] != [a.src_uri for a in related_before.get(uri, [])]:
            touched.add(uri)
    return touched


def newest_change(folders: list[Path]) -> float:
    """The latest modification time of any file in `folders` (templates, data files)."""
    return max((p.stat().st_mtime for folder in folders for p in folder.rglob("*") if p.is_file()), default=0.0)
