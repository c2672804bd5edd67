#!/usr/bin/env python3
"""The help center's command for writers and CI: build and preview the site, create and check
articles, track translations, publish. `python scripts/helpcenter.py COMMAND --help` tells more."""
from __future__ import annotations

import argparse
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from helpcenter.catalogs import compile_catalogs  # noqa: E402
from helpcenter.checks import check_content  # noqa: E402
from helpcenter.translations import mark_translated  # noqa: E402
from helpcenter.languages import site_languages  # noqa: E402
from helpcenter.publish import PublishError, publish, rollback, verify_site  # noqa: E402
from helpcenter.seo import write_search_engine_files  # noqa: E402
from helpcenter.site import LOCALES_DIR  # noqa: E402

from helpcenter.errors import ContentErrors  # noqa: E402

# Language -> (its MkDocs config, where it is published inside the site folder), from mkdocs.yml.
try:
    LANGUAGES = {lang: (f"mkdocs.{lang}.yml", prefix) for lang, prefix in site_languages(ROOT / "mkdocs.yml").items()}
    CONFIG_ERRORS: list = []
except ContentErrors as errors:   # reported by main(), after --help had its chance
    LANGUAGES, CONFIG_ERRORS = {"zh": ("mkdocs.zh.yml", "")}, errors.errors
PREFIXES = {lang: prefix for lang, (_, prefix) in LANGUAGES.items()}
ARTICLE_TEMPLATES = {
    "zh": """---
title: TODO 用客户的话写出问题，例如：退款还没到账怎么办？
description: TODO 用一句话说明本文解决什么问题。
urgency: medium
prepare:
  - TODO 联系客服前需要准备的信息，例如：交易时间
keywords:
  - TODO 客户会搜索的说法
---

## TODO 先做什么

1. 第一步
2. 第二步

## 仍未解决？

请使用本页底部的联系方式。
""",
    "en": """---
title: TODO The customer's question, e.g. My refund hasn't arrived – what can I do?
description: TODO One sentence saying what this article solves.
urgency: medium
prepare:
  - TODO What to have ready when contacting support, e.g. transaction time
keywords:
  - TODO What customers type when searching for this
---

## TODO What to do first

1. First step
2. Second step

## Still not solved?

Use the contact options at the end of this page.
""",
}
QUIET = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONUNBUFFERED": "1"}


import errno  # noqa: E402
import json  # noqa: E402
import signal  # noqa: E402
from helpcenter.publish import describe_os_error, live_release  # noqa: E402

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


def language_config(lang: str, docs_dir: Path | None, site_url: str | None, work: Path,
                    data_dir: Path | None = None) -> Path:
    """The language's MkDocs config, or one inheriting it with another docs or data folder or site URL."""
    config = ROOT / LANGUAGES[lang][0]
    docs_dir = docs_dir or ROOT / "docs"
    if docs_dir.resolve() == (ROOT / "docs").resolve() and site_url is None and data_dir is None:
        return config
    derived = work / f"mkdocs.{lang}.yml"
    # INHERIT resolves relative paths from the inheriting file: give the folder-bound ones in full.
    text = (f"INHERIT: {config}\ndocs_dir: {(docs_dir / lang).resolve()}\n"
            f"theme:\n  custom_dir: {ROOT / 'overrides'}\n"
            f"hooks:\n  - {ROOT / 'hooks' / 'helpcenter_hooks.py'}\n")
    if data_dir:
        text += f"extra:\n  data_dir: {data_dir.resolve()}\n"
    if site_url:
        prefix = LANGUAGES[lang][1]
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
        with ThreadPoolExecutor(max_workers=len(LANGUAGES)) as pool:
            results = list(pool.map(
                lambda lang: build_language(lang, work / lang,
                                            language_config(lang, docs_dir, site_url, work, data_dir)),
                LANGUAGES))
        failed = [(lang, code, output) for lang, code, output in results if code != 0]
        for lang, code, output in failed:
            report(lang, output, code, work / lang)
        if failed:
            print(f"Build failed ({', '.join(l for l, _, _ in failed)}){left}.", file=sys.stderr)
            return False
        site = work / "site"
        for lang, (_, prefix) in LANGUAGES.items():
            (work / lang).rename(site / prefix if prefix else site)
        write_search_engine_files(site, {lang: prefix for lang, (_, prefix) in LANGUAGES.items()})
        replace_dir(site, site_dir)
        return True
    except OSError as error:
        print(f"Build failed: {describe_os_error(error)}{left}.", file=sys.stderr)
        return False
    finally:
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)


def cmd_build(args: argparse.Namespace) -> int:
    start = time.monotonic()
    data_dir = Path(args.data_dir) if args.data_dir else None
    try:
        if not build_site(Path(args.site_dir), Path(args.docs_dir), args.site_url, data_dir):
            return 1
    except KeyboardInterrupt:
        print(f"Build interrupted; {args.site_dir} was left as it was.", file=sys.stderr)
        return 130
    print(f"Built {', '.join(LANGUAGES)} into {args.site_dir} in {time.monotonic() - start:.1f} s")
    return 0


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def still_live(target: Path) -> str:
    try:
        live = live_release(target)
    except OSError:
        live = None
    if live is None:
        return "Nothing was changed."
    state = "" if live.is_dir() else " (a release that no longer exists; the next publish repairs it)"
    return f"{target / 'current'} still serves {live.name}{state}."


def cmd_publish(args: argparse.Namespace) -> int:
    target = Path(args.target).resolve()
    try:
        release = publish(target, lambda site: build_site(site, kept=None),
                          lambda site: verify_site(site, PREFIXES),
                          wait=getattr(args, "wait", None), on_wait=say)
    except PublishError as error:
        print(f"Not published: {error}. {still_live(target)}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"Not published: {describe_os_error(error)}. {still_live(target)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"Not published: interrupted. {still_live(target)}", file=sys.stderr)
        return 130
    print(f"Published {release.name}: {target / 'current'} -> {release}")
    return 0


def cmd_rollback(args: argparse.Namespace) -> int:
    target = Path(args.target).resolve()
    try:
        release = rollback(target, wait=getattr(args, "wait", None), on_wait=say)
    except PublishError as error:
        print(f"Not rolled back: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"Not rolled back: {describe_os_error(error)}. {still_live(target)}", file=sys.stderr)
        return 1
    print(f"Rolled back: {target / 'current'} -> {release}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    report = check_content(Path(args.docs_dir), PREFIXES)
    for error in report.errors:
        print(error, file=sys.stderr)
    for path in report.stale:
        print(f"{path}: translation may be out of date: its source changed "
              f"(fix: update it, then run `python scripts/helpcenter.py mark-translated {path}`)")
    articles = sum(len(library.articles) for library in report.libraries.values())
    if report.errors:
        print(f"{len(report.errors)} problem(s) in {articles} articles.", file=sys.stderr)
        return 1
    print(f"All content checks passed ({articles} articles, {len(report.stale)} stale translation(s)).")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    report = check_content(Path(args.docs_dir), PREFIXES)
    langs = list(PREFIXES)
    problems = {}
    for error in report.errors:
        problems.setdefault(error.path, []).append(error.message)
    header = f"{'article':44}" + "".join(f"{lang:>6}" for lang in langs) + f"  {'urgency':8} {'translation':12} problems"
    print(header)
    print("-" * len(header))
    for row in report.rows:
        marks = "".join(f"{'yes' if row.present[lang] else 'MISSING':>6}" for lang in langs)
        state = "stale" if any(row.stale.values()) else ("missing" if not all(row.present.values()) else "current")
        issues = [m for lang in langs for m in problems.get(f"docs/{lang}/{row.src_uri}", [])]
        print(f"{row.src_uri:44}{marks}  {row.urgency:8} {state:12} {'; '.join(issues)}")
    return 1 if report.errors else 0


def cmd_mark_translated(args: argparse.Namespace) -> int:
    source_lang = next(iter(PREFIXES))
    path = Path(args.path)
    if not path.is_absolute():
        path = (Path.cwd() / path).resolve()
    docs = Path(args.docs_dir).resolve()
    try:
        lang, *rest = path.relative_to(docs).parts
    except ValueError:
        print(f"{args.path}: not an article under {docs}", file=sys.stderr)
        return 1
    src_uri = "/".join(rest)
    if lang == source_lang or lang not in PREFIXES:
        print(f"{args.path}: give the translation (e.g. docs/en/{src_uri}), not the {source_lang} source",
              file=sys.stderr)
        return 1
    report = check_content(docs, PREFIXES)
    source = report.libraries[source_lang].articles.get(src_uri)
    if source is None or not path.is_file():
        print(f"{args.path}: both docs/{source_lang}/{src_uri} and the translation must exist and be valid",
              file=sys.stderr)
        return 1
    path.write_text(mark_translated(path.read_text(encoding="utf-8"), source.content_hash), encoding="utf-8")
    print(f"{args.path}: marked as the translation of docs/{source_lang}/{src_uri} ({source.content_hash})")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    uri = args.article.strip("/").removesuffix(".md")
    if uri.count("/") != 1 or not re.fullmatch(r"[a-z0-9-]+/[a-z0-9-]+", uri):
        print("Give CATEGORY/SLUG in lower case with dashes, e.g. payments/refund-delayed", file=sys.stderr)
        return 1
    docs = Path(args.docs_dir)
    made = []
    for lang in PREFIXES:
        path = docs / lang / f"{uri}.md"
        if path.exists():
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(ARTICLE_TEMPLATES[lang], encoding="utf-8")
        made.append(str(path))
    if not made:
        print(f"docs/*/{uri}.md exist already in every language.")
        return 0
    print("Created:\n  " + "\n  ".join(made))
    print("Fill in every TODO; then, once the English text matches the Chinese, run "
          f"`python scripts/helpcenter.py mark-translated {docs / 'en' / (uri + '.md')}`.")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from mkdocs.__main__ import ColorFormatter   # MkDocs' own terminal log format
    from helpcenter.preview import PreviewLanguage, serve

    compile_catalogs(LOCALES_DIR)
    handler = logging.StreamHandler()
    handler.setFormatter(ColorFormatter())
    logging.getLogger("mkdocs").addHandler(handler)
    logging.getLogger("mkdocs").setLevel(logging.INFO)
    work = Path(tempfile.mkdtemp(prefix="helpcenter-serve-"))
    docs = Path(args.docs_dir)
    try:
        languages = [PreviewLanguage(lang, language_config(lang, docs, None, work), prefix, docs / lang)
                     for lang, (_, prefix) in LANGUAGES.items()]
        languages.sort(key=lambda item: item.lang != args.lang)   # the one asked for is built first
        for item in languages:
            print(f"Serving {item.lang} at http://{args.dev_addr}/{item.prefix + '/' if item.prefix else ''}", flush=True)
        print("A save shows in the browser within a second; Ctrl+C stops.", flush=True)
        serve(languages, args.dev_addr, watch=[ROOT / "overrides", ROOT / "data", *sorted(ROOT.glob("mkdocs*.yml"))])
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="helpcenter", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, run, summary: str, description: str, docs_dir: bool = True):
        sub = commands.add_parser(name, help=summary, description=description)
        sub.set_defaults(run=run)
        if docs_dir:
            sub.add_argument("--docs-dir", default=str(ROOT / "docs"),
                             help="the folder holding one folder per language (default: docs/)")
        return sub

    build = command("build", cmd_build, "build both languages in strict mode",
                    "Build the Chinese site at the root and the English one under en/, in strict mode. Any "
                    "warning or error fails the build, and then the existing site folder is left untouched.")
    build.add_argument("--site-dir", default=str(ROOT / "site"), help="where to put the site (default: site/)")
    build.add_argument("--data-dir", help="another folder of data files (contact.yml, incidents.yml, ...); "
                                          "default: data/")
    build.add_argument("--site-url", help="the address the site will be served at, e.g. a staging host "
                                          "(default: site_url of mkdocs.yml)")

    serve = command("serve", cmd_serve, "preview every language with live reload",
                    "Serve every language with live reload, as published (the Chinese site at /, English at "
                    "/en/): save a Markdown file and the browser shows the change within a second, with its "
                    "category page, related lists and search updated; the language switch works.")
    serve.add_argument("--lang", choices=list(LANGUAGES), default="zh",
                       help="language built first and shown in the address printed (default: zh)")
    serve.add_argument("--dev-addr", "-a", default="127.0.0.1:8000",
                       help="address to serve on (default: 127.0.0.1:8000)")

    new = command("new", cmd_new, "create an article in every language from the template",
                  "Create docs/<lang>/CATEGORY/SLUG.md in every language that lacks it, with front matter to "
                  "fill in (every TODO) and a body to start from.")
    new.add_argument("article", metavar="CATEGORY/SLUG", help="e.g. payments/refund-delayed")

    command("status", cmd_status, "table of every article: languages, translation state, problems",
            "Print every article with the languages it exists in, whether its translation is current, "
            "stale or missing, its urgency and the problems found in it. Exits 1 when there are problems.")

    command("check", cmd_check, "run every content check without building (for CI, pre-commit)",
            "Check front matter, data files, links, images and translations without building. Prints one "
            "line per problem (file:line: what is wrong (fix: ...)) and exits 1 when there is any.")

    mark = command("mark-translated", cmd_mark_translated, "record that a translation matches its source now",
                   "Write `translated_from: <hash of the source>` into the front matter of a translation "
                   "(e.g. docs/en/payments/payment-failed.md). Run it after updating the translation; when the "
                   "source changes later, the translation is reported stale until you run it again.")
    mark.add_argument("path", help="the translated article, e.g. docs/en/payments/payment-failed.md")

    publish_ = command("publish", cmd_publish,
                       "build, check and switch a self-hosted site to the new release atomically",
                       "Build both languages into TARGET/releases/<time>, check the result (pages, search "
                       "index, sitemap), then switch the TARGET/current symlink to it in one rename. Point the "
                       "web server's document root at TARGET/current. On any failure the live site is left as "
                       "it was. The previous release is kept for `rollback`.", docs_dir=False)
    publish_.add_argument("target", help="folder holding releases/ and the current symlink")

    rollback_ = command("rollback", cmd_rollback, "switch a self-hosted site back to the previous release",
                        "Point TARGET/current back at the release before the live one.", docs_dir=False)
    rollback_.add_argument("target", help="the folder given to `publish`")

    args = parser.parse_args(argv)
    if CONFIG_ERRORS:
        for error in CONFIG_ERRORS:
            print(error, file=sys.stderr)
        return 1
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
