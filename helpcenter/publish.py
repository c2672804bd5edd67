"""Self-hosted publishing: releases side by side, a `current` symlink switched atomically.

    <target>/releases/<id>/   one built and verified site each (the newest two are kept)
    <target>/current          symlink to the live release; point the web server's root here

A release goes live only after it was built and verified completely; a build or check that
fails, or a crash half-way, leaves `current` exactly as it was.
"""
from __future__ import annotations

import json
import os
import shutil
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit

from .seo import SITEMAP_NS, XHTML_NS

KEEP = 2  # the live release and the one before it, for rollback


class PublishError(Exception):
    pass


def verify_site(site: Path, prefixes: dict[str, str]) -> list[str]:
    """Problems that must keep a built site from going live (empty when it is fine)."""
    problems = []
    for lang, prefix in prefixes.items():
        root = site / prefix if prefix else site
        for name in ("index.html", "404.html", "search/articles.json"):
            if not (root / name).is_file():
                problems.append(f"{lang}: {name} is missing")
        try:
            index = json.loads((root / "search" / "articles.json").read_text(encoding="utf-8"))
            if not index.get("docs"):
                problems.append(f"{lang}: the search index has no articles")
        except (OSError, ValueError) as error:
            problems.append(f"{lang}: the search index cannot be read ({error})")
    try:
        urls = ET.parse(site / "sitemap.xml").getroot().findall(f"{{{SITEMAP_NS}}}url")
    except (OSError, ET.ParseError) as error:
        return problems + [f"sitemap.xml cannot be read ({error})"]
    base = None
    for url in urls:
        loc = url.find(f"{{{SITEMAP_NS}}}loc").text
        base = base or loc
        for link in [loc] + [l.get("href") for l in url.findall(f"{{{XHTML_NS}}}link")]:
            path = urlsplit(link).path.removeprefix(urlsplit(base).path)
            if not (site / path / "index.html").is_file():
                problems.append(f"sitemap.xml links to {link}, which was not built")
    if not urls:
        problems.append("sitemap.xml lists no pages")
    return problems


def releases(target: Path) -> list[Path]:
    folder = target / "releases"
    return sorted(p for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []


def live_release(target: Path) -> Path | None:
    current = target / "current"
    return current.resolve() if current.is_symlink() else None


def switch(target: Path, release: Path) -> None:
    """Point `current` at `release` in one rename, so no request ever sees a half-switched site."""
    link = target / f".current-{os.getpid()}"
    link.unlink(missing_ok=True)
    link.symlink_to(release.relative_to(target))
    os.replace(link, target / "current")


def publish(target: Path, build: Callable[[Path], bool], verify: Callable[[Path], list[str]]) -> Path:
    """Build into a new release, verify it, then make it live; return the new release."""
    folder = target / "releases"
    folder.mkdir(parents=True, exist_ok=True)
    release = folder / time.strftime("%Y%m%d-%H%M%S")
    while release.exists():
        release = release.with_name(release.name + "-1")
    try:
        if not build(release):
            raise PublishError("the build failed")
        problems = verify(release)
        if problems:
            raise PublishError("the built site failed its checks:\n  " + "\n  ".join(problems))
    except BaseException:
        shutil.rmtree(release, ignore_errors=True)
        raise
    switch(target, release)
    live = release.resolve()
    for old in releases(target)[:-KEEP]:
        if old.resolve() != live:
            shutil.rmtree(old, ignore_errors=True)
    return release


def rollback(target: Path) -> Path:
    """Make the release before the live one live again."""
    live = live_release(target)
    older = [r for r in releases(target) if live is None or r.resolve() < live]
    if not older:
        raise PublishError(f"no earlier release to roll back to in {target / 'releases'}")
    switch(target, older[-1])
    return older[-1]
