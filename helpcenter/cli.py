#!/usr/bin/env python3
"""The help center's command for writers and CI: build and preview the site, create and check
articles, track translations, publish. `helpcenter COMMAND --help` tells more."""
from __future__ import annotations

import argparse
import logging
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

from .catalogs import compile_catalogs
from .checks import check_content
from .errors import ContentErrors
from .articles import page_hash
from .conversion import (CONVERTERS, add_language_to_data, convert_catalog, convert_pages, converter,
                         declare_language, front_matter, language_locale)
from .frontmatter import set_front_fields
from .languages import origins, site_alternates, site_languages, source_language
from .mkdocs_plugin.runner import build_site, language_config
from .paths import LOCALES_DIR, ROOT
from .publish import PublishError, describe_os_error, live_release, publish, rollback, verify_site
from .text import plain_text_problem
from .translations import mark_translated, state_of

# Language -> where it is published inside the site folder ('' for the root), from mkdocs.yml.
try:
    PREFIXES = site_languages(ROOT / "mkdocs.yml")
    CONFIG_ERRORS: list = []
except ContentErrors as errors:   # reported by main(), after --help had its chance
    PREFIXES, CONFIG_ERRORS = {}, errors.errors
TEMPLATES = ROOT / "data" / "templates"   # article.<lang>.md: what `new` starts an article from
def cmd_build(args: argparse.Namespace) -> int:
    start = time.monotonic()
    data_dir = Path(args.data_dir) if args.data_dir else None
    try:
        if not build_site(Path(args.site_dir), Path(args.docs_dir), args.site_url, data_dir):
            return 1
    except KeyboardInterrupt:
        print(f"Build interrupted; {args.site_dir} was left as it was.", file=sys.stderr)
        return 130
    print(f"Built {', '.join(PREFIXES)} into {args.site_dir} in {time.monotonic() - start:.1f} s")
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


def _switch(target: Path, failed: str, step, done) -> int:
    """Run a publish or rollback of a self-hosted site (`step` returns the release now live) and
    say what happened: done(release), or one line with what went wrong and which release
    is still live. Returns the exit code."""
    try:
        release = step()
    except PublishError as error:
        reason, code = str(error), 1
    except OSError as error:
        reason, code = describe_os_error(error), 1
    except KeyboardInterrupt:
        reason, code = "interrupted", 130
    else:
        print(done(release))
        return 0
    print(f"{failed}: {reason}. {still_live(target)}", file=sys.stderr)
    return code


def cmd_publish(args: argparse.Namespace) -> int:
    if args.target.startswith("s3://"):
        from .publish_s3 import cli_publish   # boto3 is imported only for object storage
        return cli_publish(args, PREFIXES, build_site, verify_site)
    target = Path(args.target).resolve()
    built = Path(args.site_dir).resolve() if args.site_dir else None
    return _switch(target, "Not published", lambda: publish(
        target, (lambda site: shutil.copytree(built, site) and True) if built else
        lambda site: build_site(site, kept=None),
        lambda site: verify_site(site, PREFIXES), wait=getattr(args, "wait", None), on_wait=say),
        lambda release: f"Published {release.name}: {target / 'current'} -> {release}")


def cmd_rollback(args: argparse.Namespace) -> int:
    if args.target.startswith("s3://"):
        from .publish_s3 import cli_rollback
        return cli_rollback(args, PREFIXES)
    target = Path(args.target).resolve()
    return _switch(target, "Not rolled back", lambda: rollback(target, wait=getattr(args, "wait", None), on_wait=say),
                   lambda release: f"Rolled back: {target / 'current'} -> {release}")


def stale_fix(path: str, state: str) -> str:
    """What to run for a page whose source changed, by its state (translations.state_of): a
    translation is updated and marked translated; a converted page is converted again, or
    (once reviewed) updated and reviewed."""
    if state == "reviewed":
        return f"update it, then run `helpcenter mark-reviewed {path}`"
    if state == "converted":
        return ("convert it again: run `helpcenter new-lang` for its language with the same --from and "
                f"--convert (pages nobody reviewed are updated), or update it and run `helpcenter mark-reviewed {path}`")
    return f"update it, then run `helpcenter mark-translated {path}`"


def cmd_check(args: argparse.Namespace) -> int:
    report = check_content(Path(args.docs_dir), PREFIXES)
    for error in report.errors:
        print(error, file=sys.stderr)
    for path, state in report.stale:
        print(f"{path}: translation may be out of date: its source changed (fix: {stale_fix(path, state)})")
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
    source = source_language(PREFIXES)
    others = [lang for lang in langs if lang != source]
    header = (f"{'article':40}" + "".join(f"{lang:>8}" for lang in langs) + f"  {'urgency':8} "
              + "".join(f"{lang + ' state':14}" for lang in others) + "problems")
    print(header)
    print("-" * len(header))
    for row in report.rows:
        marks = "".join(f"{'yes' if row.present[lang] else 'MISSING':>8}" for lang in langs)
        states = ""
        for lang in others:
            article = report.libraries[lang].articles.get(row.src_uri) if lang in report.libraries else None
            state = "missing" if article is None else ("stale" if row.stale.get(lang) else state_of(article))
            states += f"{state:14}"
        issues = [m for lang in langs for m in problems.get(f"docs/{lang}/{row.src_uri}", [])]
        print(f"{row.src_uri:40}{marks}  {row.urgency:8} {states}{'; '.join(issues)}")
    return 1 if report.errors else 0


def page_of_language(raw: str, docs_dir: str, verb: str) -> tuple[Path, str, str, str] | None:
    """(file, its language, src_uri, the language it is made from) of a page given on the command line."""
    path = Path(raw)
    path = path if path.is_absolute() else (Path.cwd() / path).resolve()
    docs = Path(docs_dir).resolve()
    try:
        lang, *rest = path.relative_to(docs).parts
    except ValueError:
        print(f"{raw}: not a page under {docs}", file=sys.stderr)
        return None
    source = source_language(PREFIXES)
    origin = origins(site_alternates()).get(lang, source)
    src_uri = "/".join(rest)
    if lang == source or lang not in PREFIXES:
        print(f"{raw}: give a page of another language (e.g. docs/{next(iter(set(PREFIXES) - {source}), 'en')}/"
              f"{src_uri}) to {verb}, not one of the {source} source", file=sys.stderr)
        return None
    if not path.is_file() or not (docs / origin / src_uri).is_file():
        print(f"{raw}: both docs/{origin}/{src_uri} and {raw} must exist", file=sys.stderr)
        return None
    return path, lang, src_uri, origin


def cmd_mark_translated(args: argparse.Namespace) -> int:
    found = page_of_language(args.path, args.docs_dir, "mark as translated")
    if found is None:
        return 1
    path, lang, src_uri, origin = found
    report = check_content(Path(args.docs_dir), PREFIXES)
    source = report.libraries[origin].articles.get(src_uri)
    if source is None:
        print(f"{args.path}: docs/{origin}/{src_uri} must be a valid article (see `helpcenter check`)", file=sys.stderr)
        return 1
    path.write_text(mark_translated(path.read_text(encoding="utf-8"), source.content_hash), encoding="utf-8")
    print(f"{args.path}: marked as the translation of docs/{origin}/{src_uri} ({source.content_hash})")
    return 0


def cmd_mark_reviewed(args: argparse.Namespace) -> int:
    found = page_of_language(args.path, args.docs_dir, "mark as reviewed")
    if found is None:
        return 1
    path, lang, src_uri, origin = found
    stamp = page_hash((Path(args.docs_dir).resolve() / origin / src_uri).read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8")
    if not front_matter(text).get("converted_from") and not front_matter(text).get("reviewed_from"):
        print(f"{args.path}: was not converted (no converted_from); for a translation use mark-translated",
              file=sys.stderr)
        return 1
    path.write_text(set_front_fields(text, {"converted_from": front_matter(text).get("converted_from") or stamp,
                                            "reviewed_from": stamp}, drop=("untranslated",)), encoding="utf-8")
    print(f"{args.path}: marked as reviewed against docs/{origin}/{src_uri} ({stamp}); converting again leaves it as it is")
    return 0


def cmd_new_lang(args: argparse.Namespace) -> int:
    code, origin = args.code, args.source
    if origin not in PREFIXES:
        print(f"--from {origin}: not a language of the site ({', '.join(PREFIXES)})", file=sys.stderr)
        return 1
    if not re.fullmatch(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*", code) or code == origin:
        print(f"{code}: give a language code like zh-Hant, ja or fr", file=sys.stderr)
        return 1
    if args.link is not None and not re.fullmatch(r"/[a-z0-9]+(?:-[a-z0-9]+)*/", args.link):
        print(f"--link {args.link!r}: give the language's folder on the site, like /zh-hk/ "
              "(lowercase letters, digits and hyphens between slashes)", file=sys.stderr)
        return 1
    problem = plain_text_problem(args.name) if args.name else None
    if problem or (args.name and len(args.name) > 40):
        print(f"--name {args.name!r}: {problem or 'is longer than 40 characters'} "
              "(give the language's name in its own script, e.g. 繁體中文)", file=sys.stderr)
        return 1
    try:
        convert = converter(args.convert)
    except ContentErrors as errors:
        print("\n".join(map(str, errors.errors)), file=sys.stderr)
        return 1
    docs = Path(args.docs_dir)
    languages = list(PREFIXES)
    report = convert_pages(docs / origin, docs / code, convert, converted=args.convert is not None)
    convert_catalog(origin, code, convert, language_locale(code, args.convert))
    template, new_template = TEMPLATES / f"article.{origin}.md", TEMPLATES / f"article.{code}.md"
    if template.is_file() and not new_template.exists():   # what `new` starts an article in this language from
        new_template.write_text(convert(template.read_text(encoding="utf-8")), encoding="utf-8")
    added = 0
    for name in ("contact.yml", "incidents.yml"):
        if (ROOT / "data" / name).exists():
            added += add_language_to_data(ROOT / "data" / name, [lang for lang in languages if lang != code],
                                          origin, code, convert)
    origin_config = (ROOT / f"mkdocs.{origin}.yml").read_text(encoding="utf-8")
    site_name = re.search(r"^site_name: (.*)$", origin_config, re.M).group(1).strip().strip('"')
    description = re.search(r"^site_description: (.*)$", origin_config, re.M).group(1).strip().strip('"')
    link = args.link or f"/{code.lower()}/"
    declared = declare_language(code, args.name or code, link, origin, args.convert, convert(site_name),
                                convert(description))
    print(f"{code} from {origin}{' by OpenCC ' + args.convert if args.convert else ' (to translate)'}: "
          f"{len(report.created)} pages created, {len(report.updated)} converted again, "
          f"{report.unchanged} unchanged; {added} data texts added"
          + (f"; declared in {', '.join(p.name for p in declared)}" if declared else ""))
    for path in report.reviewed_stale:
        print(f"{path}: reviewed, and its source changed since: update it by hand, then run "
              f"`helpcenter mark-{'reviewed' if args.convert else 'translated'} {path}`")
    if not args.convert:
        print(f"Translate every page of docs/{code}/ (check lists them), the texts of data/*.yml and "
              f"overrides/locales/{language_locale(code, None)}/LC_MESSAGES/messages.po.")
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
        template = TEMPLATES / f"article.{lang}.md"
        if not template.is_file():
            print(f"{template.relative_to(ROOT)} is missing: it is what new articles in {lang} start from",
                  file=sys.stderr)
            return 1
        path.write_text(template.read_text(encoding="utf-8"), encoding="utf-8")
        made.append(str(path))
    if not made:
        print(f"docs/*/{uri}.md exist already in every language.")
        return 0
    print("Created:\n  " + "\n  ".join(made))
    source = source_language(PREFIXES)
    translations = " and ".join(f"`helpcenter mark-translated {docs / lang / (uri + '.md')}`"
                                for lang in PREFIXES if lang != source)
    print(f"Fill in every TODO; then, once each translation matches the {source} text, run {translations}.")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from mkdocs.__main__ import ColorFormatter   # MkDocs' own terminal log format
    from .mkdocs_plugin.preview import PreviewLanguage, serve

    compile_catalogs(LOCALES_DIR)
    handler = logging.StreamHandler()
    handler.setFormatter(ColorFormatter())
    logging.getLogger("mkdocs").addHandler(handler)
    logging.getLogger("mkdocs").setLevel(logging.INFO)
    work = Path(tempfile.mkdtemp(prefix="helpcenter-serve-"))
    docs = Path(args.docs_dir)
    try:
        languages = [PreviewLanguage(lang, language_config(lang, docs, None, work), prefix, docs / lang)
                     for lang, prefix in PREFIXES.items()]
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
    serve.add_argument("--lang", choices=list(PREFIXES), default=next(iter(PREFIXES), None),
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

    reviewed = command("mark-reviewed", cmd_mark_reviewed, "record a native reader's review of a converted page",
                       "Write `reviewed_from: <hash of the source page>` into a converted page (e.g. "
                       "docs/zh-Hant/payments/payment-failed.md) after a native reader reviewed and fixed it. "
                       "Converting again leaves reviewed pages alone; when their source changes, they are stale.")
    reviewed.add_argument("path", help="the converted page, e.g. docs/zh-Hant/payments/payment-failed.md")

    new_lang = command("new-lang", cmd_new_lang, "add a language: convert (OpenCC) or copy every page, text and string",
                       "Make docs/CODE/ (every page), its UI catalog, a text in every localized field of data/ and "
                       "its config, and declare it in mkdocs.yml. With --convert (OpenCC: s2twp for Taiwan, "
                       "s2hk for Hong Kong) the pages are converted and record converted_from; without it they are "
                       "copies marked untranslated, which check reports until translated. Run it again to convert "
                       "again: pages nobody reviewed are updated, reviewed ones whose source changed are listed.")
    new_lang.add_argument("code", help="the new language, e.g. zh-Hant")
    new_lang.add_argument("--from", dest="source", required=True, help="the language to make it from, e.g. zh")
    new_lang.add_argument("--convert", choices=list(CONVERTERS), help="OpenCC conversion, e.g. s2twp")
    new_lang.add_argument("--name", help="its name in its own script, e.g. 繁體中文")
    new_lang.add_argument("--link", help="its folder on the site (default: /<code in lower case>/)")

    def object_storage(sub):
        sub.add_argument("--endpoint-url", help="s3://: the service's S3 endpoint, e.g. https://oss-cn-shanghai"
                                                ".aliyuncs.com (default: AWS_ENDPOINT_URL, else AWS S3)")
        sub.add_argument("--region", help="s3://: the region (default: AWS_REGION / AWS_DEFAULT_REGION)")
        sub.add_argument("--addressing-style", choices=["auto", "virtual", "path"], default="auto",
                         help="s3://: bucket in the host name (virtual: OSS, COS) or in the path (path: MinIO)")

    publish_ = command("publish", cmd_publish,
                       "build, check and switch a self-hosted site to the new release atomically",
                       "Build both languages into TARGET/releases/<time>, check the result (pages, search "
                       "index, sitemap), then switch the TARGET/current symlink to it in one rename. Point the "
                       "web server's document root at TARGET/current. On any failure the live site is left as "
                       "it was. The previous release is kept for `rollback`. With s3://BUCKET/PREFIX: upload "
                       "what changed to object storage, hashed assets first, pages next, entry points last "
                       "(credentials from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, or AWS_PROFILE).",
                       docs_dir=False)
    publish_.add_argument("target", help="folder holding releases/ and the current symlink, or s3://BUCKET/PREFIX "
                                          "for object storage (OSS, COS, OBS, S3, R2, MinIO; see README)")
    publish_.add_argument("--site-dir", help="publish this already built site (it is checked all the same) "
                                             "instead of building one")
    object_storage(publish_)
    publish_.add_argument("--grace", default="24h",
                          help="s3://: how long objects the new release no longer uses stay for pages readers "
                               "and the CDN cached (deleted by a later publish; default: 24h; e.g. 90m, 0)")
    publish_.add_argument("--jobs", type=int, default=16, help="s3://: parallel uploads (default: 16)")

    rollback_ = command("rollback", cmd_rollback, "switch a self-hosted site back to the previous release",
                        "Point TARGET/current back at the release before the live one; for s3://BUCKET/PREFIX, "
                        "copy the previous release's pages and entry points back inside the bucket.", docs_dir=False)
    rollback_.add_argument("target", help="the folder or s3://BUCKET/PREFIX given to `publish`")
    object_storage(rollback_)

    args = parser.parse_args(argv)
    if CONFIG_ERRORS:
        for error in CONFIG_ERRORS:
            print(error, file=sys.stderr)
        return 1
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
