#!/usr/bin/env python3
"""Measure search as customers use it: the real search box in headless Chromium.

  quality   every query of tests/search_queries.yml, typed into the search box of our site
            and of plain Material for MkDocs built from the same articles: hit@1, hit@3,
            MRR@10 per language, and the misses
  speed     a generated corpus (--count articles per language), built both ways: how long
            until search is ready after page load, and how long a query takes (median, p90)

Both print one table with plain Material and ours measured in the same run.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
import yaml

from browser import launch_chromium, open_search, search, serve_site

LANGS = {"zh": "", "en": "en/"}
QUERIES = ROOT / "tests" / "search_queries.yml"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}

# Counts worker messages in the page: READY (1) and the QUERY (2) -> RESULT (3) round trip.
TIMING_SCRIPT = """
(() => {
  const Native = window.Worker
  window.__search = { ready: null, sent: null, times: [] }
  window.Worker = class extends Native {
    constructor(url, options) {
      super(url, options)
      this.addEventListener("message", event => {
        const now = performance.now()
        if (event.data.type === 1 && window.__search.ready === null) window.__search.ready = now
        if (event.data.type === 3 && window.__search.sent !== null) {
          window.__search.times.push(now - window.__search.sent)
          window.__search.sent = null
        }
      })
    }
    postMessage(message, ...rest) {
      if (message && message.type === 2) window.__search.sent = performance.now()
      return super.postMessage(message, ...rest)
    }
  }
})()
"""


def build_ours(docs_dir: Path | None, site_dir: Path) -> float:
    """Build our site (both languages, strict) from docs_dir (default docs/). Returns seconds."""
    start = time.monotonic()
    command = [sys.executable, "-m", "helpcenter", "build", "--site-dir", str(site_dir)]
    if docs_dir is not None:
        command += ["--docs-dir", str(docs_dir)]
    result = subprocess.run(command, cwd=ROOT, env=ENV, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"Our build failed:\n{result.stderr}")
    return time.monotonic() - start


def build_plain(docs_dir: Path, site_dir: Path) -> float:
    """Build plain Material for MkDocs (default search, jieba installed) from the same articles."""
    start = time.monotonic()
    shared = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.Loader)
    work = Path(tempfile.mkdtemp(prefix="plain-"))
    for lang, prefix in LANGS.items():
        config = {"site_name": "plain", "docs_dir": str(docs_dir / lang),
                  "theme": {"name": "material", "language": lang},
                  "plugins": ["search"], "markdown_extensions": list(shared["markdown_extensions"])}
        path = work / f"{lang}.yml"
        path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
        _mkdocs(path, site_dir / prefix if prefix else site_dir, strict=False)
    return time.monotonic() - start


def _mkdocs(config: Path, site_dir: Path, strict: bool) -> None:
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site_dir)]
    if strict:
        command.append("--strict")
    subprocess.run(command, check=True, cwd=ROOT, env=ENV, capture_output=True)


def article_paths(docs_dir: Path) -> dict[str, str]:
    """slug -> URL path relative to a language root."""
    return {p.stem: p.relative_to(docs_dir / "zh").with_suffix("").as_posix() + "/"
            for p in (docs_dir / "zh").rglob("*.md") if p.name != "index.md"}


def run_quality(browser, site_dir: Path, paths: dict[str, str], queries: dict) -> dict:
    report = {}
    with serve_site(site_dir) as base:
        for lang, prefix in LANGS.items():
            page = browser.new_page()
            page.goto(base + prefix)
            placeholder = open_search(page)
            ranks, misses = [], []
            for item in queries[lang]:
                want = base + prefix + paths[item["article"]]
                results = search(page, item["q"], placeholder)
                rank = results.index(want) + 1 if want in results else None
                ranks.append(rank)
                if rank != 1:
                    top = [r.removeprefix(base + prefix) for r in results[:2]]
                    misses.append(f"{item['q']!r} -> {item['article']} at {rank or '-'}; got {top}")
            page.close()
            n = len(ranks)
            report[lang] = {
                "hit@1": sum(r == 1 for r in ranks) / n,
                "hit@3": sum(r is not None and r <= 3 for r in ranks) / n,
                "mrr@10": sum(1 / r for r in ranks if r is not None and r <= 10) / n,
                "empty": sum(r is None for r in ranks),
                "misses": misses,
            }
    return report


def run_speed(browser, site_dir: Path, queries: dict, repeats: int = 5) -> dict:
    report = {}
    with serve_site(site_dir) as base:
        for lang, prefix in LANGS.items():
            ready = []
            for _ in range(repeats):
                context = browser.new_context()
                context.add_init_script(TIMING_SCRIPT)
                page = context.new_page()
                page.goto(base + prefix)
                page.wait_for_function("window.__search && window.__search.ready !== null", timeout=60000)
                ready.append(page.evaluate("window.__search.ready"))
                context.close()
            context = browser.new_context()
            context.add_init_script(TIMING_SCRIPT)
            page = context.new_page()
            page.goto(base + prefix)
            page.wait_for_function("window.__search && window.__search.ready !== null", timeout=60000)
            placeholder = open_search(page)
            for item in queries[lang]:
                search(page, item["q"], placeholder)
            times = page.evaluate("window.__search.times")
            context.close()
            times.sort()
            report[lang] = {"ready_ms": statistics.median(ready), "query_median_ms": statistics.median(times),
                            "query_p90_ms": times[int(len(times) * 0.9) - 1], "queries": len(times)}
    return report


def print_quality(results: dict, source: str) -> None:
    print(f"\nSearch quality ({source}, typed into the real search box)")
    print(f"{'':16}{'zh hit@1':>10}{'zh hit@3':>10}{'zh MRR':>8}{'zh empty':>10}"
          f"{'en hit@1':>10}{'en hit@3':>10}{'en MRR':>8}{'en empty':>10}")
    for name, report in results.items():
        row = "".join(f"{report[lang]['hit@1']:>10.2f}{report[lang]['hit@3']:>10.2f}"
                      f"{report[lang]['mrr@10']:>8.2f}{report[lang]['empty']:>10}" for lang in LANGS)
        print(f"{name:16}{row}")
    for name, report in results.items():
        for lang in LANGS:
            if report[lang]["misses"]:
                print(f"\n{name} {lang} misses (not first):")
                for miss in report[lang]["misses"]:
                    print("  " + miss)


def print_speed(results: dict, count: int) -> None:
    print(f"\nSearch speed, {count} articles per language (headless Chromium, this machine)")
    print(f"{'':16}{'lang':>6}{'ready ms':>10}{'query median ms':>17}{'query p90 ms':>14}{'build s':>9}")
    for name, (report, build_s) in results.items():
        for lang in LANGS:
            r = report[lang]
            print(f"{name:16}{lang:>6}{r['ready_ms']:>10.0f}{r['query_median_ms']:>17.1f}"
                  f"{r['query_p90_ms']:>14.1f}{build_s:>9.1f}")
    plain, ours = results["plain Material"][0], results["ours"][0]
    for lang in LANGS:
        print(f"ratio ours/plain {lang}: ready {ours[lang]['ready_ms'] / plain[lang]['ready_ms']:.2f}, "
              f"query median {ours[lang]['query_median_ms'] / plain[lang]['query_median_ms']:.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["quality", "speed", "all"])
    parser.add_argument("--count", type=int, default=1000, help="articles per language for `speed` (default 1000)")
    parser.add_argument("--queries", type=Path, default=QUERIES, help="query set (default tests/search_queries.yml)")
    parser.add_argument("--ours-only", action="store_true", help="skip plain Material in `quality`")
    parser.add_argument("--docs", type=Path, default=ROOT / "docs", help="articles for `quality` (default docs/)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    queries = yaml.safe_load(args.queries.read_text(encoding="utf-8"))
    from playwright.sync_api import sync_playwright

    figures = {}
    with tempfile.TemporaryDirectory(prefix="search-bench-") as tmp, sync_playwright() as playwright:
        tmp = Path(tmp)
        browser = launch_chromium(playwright)
        if args.what in ("quality", "all"):
            paths = article_paths(args.docs)
            results = {}
            if not args.ours_only:
                build_plain(args.docs, tmp / "plain")
                results["plain Material"] = run_quality(browser, tmp / "plain", paths, queries)
            build_ours(None if args.docs == ROOT / "docs" else args.docs, tmp / "ours")
            results["ours"] = run_quality(browser, tmp / "ours", paths, queries)
            print_quality(results, args.queries.name)
            figures["quality"] = results
        if args.what in ("speed", "all"):
            from corpus import generate_corpus
            generate_corpus(tmp / "corpus", args.count, seed=1)
            speed_queries = {lang: [{"q": q["q"]} for q in queries[lang]] for lang in LANGS}
            results = {}
            for name, build in (("plain Material", build_plain), ("ours", build_ours)):
                seconds = build(tmp / "corpus", tmp / name.replace(" ", "-"))
                results[name] = (run_speed(browser, tmp / name.replace(" ", "-"), speed_queries), seconds)
            print_speed(results, args.count)
            figures["speed"] = {name: r for name, (r, _) in results.items()}
        browser.close()
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
