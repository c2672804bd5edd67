#!/usr/bin/env python3
"""Search engines compared on their ranking alone, in headless Chromium, without the site:
the index is built straight from SearchDocs and queried through our worker's protocol (or
lunr.js), so a real corpus needs no conversion into help-center articles.

  fastapi DIR   FastAPI's docs (DIR holds docs/zh/docs and docs/en/docs, e.g. a checkout of
                github:fastapi/fastapi; never committed here): the pages present in both
                languages, queried by their whole titles (zh, en) and by 3-character spans
                from the middle of the Chinese titles; hit@1, hit@3 for ours (and lunr)
  lunr          our articles (docs/) with the tuning and held-out query sets: ours vs a
                prebuilt lunr index (Python `lunr` -> lunr.Index.load in lunr.js 2.3.9)

lunr does not cut Chinese: its index and queries get the characters one by one (as ours),
English goes through its own pipeline (stop words, its Porter stemmer).
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent   # run as scripts/engine_benchmark.py: scripts/ is on the path
import yaml  # noqa: E402

from browser import launch_chromium, serve_site  # noqa: E402
from helpcenter.search import SearchDoc, load_search_config, plain_text, write_index  # noqa: E402
from helpcenter.site import SEARCH_DATA_DIR  # noqa: E402

WORKER = ROOT / "overrides" / "assets" / "javascripts"
LANGS = ("zh", "en")

PAGE = "<!doctype html><meta charset='utf-8'><title>engines</title>"
OURS = """async ([queries]) => {
  const worker = new Worker("assets/javascripts/search-worker.js")
  const waiting = []
  /* a RESULT with data.more is followed by the complete one: answer with that */
  worker.onmessage = event => { if (!(event.data.data && event.data.data.more)) waiting.shift()(event.data) }
  const ask = message => new Promise(resolve => { waiting.push(resolve); worker.postMessage(message) })
  await ask({ type: 0, data: { config: {}, docs: [] } })
  const out = []
  for (const q of queries) out.push((await ask({ type: 2, data: q })).data.items.map(item => item[0].location))
  worker.terminate()
  return out
}"""
LUNR = """async ([queries, han]) => {
  await new Promise((resolve, reject) => {
    const script = document.createElement("script")
    script.src = "lunr.js"; script.onload = resolve; script.onerror = reject
    document.head.append(script)
  })
  const index = lunr.Index.load(await (await fetch("lunr-index.json")).json())
  const cut = q => han ? q.replace(/([\\u3400-\\u9fff])/g, " $1 ") : q
  return queries.map(q => {
    const clean = cut(q).replace(/[:~^+\\-*]/g, " ").trim()
    try { return index.search(clean).slice(0, 10).map(r => r.ref) } catch (e) { return [] }
  })
}"""


def _score(found: list[list[str]], wanted: list[str]) -> dict:
    ranks = [urls.index(w) + 1 if w in urls else None for urls, w in zip(found, wanted)]
    n = len(ranks) or 1
    return {"n": len(ranks), "hit@1": sum(r == 1 for r in ranks) / n,
            "hit@3": sum(r is not None and r <= 3 for r in ranks) / n,
            "empty": sum(not urls for urls in found)}


def run(browser, folder: Path, script: str, queries: list[str], *extra) -> list[list[str]]:
    with serve_site(folder) as base:
        page = browser.new_page()
        page.goto(base + "engines.html")
        found = page.evaluate(script, [queries, *extra])
        page.close()
    return found


def prepare(folder: Path, docs: list[SearchDoc], lang: str, with_lunr: Path | None) -> None:
    (folder / "assets").mkdir(parents=True, exist_ok=True)
    shutil.copytree(WORKER, folder / "assets" / "javascripts", dirs_exist_ok=True)
    (folder / "engines.html").write_text(PAGE, encoding="utf-8")
    write_index(folder / "search", docs, load_search_config(SEARCH_DATA_DIR, lang))
    if with_lunr is not None:
        import lunr
        shutil.copy(with_lunr / "lunr" / "lunr.js", folder / "lunr.js")
        spaced = (lambda text: re.sub(r"([\u3400-\u9fff])", r" \1 ", text)) if lang == "zh" else (lambda t: t)
        records = [{"id": d.location, "title": spaced(d.title), "keywords": spaced(" ".join(d.keywords)),
                    "description": spaced(d.description), "headings": spaced(d.headings), "body": spaced(d.body)}
                   for d in docs]
        fields = [{"field_name": "title", "boost": 6}, {"field_name": "keywords", "boost": 8},
                  {"field_name": "description", "boost": 2.5}, {"field_name": "headings", "boost": 1.5},
                  {"field_name": "body", "boost": 1}]
        index = lunr.lunr(ref="id", fields=fields, documents=records)
        data = index.serialize()   # lunr.js wants the terms in its own (UTF-16) order
        data["invertedIndex"].sort(key=lambda entry: entry[0].encode("utf-16-be"))
        (folder / "lunr-index.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


# -------------------------------------------------------------------- FastAPI's docs

_INCLUDE = re.compile(r"^\{\*.*\*\}$|^///.*$|^<.*>$", re.M)
_FENCE = re.compile(r"```.*?```", re.S)
_ANCHOR = re.compile(r"\s*\{\s*#[^}]*\}\s*$")


def fastapi_docs(root: Path, lang: str, pages: list[str]) -> list[SearchDoc]:
    docs = []
    for rel in pages:
        text = (root / "docs" / lang / "docs" / rel).read_text(encoding="utf-8")
        text = _FENCE.sub(" ", text)
        title = next((_ANCHOR.sub("", line[2:]).strip() for line in text.splitlines() if line.startswith("# ")), rel)
        headings = " ".join(_ANCHOR.sub("", line.lstrip("#")).strip() for line in text.splitlines()
                            if line.startswith("##"))
        body = plain_text(_INCLUDE.sub(" ", re.sub(r"^#+ .*$", " ", text, flags=re.M)))
        body = re.sub(r"[`*_\[\]()]|https?://\S+", " ", body)
        docs.append(SearchDoc(location=rel, title=title, description="", keywords=[], headings=headings, body=body))
    return docs


def mid_span(title: str) -> str | None:
    """3 Chinese characters from the middle of a title's longest run of Chinese characters."""
    runs = [m.group(0) for m in re.finditer(r"[\u3400-\u9fff]{3,}", title)]
    if not runs:
        return None
    run = max(runs, key=len)
    start = (len(run) - 3) // 2
    return run[start:start + 3]


def fastapi(browser, root: Path, tmp: Path, modules: Path | None) -> dict:
    zh = {p.relative_to(root / "docs/zh/docs").as_posix() for p in (root / "docs/zh/docs").rglob("*.md")}
    en = {p.relative_to(root / "docs/en/docs").as_posix() for p in (root / "docs/en/docs").rglob("*.md")}
    pages = sorted(zh & en)
    report = {"pages": len(pages)}
    for lang in LANGS:
        docs = fastapi_docs(root, lang, pages)
        folder = tmp / f"fastapi-{lang}"
        prepare(folder, docs, lang, modules)
        sets = {"whole titles": [(d.title, d.location) for d in docs]}
        if lang == "zh":
            sets["mid-title spans"] = [(span, d.location) for d in docs if (span := mid_span(d.title))]
        for name, items in sets.items():
            queries, wanted = [q for q, _ in items], [w for _, w in items]
            report[(lang, name, "ours")] = _score(run(browser, folder, OURS, queries), wanted)
            if modules is not None:
                report[(lang, name, "lunr")] = _score(run(browser, folder, LUNR, queries, lang == "zh"), wanted)
    return report


# -------------------------------------------------------------------- our articles, ours vs lunr

def lunr_vs_ours(browser, site: Path, tmp: Path, modules: Path | None, query_files: list[Path]) -> dict:
    """Both engines over the same documents: the result fragments of our built site."""
    report = {}
    for lang, prefix in (("zh", ""), ("en", "en/")):
        docs = []
        for fragment in sorted((site / prefix / "search").glob("d/*/*.json"), key=lambda p: int(p.stem)):
            d = json.loads(fragment.read_text(encoding="utf-8"))
            docs.append(SearchDoc(d["location"], d["title"], d["description"], d["keywords"], "", d["text"]))
        folder = tmp / f"ours-{lang}"
        prepare(folder, docs, lang, modules)
        slugs = {d.location.rstrip("/").rsplit("/", 1)[1]: d.location for d in docs}
        for path in query_files:
            items = yaml.safe_load(path.read_text(encoding="utf-8"))[lang]
            queries, wanted = [i["q"] for i in items], [slugs[i["article"]] for i in items]
            report[(lang, path.name, "ours")] = _score(run(browser, folder, OURS, queries), wanted)
            if modules is not None:
                report[(lang, path.name, "lunr")] = _score(run(browser, folder, LUNR, queries, lang == "zh"), wanted)
    return report


def print_report(title: str, report: dict) -> None:
    print(f"\n{title}")
    print("| lang | queries | engine | n | hit@1 | hit@3 | empty |")
    print("|---|---|---|---|---|---|---|")
    for key, r in report.items():
        if isinstance(key, tuple):
            print(f"| {key[0]} | {key[1]} | {key[2]} | {r['n']} | {r['hit@1']:.3f} | {r['hit@3']:.3f} | {r['empty']} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["fastapi", "lunr"])
    parser.add_argument("source", nargs="?", type=Path, help="fastapi: the folder holding docs/zh/docs and docs/en/docs")
    parser.add_argument("--no-lunr", action="store_true")
    parser.add_argument("--site", type=Path, help="lunr: our site built already (default: build docs/)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    from search_benchmark import build_ours, npm_packages
    modules = None if args.no_lunr else npm_packages()
    from playwright.sync_api import sync_playwright
    with tempfile.TemporaryDirectory(prefix="engines-") as tmp, sync_playwright() as playwright:
        tmp = Path(tmp)
        browser = launch_chromium(playwright)
        if args.what == "fastapi":
            report = fastapi(browser, args.source, tmp, modules)
            print_report(f"FastAPI docs, {report['pages']} pages in both languages", report)
        else:
            site = args.site
            if site is None:
                site = tmp / "site"
                build_ours(None, site)
            report = lunr_vs_ours(browser, site, tmp, modules,
                                  [ROOT / "tests" / "search_queries.yml", ROOT / "tests" / "search_queries_holdout.yml",
                                   ROOT / "tests" / "search_queries_blind.yml", ROOT / "tests" / "search_queries_blind2.yml",
                                   ROOT / "tests" / "search_queries_blind3.yml"])
            print_report("Our articles: ours vs a prebuilt lunr index (lunr.js 2.3.9)", report)
        browser.close()
    if args.json:
        args.json.write_text(json.dumps({"/".join(k) if isinstance(k, tuple) else k: v for k, v in report.items()},
                                        ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
