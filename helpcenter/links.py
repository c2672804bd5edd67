"""Links and images in Markdown: every internal link must lead to a page, every image needs alt text."""
from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field

from .errors import ContentError

_LINK = re.compile(r"(!?)\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+[\"'][^\"']*[\"'])?\s*\)")
_IMG_TAG = re.compile(r"<img\b[^>]*>", re.I)
_ALT = re.compile(r"\balt\s*=\s*([\"'])(.*?)\1", re.I | re.S)
_FENCE = re.compile(r"^\s*(```|~~~)")
_CODE_SPAN = re.compile(r"(`+)(?!`).*?(?<!`)\1")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)


@dataclass
class SitePages:
    """What exists in each language: source files and page URLs, relative to the language root."""
    files: dict[str, set[str]] = field(default_factory=dict)
    urls: dict[str, set[str]] = field(default_factory=dict)
    prefixes: dict[str, str] = field(default_factory=dict)   # lang -> '' or 'en'


def page_url_of(src_uri: str) -> str:
    stem = src_uri[:-3] if src_uri.endswith(".md") else src_uri
    if stem == "index" or stem.endswith("/index"):
        stem = stem[: -len("index")]
        return stem
    return stem + "/"


def body_lines(body: str):
    """(number from 0, line) of the body's lines outside fenced code blocks."""
    fenced = False
    for number, line in enumerate(body.splitlines()):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if not fenced:
            yield number, line


def check_links(body: str, *, body_line: int, path: str, src_uri: str, lang: str,
                site: SitePages) -> list[ContentError]:
    """Broken internal links (also to the other language) and images without alt text."""
    problems = []
    here = posixpath.dirname(src_uri)
    for number, line in body_lines(body):
        line = _CODE_SPAN.sub("", line)   # `<img>` in inline code is text, not an image
        where = body_line + number
        for bang, text, target in _LINK.findall(line):
            if bang:
                if not text.strip():
                    problems.append(ContentError(path, f"image '{target}' has no alt text",
                                                 "describe the image between the brackets: ![what it shows](...)", where))
                continue
            problem = _link_problem(target, here, lang, site)
            if problem:
                problems.append(ContentError(path, f"link '{target}' {problem[0]}", problem[1], where))
        for tag in _IMG_TAG.findall(line):
            alt = _ALT.search(tag)
            if not alt or not alt.group(2).strip():
                problems.append(ContentError(path, "image has no alt text", 'add alt="what it shows" to the <img>', where))
    return problems


def _link_problem(target: str, here: str, lang: str, site: SitePages) -> tuple[str, str] | None:
    if _SCHEME.match(target) or target.startswith(("#", "//")):
        return None
    target = target.split("#")[0].split("?")[0]
    if not target:
        return None
    if target.startswith("/"):
        path = target.lstrip("/")
        other = next((l for l, p in site.prefixes.items() if p and (path + "/").startswith(p + "/")), None)
        target_lang = other or next(l for l, p in site.prefixes.items() if not p)
        if other:
            path = path[len(site.prefixes[other]):].lstrip("/")
        url = path if path.endswith("/") or not path else path + "/"
        if url not in site.urls.get(target_lang, set()) and path not in site.files.get(target_lang, set()):
            return (f"leads to no {target_lang} page", f"use the address of an existing page, e.g. "
                    f"/{site.prefixes[target_lang] + '/' if site.prefixes[target_lang] else ''}account/account-locked/")
        return None
    resolved = posixpath.normpath(posixpath.join(here, target))
    if resolved.startswith(".."):
        return ("leaves this language's folder", "link to the other language with its address, e.g. /en/account/account-locked/")
    if target.endswith(".md"):
        if resolved not in site.files.get(lang, set()):
            return ("leads to no file", f"check the file name; the path is relative to {here or 'the language folder'}/")
    return None
