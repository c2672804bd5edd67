#!/usr/bin/env python3
"""The help center's command for writers and CI.

  build     build both languages (zh at /, en at /en/) in strict mode into one site folder
  serve     preview one language with live reload while you edit
  publish   build, check and switch a self-hosted site to the new release atomically
  rollback  switch a self-hosted site back to the previous release

Run `python scripts/helpcenter.py COMMAND --help` for the options of a command.
"""
from __future__ import annotations

import argparse
import os
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
from helpcenter.languages import site_languages  # noqa: E402
from helpcenter.publish import PublishError, publish, rollback, verify_site  # noqa: E402
from helpcenter.seo import write_search_engine_files  # noqa: E402
from helpcenter.site import LOCALES_DIR  # noqa: E402

# Language -> (its MkDocs config, where it is published inside the site folder), from mkdocs.yml.
LANGUAGES = {lang: (f"mkdocs.{lang}.yml", prefix) for lang, prefix in site_languages(ROOT / "mkdocs.yml").items()}
QUIET = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONUNBUFFERED": "1"}


def mkdocs(*args: str) -> list[str]:
    return [sys.executable, "-m", "mkdocs", *args]


def build_language(lang: str, out: Path) -> tuple[str, int, str]:
    config, _ = LANGUAGES[lang]
    run = subprocess.run(mkdocs("build", "--strict", "-f", str(ROOT / config), "-d", str(out)),
                         cwd=ROOT, env=QUIET, capture_output=True, text=True)
    return lang, run.returncode, run.stdout + run.stderr


def report(lang: str, output: str) -> None:
    """Show a writer what went wrong: the warnings and errors, without MkDocs' chatter."""
    for line in output.splitlines():
        if line.startswith(("WARNING", "ERROR", "Error", "Aborted")) or line.startswith("  "):
            print(f"[{lang}] {line}", file=sys.stderr)


def replace_dir(new: Path, target: Path) -> None:
    """Put `new` where `target` is with two renames, so readers never see a half-written site."""
    old = target.with_name(target.name + ".previous")
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        target.rename(old)
    new.rename(target)
    if old.exists():
        shutil.rmtree(old)


def build_site(site_dir: Path) -> bool:
    """Build every language in parallel; replace site_dir only when all succeeded."""
    compile_catalogs(LOCALES_DIR)
    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".build-", dir=site_dir.parent))
    try:
        with ThreadPoolExecutor(max_workers=len(LANGUAGES)) as pool:
            results = list(pool.map(lambda lang: build_language(lang, work / lang), LANGUAGES))
        failed = [(lang, output) for lang, code, output in results if code != 0]
        for lang, output in failed:
            report(lang, output)
        if failed:
            print(f"Build failed ({', '.join(l for l, _ in failed)}); {site_dir} was left as it was.",
                  file=sys.stderr)
            return False
        site = work / "site"
        for lang, (_, prefix) in LANGUAGES.items():
            (work / lang).rename(site / prefix if prefix else site)
        write_search_engine_files(site, {lang: prefix for lang, (_, prefix) in LANGUAGES.items()})
        replace_dir(site, site_dir)
        return True
    finally:
        shutil.rmtree(work, ignore_errors=True)


def cmd_build(args: argparse.Namespace) -> int:
    start = time.monotonic()
    if not build_site(Path(args.site_dir)):
        return 1
    print(f"Built {', '.join(LANGUAGES)} into {args.site_dir} in {time.monotonic() - start:.1f} s")
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    target = Path(args.target).resolve()
    prefixes = {lang: prefix for lang, (_, prefix) in LANGUAGES.items()}
    try:
        release = publish(target, build_site, lambda site: verify_site(site, prefixes))
    except PublishError as error:
        print(f"Not published: {error}. {target / 'current'} still serves the previous release.", file=sys.stderr)
        return 1
    print(f"Published {release.name}: {target / 'current'} -> {release}")
    return 0


def cmd_rollback(args: argparse.Namespace) -> int:
    target = Path(args.target).resolve()
    try:
        release = rollback(target)
    except PublishError as error:
        print(f"Not rolled back: {error}", file=sys.stderr)
        return 1
    print(f"Rolled back: {target / 'current'} -> {release}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    compile_catalogs(LOCALES_DIR)
    config, prefix = LANGUAGES[args.lang]
    print(f"Serving {args.lang} at http://{args.dev_addr}/{prefix + '/' if prefix else ''} "
          "(saves reload the page; Ctrl+C stops)")
    return subprocess.call(mkdocs("serve", "-f", str(ROOT / config), "-a", args.dev_addr, "--livereload"),
                           cwd=ROOT, env=QUIET)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="helpcenter", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = commands.add_parser("build", help="build both languages in strict mode",
                                description="Build the Chinese site at the root and the English one under "
                                            "en/, in strict mode. Any warning or error fails the build, and "
                                            "then the existing site folder is left untouched.")
    build.add_argument("--site-dir", default=str(ROOT / "site"), help="where to put the site (default: site/)")
    build.set_defaults(run=cmd_build)

    publish_ = commands.add_parser(
        "publish", help="build, check and switch a self-hosted site to the new release atomically",
        description="Build both languages into TARGET/releases/<time>, check the result (pages, search "
                    "index, sitemap), then switch the TARGET/current symlink to it in one rename. Point "
                    "the web server's document root at TARGET/current. On any failure the live site is "
                    "left as it was. The previous release is kept for `rollback`.")
    publish_.add_argument("target", help="folder holding releases/ and the current symlink")
    publish_.set_defaults(run=cmd_publish)

    rollback_ = commands.add_parser("rollback", help="switch a self-hosted site back to the previous release",
                                    description="Point TARGET/current back at the release before the live one.")
    rollback_.add_argument("target", help="the folder given to `publish`")
    rollback_.set_defaults(run=cmd_rollback)

    serve = commands.add_parser("serve", help="preview one language with live reload",
                                description="Serve one language with live reload: save a Markdown file "
                                            "and the browser shows the change.")
    serve.add_argument("--lang", choices=list(LANGUAGES), default="zh", help="language to serve (default: zh)")
    serve.add_argument("--dev-addr", default="127.0.0.1:8000", help="address to serve on (default: 127.0.0.1:8000)")
    serve.set_defaults(run=cmd_serve)

    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
