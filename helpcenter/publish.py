"""Self-hosted publishing: releases side by side, a `current` symlink switched atomically.

    <target>/releases/<id>/    complete releases only: built, verified, then moved here (newest two kept)
    <target>/current           symlink to the live release; point the web server's root here
    <target>/.work/<id>/       a publish in progress (never a release, never a rollback target)
    <target>/.publish.lock     held (flock) by the publish or rollback running now

A release goes live only after it was built and verified completely; a build or check that
fails, a full disk, or a publish killed at any moment leaves `current` exactly as it was.
A release is complete when it holds the marker file `.helpcenter-release`, written after the
checks passed and right before the folder is renamed from `.work/` into `releases/`; the next
publish removes whatever a killed one left behind. Two publishes (or a publish and a rollback)
never interleave: the second one waits for the lock, or gives up after `wait` seconds.
"""
from __future__ import annotations

import errno
import fcntl
import html
import json
import os
import posixpath
import re
import shutil
import time
import xml.etree.ElementTree as ET
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator
from urllib.parse import unquote, urlsplit

from .seo import SITEMAP_NS, XHTML_NS

KEEP = 2  # the live release and the one before it, for rollback
MARKER = ".helpcenter-release"  # written last into a verified release: it is complete
LOCK = ".publish.lock"
WORK = ".work"


class PublishError(Exception):
    pass


def describe_os_error(error: OSError, where: Path | str | None = None) -> str:
    """One line for a failed file operation, naming the path; a full disk says so plainly."""
    if isinstance(error, shutil.Error) and error.args and isinstance(error.args[0], list) and error.args[0]:
        # shutil.copytree gathers (source, destination, reason) for every file it could not copy.
        for _, destination, why in error.args[0]:
            if f"[Errno {errno.ENOSPC}]" in str(why):
                return f"no space left on {destination}"
        source, destination, why = error.args[0][0]
        return f"cannot copy {source} to {destination}: {why}"
    path = error.filename if error.filename is not None else where
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        # A copy names its source first and the file it was writing second.
        full = error.filename2 if error.filename2 is not None else path
        return f"no space left on {full}" if full is not None else "no space left on the device"
    reason = error.strerror or str(error) or type(error).__name__
    if path is None:
        return reason
    if error.filename2 is not None:
        return f"{path} -> {error.filename2}: {reason}"
    return f"{path}: {reason}"


# -- checks before the switch ---------------------------------------------------------------

_SCRIPT_BODY = re.compile(rb"(<script\b[^>]*>).*?(</script\s*>)|<!--.*?-->", re.I | re.S)
_TAG = re.compile(rb"<(link|script|img)\b([^>]*)>", re.I)
_ATTR = re.compile(rb"""([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_LINK_RELS = {"stylesheet", "icon", "apple-touch-icon", "mask-icon"}


def _attributes(text: bytes) -> dict[bytes, bytes]:
    return {m.group(1).lower(): m.group(2) if m.group(2) is not None else
            m.group(3) if m.group(3) is not None else m.group(4) for m in _ATTR.finditer(text)}


def page_assets(page: bytes) -> Iterator[tuple[str, str]]:
    """(tag, URL) of every stylesheet, script and image an HTML page loads."""
    page = _SCRIPT_BODY.sub(lambda m: m.group(1) + m.group(2) if m.group(1) else b"", page)
    for match in _TAG.finditer(page):
        tag = match.group(1).lower().decode()
        attrs = _attributes(match.group(2))
        if tag == "link":
            rels = set(attrs.get(b"rel", b"").decode("utf-8", "replace").lower().split())
            url = attrs.get(b"href") if rels & _LINK_RELS else None
        else:
            url = attrs.get(b"src")
        if url:
            yield tag, url.decode("utf-8", "replace")


def _local_path(url: str, page_dir: str, base_path: str) -> str | None:
    """The file inside the site that a URL of a page leads to ('' for outside); None if not local."""
    url = html.unescape(url).strip() if "&" in url else url.strip()
    if not url or url.startswith(("#", "//")) or _SCHEME.match(url):
        return None
    path = unquote(url.split("#", 1)[0].split("?", 1)[0])
    if not path:
        return None
    if path.startswith("/"):
        if not path.startswith(base_path):
            return ""
        resolved = posixpath.normpath(path[len(base_path):] or ".")
    else:
        resolved = posixpath.normpath(posixpath.join(page_dir, path))
    if resolved == ".." or resolved.startswith("../"):
        return ""
    if path.endswith("/") or resolved == ".":
        resolved = posixpath.normpath(posixpath.join(resolved, "index.html"))
    return resolved


def missing_assets(site: Path, base_path: str = "/") -> list[str]:
    """One problem per stylesheet, script or image some page loads and the site lacks."""
    base_path = base_path if base_path.endswith("/") else base_path + "/"
    exists: dict[str, bool] = {}
    missing: dict[str, list] = {}  # file -> [URL as written, first page, number of pages]
    root = str(site)
    for folder, _, names in os.walk(root):
        rel_dir = posixpath.normpath(os.path.relpath(folder, root).replace(os.sep, "/"))
        for name in names:
            if not name.endswith(".html"):
                continue
            page = posixpath.normpath(posixpath.join(rel_dir, name))
            with open(os.path.join(folder, name), "rb") as handle:
                text = handle.read()
            seen = set()
            for tag, url in page_assets(text):
                path = _local_path(url, rel_dir, base_path)
                if path is None or path in seen:
                    continue
                seen.add(path)
                if path not in exists:
                    exists[path] = bool(path) and os.path.isfile(os.path.join(root, path))
                if not exists[path]:
                    entry = missing.setdefault(path, [f"<{tag}> {url}", page, 0])
                    entry[2] += 1
    problems = []
    for path, (what, page, count) in sorted(missing.items()):
        others = f" (and {count - 1} more page{'s' if count > 2 else ''})" if count > 1 else ""
        where = f"{path}, which is missing" if path else "a file outside the site"
        problems.append(f"{page} loads {what}: {where}{others}")
    return problems


def verify_site(site: Path, prefixes: dict[str, str]) -> list[str]:
    """Problems that must keep a built site from going live (empty when it is fine)."""
    problems = []
    for lang, prefix in prefixes.items():
        root = site / prefix if prefix else site
        for name in ("index.html", "404.html", "search/index.json"):
            if not (root / name).is_file():
                problems.append(f"{lang}: {name} is missing")
        try:
            index = json.loads((root / "search" / "index.json").read_text(encoding="utf-8"))
            if not index.get("count"):
                problems.append(f"{lang}: the search index has no articles")
            else:   # every piece index.json names (see helpcenter/search.py)
                pieces = [f"t/{index['shardHashes'][i // index['shardGroup']]}/{i}.json" for i in range(index["shards"])]
                pieces += [f"d/{index['docHashes'][i // index['docGroup']]}/{i}.json" for i in range(index["count"])]
                pieces += [f"v/{digest}.json" for digest in index["vocabulary"].values()]
                missing = [piece for piece in pieces if not (root / "search" / piece).is_file()]
                if missing:
                    problems.append(f"{lang}: {len(missing)} pieces of the search index are missing, "
                                    f"such as search/{missing[0]}")
        except (OSError, ValueError, KeyError, TypeError, IndexError) as error:
            problems.append(f"{lang}: the search index cannot be read ({error})")
    base_path = "/"
    try:
        urls = ET.parse(site / "sitemap.xml").getroot().findall(f"{{{SITEMAP_NS}}}url")
    except (OSError, ET.ParseError) as error:
        problems.append(f"sitemap.xml cannot be read ({error})")
        urls = None
    if urls is not None:
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
        if base:
            base_path = urlsplit(base).path or "/"
    try:
        problems += missing_assets(site, base_path)
    except OSError as error:
        problems.append(f"the pages cannot be read ({describe_os_error(error)})")
    return problems


# -- releases ---------------------------------------------------------------------------------

def is_complete(release: Path) -> bool:
    return (release / MARKER).is_file()


def releases(target: Path) -> list[Path]:
    """The complete releases, oldest first (names sort by time)."""
    folder = target / "releases"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".") and is_complete(p))


def live_release(target: Path) -> Path | None:
    current = target / "current"
    return current.resolve() if current.is_symlink() else None


def check_current(target: Path) -> None:
    """`current` must be the symlink publish switches (or not exist yet)."""
    current = target / "current"
    if os.path.lexists(current) and not current.is_symlink():
        kind = "folder" if current.is_dir() else "file"
        raise PublishError(
            f"{current} is a real {kind}, not the symlink that publish and rollback switch; "
            f"move it away (e.g. `mv {current} {target / 'current.manual'}`) and try again")


def switch(target: Path, release: Path) -> None:
    """Point `current` at `release` in one rename, so no request ever sees a half-switched site."""
    check_current(target)
    link = target / f".current-{os.getpid()}"
    link.unlink(missing_ok=True)
    link.symlink_to(release.relative_to(target))
    try:
        os.replace(link, target / "current")
    except OSError:
        link.unlink(missing_ok=True)
        raise
    _sync_folder(target)


def _sync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextmanager
def exclusive(target: Path, what: str, wait: float | None = None,
              on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold TARGET/.publish.lock; wait for whoever holds it (at most `wait` seconds, if given).

    The lock is an flock: the kernel drops it when its holder exits, even on kill -9."""
    path = target / LOCK
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _lock_holder(fd)
            if on_wait:
                on_wait(f"waiting for another publish of {target} to finish ({holder}) ...")
            if wait is None:
                fcntl.flock(fd, fcntl.LOCK_EX)
            else:
                deadline = time.monotonic() + wait
                while True:
                    try:
                        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                        break
                    except BlockingIOError:
                        if time.monotonic() >= deadline:
                            raise PublishError(
                                f"another publish of {target} ({holder}) was still running after "
                                f"{wait:g} s of waiting; nothing was changed, try again when it has finished")
                        time.sleep(0.05)
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()} {what}\n".encode(), 0)
        except OSError:
            pass  # only used for the message above
        yield
    finally:
        os.close(fd)  # releases the lock


def _lock_holder(fd: int) -> str:
    try:
        pid, _, what = os.pread(fd, 200, 0).decode("utf-8", "replace").strip().partition(" ")
    except OSError:
        pid, what = "", ""
    return f"{what or 'publish'}, pid {pid}" if pid else "pid unknown"


def new_release_id(work: Path) -> str:
    """A name no other publish can take (time to the microsecond, then our pid), created atomically."""
    while True:
        now = time.time()
        name = time.strftime("%Y%m%d-%H%M%S", time.localtime(now)) + f"-{int(now % 1 * 1e6):06d}-{os.getpid()}"
        try:
            (work / name).mkdir()
            return name
        except FileExistsError:
            time.sleep(0.000_001)


def mark_complete(release: Path, name: str, **extra) -> None:
    stamp = time.strftime("%Y-%m-%dT%H:%M:%S%z")
    (release / MARKER).write_text(json.dumps({"release": name, "verified": stamp, **extra}) + "\n",
                                  encoding="utf-8")


def adopt_live(target: Path, verify: Callable[[Path], list[str]]) -> None:
    """The live release of a publish from before markers existed went live after its checks:
    once it passes them again, it is a complete release (so that rollback can return to it)."""
    live = live_release(target)
    if live is None or live.parent != (target / "releases").resolve() or not live.is_dir() or is_complete(live):
        return
    if not verify(live):
        try:
            mark_complete(live, live.name, adopted=True)
        except OSError:
            pass


def remove_leftovers(target: Path) -> None:
    """What a killed publish or rollback left: work folders, half-made links, incomplete releases,
    and releases newer than the live one (never switched to, or rolled back from). Call it locked."""
    shutil.rmtree(target / WORK, ignore_errors=True)
    for link in target.glob(".current-*"):
        if link.is_symlink():
            link.unlink(missing_ok=True)
    folder = target / "releases"
    if not folder.is_dir():
        return
    live = live_release(target)
    live_ok = live is not None and live.parent == folder.resolve() and is_complete(live)
    for entry in folder.iterdir():
        if not entry.is_dir() or entry.is_symlink() or entry.resolve() == live:
            continue
        if not is_complete(entry) or (live_ok and entry.name > live.name):
            shutil.rmtree(entry, ignore_errors=True)


def publish(target: Path, build: Callable[[Path], bool], verify: Callable[[Path], list[str]], *,
            wait: float | None = None, on_wait: Callable[[str], None] | None = None) -> Path:
    """Build into a work folder, verify it, move it into releases/, make it live; return the release.

    `build(folder)` must create `folder`. Raises PublishError, or OSError for a failed file
    operation (a full disk); in every case `current` is left as it was."""
    target.mkdir(parents=True, exist_ok=True)
    with exclusive(target, "publish", wait, on_wait):
        check_current(target)
        adopt_live(target, verify)
        remove_leftovers(target)
        (target / WORK).mkdir(exist_ok=True)
        (target / "releases").mkdir(exist_ok=True)
        name = new_release_id(target / WORK)
        work = target / WORK / name
        site = work / "site"
        release = target / "releases" / name
        try:
            if not build(site):
                raise PublishError("the build failed")
            problems = verify(site)
            if problems:
                raise PublishError("the built site failed its checks:\n  " + "\n  ".join(problems))
            mark_complete(site, name)
            site.rename(release)  # same file system: atomic, and only complete releases are in releases/
        finally:
            shutil.rmtree(work, ignore_errors=True)
        switch(target, release)
        prune(target)
        return release


def prune(target: Path) -> None:
    """Keep the live release and the one before it; remove the other complete releases."""
    live = live_release(target)
    complete = releases(target)
    older = [r for r in complete if live is not None and r.name < live.name]
    keep = {r.resolve() for r in older[-(KEEP - 1):]} if KEEP > 1 else set()
    for old in complete:
        if old.resolve() != live and old.resolve() not in keep:
            shutil.rmtree(old, ignore_errors=True)


def rollback(target: Path, *, wait: float | None = None,
             on_wait: Callable[[str], None] | None = None) -> Path:
    """Make the complete release before the live one live again."""
    if not target.is_dir():
        raise PublishError(f"no release to roll back to: {target} does not exist")
    with exclusive(target, "rollback", wait, on_wait):
        check_current(target)
        live = live_release(target)
        older = [r for r in releases(target) if live is None or r.name < live.name]
        if not older:
            raise PublishError(f"no earlier release to roll back to (no complete release before the live one "
                               f"in {target / 'releases'})")
        switch(target, older[-1])
        return older[-1]
