"""Building the site with MkDocs: every language in its own MkDocs process, in parallel, in
strict mode, into a work folder that replaces the site folder only when all succeeded.

The children run MkDocs' own command line, wrapped so that they die with us and an unexpected
exception reaches `report` as one line, never a traceback.
"""
from __future__ import annotations

import errno
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ..assets import hash_assets
from ..catalogs import compile_catalogs
from ..paths import LOCALES_DIR, ROOT
from ..publish import describe_os_error
from ..seo import write_search_engine_files
from ..languages import site_alternates, site_languages

QUIET = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONUNBUFFERED": "1"}


# Each language builds in a child running MkDocs' own command line, wrapped so that the child
# dies with us (PR_SET_PDEATHSIG: a publish killed with kill -9 leaves no MkDocs behind) and an
# unexpected exception reaches `report` as one line (CHILD_CRASH + JSON) instead of a traceback.
CHILD_CRASH = "helpcenter-child-crash: "
CHILD = f"""
import ctypes, json, os, signal, sys
try:
    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG (Linux)
except (OSError, AttributeError):
    pass
if os.getppid() != int(os.environ.get("HELPCENTER_PARENT_PID") or os.getppid()):
    sys.exit(1)  # the parent died before prctl took effect
try:
    from mkdocs.__main__ import cli
    cli.main(args=sys.argv[1:], prog_name="mkdocs")
except SystemExit:
    raise
except KeyboardInterrupt:
    sys.exit(130)
except BaseException as error:
    crash = {{"type": type(error).__name__, "message": str(error)}}
    if isinstance(error, OSError):
        crash.update(errno=error.errno, strerror=error.strerror, filename=error.filename,
                     filename2=error.filename2)
    sys.stderr.flush()
    print({CHILD_CRASH!r} + json.dumps(crash), file=sys.stderr, flush=True)
    sys.exit(70)
"""


def mkdocs(*args: str) -> list[str]:
    return [sys.executable, "-c", CHILD, *args]


def languages() -> dict[str, str]:
    """Language -> its folder in the built site ('' for the source language, at the root)."""
    return site_languages(ROOT / "mkdocs.yml")


def language_config(lang: str, docs_dir: Path | None, site_url: str | None, work: Path,
                    data_dir: Path | None = None) -> Path:
    """The language's MkDocs config, or one inheriting it with another docs or data folder or site URL."""
    config = ROOT / f"mkdocs.{lang}.yml"
    docs_dir = docs_dir or ROOT / "docs"
    if docs_dir.resolve() == (ROOT / "docs").resolve() and site_url is None and data_dir is None:
        return config
    derived = work / f"mkdocs.{lang}.yml"
    # INHERIT resolves relative paths from the inheriting file: give the folder-bound ones in full.
    text = (f"INHERIT: {config}\ndocs_dir: {(docs_dir / lang).resolve()}\n"
            f"theme:\n  custom_dir: {ROOT / 'overrides'}\n")
    if data_dir:
        text += f"extra:\n  data_dir: {data_dir.resolve()}\n"
    if site_url:
        prefix = languages()[lang]
        text += f"site_url: {site_url.rstrip('/') + '/' + (prefix + '/' if prefix else '')}\n"
    derived.write_text(text, encoding="utf-8")
    return derived


def build_language(lang: str, out: Path, config: Path) -> tuple[str, int, str]:
    env = {**QUIET, "HELPCENTER_PARENT_PID": str(os.getpid())}
    try:
        run = subprocess.run(mkdocs("build", "--strict", "-f", str(config), "-d", str(out)),
                             cwd=ROOT, env=env, capture_output=True, text=True, errors="replace")
    except OSError as error:
        return lang, 1, f"ERROR   -  MkDocs could not be started: {describe_os_error(error)}"
    return lang, run.returncode, run.stdout + run.stderr


def crash_line(output: str, out: Path | None = None) -> str | None:
    """What stopped a child that crashed: its exception in one line (a full disk: where), or None."""
    crash, exception = None, None
    in_traceback = False
    for line in output.splitlines():
        if line.startswith(CHILD_CRASH):
            try:
                crash = json.loads(line[len(CHILD_CRASH):])
            except ValueError:
                pass
        elif line.startswith("Traceback (most recent call last):"):
            in_traceback = True
        elif in_traceback and line and not line.startswith(" "):
            exception, in_traceback = line, False   # the exception closes the frames
    if crash:
        if crash.get("errno") is not None:
            error = OSError(crash["errno"], crash.get("strerror") or crash["message"], crash.get("filename"),
                            None, crash.get("filename2"))
            return f"{crash['type']}: {describe_os_error(error, out)}" if crash["errno"] not in (
                errno.ENOSPC, errno.EDQUOT) else describe_os_error(error, out)
        return f"{crash['type']}: {crash['message']}" if crash["message"] else crash["type"]
    if exception:
        if f"[Errno {errno.ENOSPC}]" in exception:
            path = re.search(r"\[Errno \d+\] [^:]*: '(.*)'", exception)
            return f"no space left on {path.group(1) if path else out or 'the device'}"
        return exception
    return None


def report(lang: str, output: str, code: int = 1, out: Path | None = None) -> None:
    """Show a writer what went wrong: the warnings and errors, without MkDocs' chatter, and what
    stopped the build when it was not a content error (an exception, a full disk, a signal)."""
    shown = continued = in_traceback = False
    for line in output.splitlines():
        if line.startswith("Traceback (most recent call last):"):
            in_traceback = True
        elif in_traceback:
            in_traceback = not line or line.startswith(" ")
        elif line.startswith(("WARNING", "ERROR", "Error", "Aborted")):
            print(f"[{lang}] {line}", file=sys.stderr)
            shown = continued = True
        elif continued and line.startswith("  "):
            print(f"[{lang}] {line}", file=sys.stderr)   # the rest of a multi-line warning
        else:
            continued = False
    stopped = crash_line(output, out)
    if stopped is None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        stopped = f"MkDocs was killed by {name}" + (" (out of memory?)" if -code == signal.SIGKILL else "")
    if stopped is None and not shown:
        last = [line for line in output.splitlines() if line.strip()]
        stopped = (f"MkDocs exited with code {code}: {last[-1].strip()}" if last
                   else f"MkDocs exited with code {code} without saying why")
    if stopped:
        first, *rest = stopped.splitlines() or [""]
        print(f"[{lang}] the build stopped: {first}", file=sys.stderr)
        for line in rest:
            print(f"[{lang}]   {line}", file=sys.stderr)


def replace_dir(new: Path, target: Path) -> None:
    """Put `new` where `target` is with two renames, so readers never see a half-written site."""
    old = target.with_name(target.name + ".previous")
    if old.exists():
        if target.exists():
            shutil.rmtree(old)
        else:
            old.rename(target)   # a run killed between the two renames: the site is in .previous
    if target.exists():
        target.rename(old)
    try:
        new.rename(target)
    except OSError:
        if old.exists() and not target.exists():
            old.rename(target)
        raise
    if old.exists():
        shutil.rmtree(old, ignore_errors=True)


def remove_stale_work(folder: Path) -> None:
    """`.build-<pid>-*` folders of builds that were killed (their process is gone)."""
    for stale in folder.glob(".build-*-*"):
        pid = stale.name.split("-")[1]
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            shutil.rmtree(stale, ignore_errors=True)
        except OSError:
            pass


def built_languages(docs_dir: Path | None) -> dict[str, str]:
    """The languages a build makes: all of them; from another folder of pages (a generated
    corpus, a test tree), those it has a folder for (the source language always)."""
    prefixes = languages()
    if docs_dir is None or docs_dir.resolve() == (ROOT / "docs").resolve():
        return prefixes
    kept = {lang: prefix for lang, prefix in prefixes.items() if not prefix or (docs_dir / lang).is_dir()}
    for lang in prefixes.keys() - kept.keys():
        print(f"{lang}: {docs_dir} has no {lang}/ folder; that language is not built", file=sys.stderr)
    return kept


def build_site(site_dir: Path, docs_dir: Path | None = None, site_url: str | None = None,
               data_dir: Path | None = None, kept: str | None = "") -> bool:
    """Build every language in parallel; replace site_dir only when all succeeded.

    On failure, prints what went wrong (one line per problem, never a traceback) and, unless
    `kept` is None, that `kept` (default: site_dir) was left as it was."""
    site_dir = site_dir.resolve()
    left = "" if kept is None else f"; {kept or site_dir} was left as it was"
    work = None
    try:
        compile_catalogs(LOCALES_DIR)
        site_dir.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_work(site_dir.parent)
        work = Path(tempfile.mkdtemp(prefix=f".build-{os.getpid()}-", dir=site_dir.parent))
        prefixes = built_languages(docs_dir)
        with ThreadPoolExecutor(max_workers=len(prefixes)) as pool:
            results = list(pool.map(
                lambda lang: build_language(lang, work / lang,
                                            language_config(lang, docs_dir, site_url, work, data_dir)),
                prefixes))
        failed = [(lang, code, output) for lang, code, output in results if code != 0]
        for lang, code, output in failed:
            report(lang, output, code, work / lang)
        if failed:
            print(f"Build failed ({', '.join(l for l, _, _ in failed)}){left}.", file=sys.stderr)
            return False
        site = work / "site"
        for lang, prefix in prefixes.items():
            (work / lang).rename(site / prefix if prefix else site)
        tags = {alt["lang"]: alt.get("tag") or alt["lang"] for alt in site_alternates()}
        write_search_engine_files(site, prefixes, tags)
        hash_assets(site, prefixes)   # our CSS/JS get content-hashed names (helpcenter/assets.py)
        replace_dir(site, site_dir)
        return True
    except OSError as error:
        print(f"Build failed: {describe_os_error(error)}{left}.", file=sys.stderr)
        return False
    finally:
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)


