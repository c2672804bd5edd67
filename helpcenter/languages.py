"""The site's languages: each is its own MkDocs site, at its own root ('/' or '/en/')."""
from __future__ import annotations

import posixpath
from dataclasses import dataclass


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
