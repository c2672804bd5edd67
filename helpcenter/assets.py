"""Cache-safe names for the help center's own stylesheets and scripts.

Every CSS and JS file of overrides/assets/ (helpcenter.css, helpcenter.js, search-worker.js,
vendor/*.js, and whatever is added there later) is renamed in the built site to carry a hash of
its content (`helpcenter.css` -> `helpcenter.3f9c2a1b7d.css`), and every reference to it in the
built pages and in our other scripts and stylesheets is rewritten to the new name. A release that
changes a file therefore gets a new URL for it, and a URL always serves the same bytes: CDNs and
browsers may keep these files for a year (`Cache-Control: immutable`).

Files whose names already carry a hash (Material's `main.<hash>.min.css`, the search index
shards, which get theirs from the search build) are left alone, and so is everything that is
not ours. Runs on an assembled site (zh at the root, the other languages in their folders),
before it replaces the site folder; running it twice changes nothing.
"""
from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from .paths import ROOT

SOURCE = ROOT / "overrides" / "assets"
SUFFIXES = (".css", ".js")
HASH_LENGTH = 10
# A name carrying a content hash: `main.484c7ddc.min.css`, `bundle.79ae519e.min.js`,
# `helpcenter.3f9c2a1b7d.css`, `zh-0-5d41402abc.json`: 8 to 64 hex digits between separators.
HASHED = re.compile(r"[.-][0-9a-f]{8,64}(?=[.-])")


def is_hashed(name: str) -> bool:
    """Whether a file name (not a path) carries a content hash, so its content never changes."""
    return bool(HASHED.search(name))


_HEX = re.compile(r"[0-9a-f]{8,64}")


def _hex_hash(part: str) -> bool:
    # hex digits and at least one of each kind: a slug such as 20261201 or 'deadbeef' is no hash
    return bool(_HEX.fullmatch(part)) and not part.isdigit() and any(c.isdigit() for c in part)


def path_is_hashed(path: str) -> bool:
    """Whether a file of the site never changes under its path: its name carries a hash
    (`main.484c7ddc.min.css`, `d6739a7fdd.json`) or one of its folders is a hash
    (`search/t/c2e3ca8e2d/3.json`, as the search index shards are written). Pages never are."""
    *folders, name = path.split("/")
    if name.endswith(".html"):
        return False
    return is_hashed(name) or _hex_hash(name.split(".", 1)[0]) or any(_hex_hash(f) for f in folders)


def our_assets(source: Path = SOURCE) -> list[str]:
    """Paths (assets/...) of our own stylesheets and scripts that need a hash in their name."""
    found = []
    for path in sorted(source.rglob("*")):
        if path.is_file() and path.suffix in SUFFIXES and not is_hashed(path.name):
            found.append("assets/" + path.relative_to(source).as_posix())
    return found


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:HASH_LENGTH]


def hashed_name(name: str, digest: str) -> str:
    stem, dot, suffix = name.rpartition(".")
    return f"{stem}.{digest}.{suffix}" if dot else f"{name}.{digest}"


def _reference(names: list[str]) -> re.Pattern[bytes]:
    # The file's name, not inside a longer name; the path written before it is checked by _points_at.
    alternatives = b"|".join(re.escape(name.encode()) for name in sorted(names, key=len, reverse=True))
    return re.compile(rb"(?<![\w.-])(" + alternatives + rb")(?![\w-]|\.\w)")


_PATH_CHARS = re.compile(rb"[\w.~%/-]*$")


def _points_at(written: bytes, asset: str) -> bool:
    """Whether a path written before an asset's name (`../assets/javascripts/`, `vendor/`, ``,
    `/en/assets/stylesheets/`) can lead to it: its folders must end the asset's folders."""
    parts = [p for p in written.decode("utf-8", "replace").split("/") if p not in ("", ".", "..")]
    folders = asset.split("/")[:-1]
    return not parts or folders[-len(parts):] == parts or (
        len(parts) > len(folders) and parts[-len(folders):] == folders)


def _rewrite(text: bytes, pattern: re.Pattern[bytes], renamed: dict[str, tuple[str, str]]) -> bytes:
    """`renamed`: file name -> (asset path, new file name)."""
    def replace(match: re.Match[bytes]) -> bytes:
        name = match.group(1).decode()
        asset, new = renamed[name]
        before = _PATH_CHARS.search(text, max(0, match.start() - 300), match.start()).group(0)
        opening = text[match.start() - len(before) - 1:match.start() - len(before)]
        if not before.strip(b"./") and opening not in (b'"', b"'", b"(", b"="):
            return match.group(0)   # the bare name in a sentence, not a URL
        return new.encode() if _points_at(before, asset) else match.group(0)
    return pattern.sub(replace, text)


def hash_language(root: Path, assets: list[str], skip: list[str] = ()) -> dict[str, str]:
    """Rename our assets in one language's folder (`root`), rewrite the references to them in
    its pages and assets; return {old path: new path} (paths relative to `root`). `skip`: the
    folders of other languages inside `root`, which have their own assets."""
    present = [a for a in assets if (root / a).is_file()]
    if not present:
        return {}
    by_name: dict[str, list[str]] = {}
    for asset in present:
        by_name.setdefault(asset.rsplit("/", 1)[-1], []).append(asset)
    contents = {a: (root / a).read_bytes() for a in present}
    everything = _reference(list(by_name))
    # Hash a file only after the files it refers to have their new names (the worker refers to
    # vendor/porter-stemmer.js: the stemmer's hash first, then the worker's with the new name in it).
    needs = {a: {n for n in (m.group(1).decode() for m in everything.finditer(contents[a]))
                 for other in by_name[n] if other != a} for a in present}
    renamed: dict[str, tuple[str, str]] = {}   # file name -> (asset, new file name)
    mapping: dict[str, str] = {}
    todo = list(present)
    while todo:
        ready = [a for a in todo if not (needs[a] - set(renamed))] or todo[:1]   # a cycle: break it
        for asset in ready:
            todo.remove(asset)
            data = contents[asset]
            if renamed:
                data = _rewrite(data, _reference(list(renamed)), renamed)
            folder, _, name = asset.rpartition("/")
            new_name = hashed_name(name, content_hash(data))
            new = f"{folder}/{new_name}"
            (root / new).write_bytes(data)
            if new != asset:
                (root / asset).unlink()
            if len(by_name[name]) == 1:   # two of ours with one name: leave both alone in references
                renamed[name] = (asset, new_name)
            mapping[asset] = new
    pattern = _reference(list(renamed))
    skipped = {os.path.normpath(os.path.join(str(root), s)) for s in skip}
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = [s for s in subfolders if os.path.join(folder, s) not in skipped]
        for name in names:
            if not name.endswith(".html"):
                continue
            path = os.path.join(folder, name)
            with open(path, "rb") as handle:
                text = handle.read()
            new_text = _rewrite(text, pattern, renamed)
            if new_text != text:
                with open(path, "wb") as handle:
                    handle.write(new_text)
    return mapping


def hash_assets(site: Path, prefixes: dict[str, str], assets: list[str] | None = None) -> dict[str, str]:
    """Give our assets cache-safe names in every language of an assembled site; return
    {old path: new path}, relative to the site. Pages of a language refer to its own assets only."""
    assets = our_assets() if assets is None else assets
    folders = [p for p in prefixes.values() if p]
    mapping = {}
    for prefix in prefixes.values():
        root = site / prefix if prefix else site
        inside = [f[len(prefix) + 1:] if prefix else f for f in folders
                  if f != prefix and (not prefix or f.startswith(prefix + "/"))]
        for old, new in hash_language(root, assets, inside).items():
            mapping[f"{prefix}/{old}" if prefix else old] = f"{prefix}/{new}" if prefix else new
    return mapping
