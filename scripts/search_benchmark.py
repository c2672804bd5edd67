#!/usr/bin/env python3
"""Measure search as customers use it: the real search box in headless Chromium.

  quality   every query of tests/search_queries.yml, typed into the search box of our site
            and of plain Material for MkDocs built from the same articles: hit@1, hit@3,
            MRR@10 per language, and the misses
  speed     a generated corpus (--count articles per language), built both ways: how long
            until search is ready after page load, and how long a query takes (median, p90)
  phone     generated corpora (--sizes, articles per language), our site and Pagefind 1.6's
            extended build indexing the same built article pages, on a slow phone (Chromium
            CDP: 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up, CPU 4x; the server gzips):
            bytes until the first result, navigation start -> first result of a query typed at
            once, later queries; unthrottled: ready time and query median / p90; then quality
            on the blind query set, ours vs Pagefind vs plain Material (--no-quality skips it)

Each prints one table with the engines measured in the same run. Pagefind and lunr.js come
from npm (package.json, pinned), installed by this script into .cache/bench-npm.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
import yaml

from browser import WATCH_SEARCH, launch_chromium, open_search, search, serve_site

LANGS = {"zh": "", "en": "en/"}
QUERIES = ROOT / "tests" / "search_queries.yml"
BLIND = ROOT / "tests" / "search_queries_blind5.yml"   # the newest set (see README)
NPM_CACHE = ROOT / ".cache" / "bench-npm"
# The slow phone: Chrome DevTools' "Slow 4G"-like link, a mid-range phone's CPU.
PHONE_NETWORK = {"offline": False, "latency": 150, "downloadThroughput": 1.6e6 / 8, "uploadThroughput": 750e3 / 8}
PHONE_CPU = 4
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}

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
            context = browser.new_context()
            context.add_init_script(WATCH_SEARCH)
            page = context.new_page()
            page.goto(base + prefix)
            placeholder = open_search(page)
            ranks, misses, empty = [], [], 0
            for item in queries[lang]:
                want = base + prefix + paths[item["article"]]
                results = search(page, item["q"], placeholder)
                rank = results.index(want) + 1 if want in results else None
                ranks.append(rank)
                empty += not results
                if rank != 1:
                    top = [r.removeprefix(base + prefix) for r in results[:2]]
                    misses.append(f"{item['q']!r} -> {item['article']} at {rank or '-'}; got {top}")
            context.close()
            n = len(ranks)
            report[lang] = {
                "hit@1": sum(r == 1 for r in ranks) / n,
                "hit@3": sum(r is not None and r <= 3 for r in ranks) / n,
                "mrr@10": sum(1 / r for r in ranks if r is not None and r <= 10) / n,
                "not found": sum(r is None for r in ranks),   # the right article not in the list
                "empty": empty,   # nothing listed at all
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
                context.add_init_script(WATCH_SEARCH)
                page = context.new_page()
                page.goto(base + prefix)
                page.wait_for_function("window.__search && window.__search.ready !== null", timeout=60000)
                ready.append(page.evaluate("window.__search.ready"))
                context.close()
            context = browser.new_context()
            context.add_init_script(WATCH_SEARCH)
            page = context.new_page()
            page.goto(base + prefix)
            page.wait_for_function("window.__search && window.__search.ready !== null", timeout=60000)
            placeholder = open_search(page)
            for item in queries[lang]:
                search(page, item["q"], placeholder)
            times = page.evaluate("window.__search.first")
            context.close()
            report[lang] = {"ready_ms": statistics.median(ready), **query_times(times)}
    return report


def print_quality(results: dict, source: str) -> None:
    print(f"\nSearch quality ({source}, typed into the real search box)")
    print("(not found: the right article is not among the results; empty: no result at all)")
    print(f"{'':16}" + "".join(f"{lang + ' ' + column:>{width}}" for lang in LANGS for column, width in
                               (("hit@1", 10), ("hit@3", 10), ("MRR", 8), ("not found", 13), ("empty", 9))))
    for name, report in results.items():
        row = "".join(f"{report[lang]['hit@1']:>10.2f}{report[lang]['hit@3']:>10.2f}{report[lang]['mrr@10']:>8.2f}"
                      f"{report[lang]['not found']:>13}{report[lang]['empty']:>9}" for lang in LANGS)
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


# ------------------------------------------------------------------------------------------
# phone: ours vs Pagefind on a slow phone
# ------------------------------------------------------------------------------------------

def npm_packages() -> Path | None:
    """node_modules with the pinned Pagefind and lunr.js (npm ci into .cache/bench-npm), or None."""
    lock = (ROOT / "package-lock.json").read_text(encoding="utf-8")
    modules = NPM_CACHE / "node_modules"
    if (NPM_CACHE / "package-lock.json").is_file() and (NPM_CACHE / "package-lock.json").read_text() == lock \
            and (modules / "pagefind").is_dir():
        return modules
    NPM_CACHE.mkdir(parents=True, exist_ok=True)
    for name in ("package.json", "package-lock.json"):
        (NPM_CACHE / name).write_text((ROOT / name).read_text(encoding="utf-8"), encoding="utf-8")
    try:
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=NPM_CACHE, check=True, capture_output=True,
                       timeout=600)
    except (OSError, subprocess.SubprocessError) as error:
        print(f"Pagefind not installed (npm ci in {NPM_CACHE} failed: {error}); measuring ours only", file=sys.stderr)
        return None
    return modules


def article_pages(site_dir: Path, docs_dir: Path) -> dict[str, list[tuple[str, Path]]]:
    """lang -> [(URL path under the language's root, built file)] of every article (not the home
    or category pages). Pagefind puts its bundle's folder (en/) in front of these itself."""
    pages = {}
    for lang, prefix in LANGS.items():
        root = docs_dir / lang
        pages[lang] = [("/" + p.relative_to(root).with_suffix("").as_posix() + "/",
                        site_dir / prefix / p.relative_to(root).with_suffix("") / "index.html")
                       for p in sorted(root.rglob("*.md")) if p.name != "index.md"]
    return pages


PAGEFIND_PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>Pagefind</title>
<link href="pagefind/pagefind-ui.css" rel="stylesheet"><script src="pagefind/pagefind-ui.js"></script></head>
<body><div id="search"></div><script>
window.addEventListener("DOMContentLoaded", () => {{
  window.pagefindUI = new PagefindUI({{ element: "#search", showSubResults: false, showImages: false, debounceTimeoutMs: 0 }})
}})
</script></body></html>"""


def build_pagefind(modules: Path, site_dir: Path, docs_dir: Path) -> float:
    """Pagefind's index of each language's article pages, in site/<lang prefix>pagefind/, and a
    page with Pagefind's own search UI, site/<lang prefix>pagefind.html. Returns seconds."""
    start = time.monotonic()
    for lang, pages in article_pages(site_dir, docs_dir).items():
        out = site_dir / LANGS[lang] / "pagefind"
        job = {"output": str(out), "pages": [{"url": url, "file": str(file)} for url, file in pages]}
        subprocess.run(["node", str(ROOT / "scripts" / "pagefind_index.mjs")], input=json.dumps(job), text=True,
                       check=True, capture_output=True, env={**ENV, "PAGEFIND": str(modules / "pagefind")},
                       cwd=NPM_CACHE)
        (site_dir / LANGS[lang] / "pagefind.html").write_text(PAGEFIND_PAGE.format(lang=lang), encoding="utf-8")
    return time.monotonic() - start


# Marks when the first result appears (performance.now() counts from navigation start) and
# when the result list last changed.
PHONE_SCRIPT = """
(() => {
  /* first: the first result of the visit; shown: the panel's first change (after `changed` was
     reset) that leaves a result in it; changed: its last change (the list complete) */
  window.__phone = { first: null, shown: null, changed: null }
  const results = ".md-search-result__item, .pagefind-ui__result"
  const panels = ".md-search-result, .pagefind-ui__drawer, .pagefind-ui__message"
  new MutationObserver(records => {
    const now = performance.now()
    const found = document.querySelector(results)
    if (found && window.__phone.first === null) window.__phone.first = now
    if (records.some(r => r.target.closest && r.target.closest(panels))) {
      if (window.__phone.shown === null && found) window.__phone.shown = now
      window.__phone.changed = now
    }
  }).observe(document, { subtree: true, childList: true, characterData: true })
})()
"""

ENGINE_UI = {
    "ours": {"page": "", "input": "input.md-search__input", "results": ".md-search-result__item",
             "ready": "window.component$ !== undefined"},
    "Pagefind": {"page": "pagefind.html", "input": ".pagefind-ui__search-input", "results": ".pagefind-ui__result",
                 "ready": "document.querySelector('.pagefind-ui__search-input') !== null"},
}


def _throttle(page) -> None:
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", PHONE_NETWORK)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": PHONE_CPU})


def _type(page, ui: dict, query: str) -> None:
    page.fill(ui["input"], query)
    page.press(ui["input"], "End")   # Material reads the query on keyup


def phone_run(browser, base: str, lang: str, engine: str, queries: list[str]) -> dict:
    """One cold visit on the slow phone: the first query typed as soon as the search box works,
    then the others one by one."""
    ui = ENGINE_UI[engine]
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True,
                                  device_scale_factor=2)
    context.add_init_script(PHONE_SCRIPT)
    page = context.new_page()
    _throttle(page)
    received = []
    page.on("requestfinished", lambda request: received.append((time.monotonic(), request)))
    page.goto(base + LANGS[lang] + ui["page"], wait_until="commit")
    page.wait_for_function(ui["ready"], timeout=120000, polling=20)
    if engine == "ours":   # the tap on the header's search button (no waiting for animations)
        page.dispatch_event("label.md-header__button[for='__search']", "click")
    _type(page, ui, queries[0])
    page.wait_for_function("window.__phone.first !== null", timeout=120000, polling=20)
    shown_at = time.monotonic()
    first_ms = page.evaluate("window.__phone.first")
    bytes_first = sum(_size(request) for at, request in received if at <= shown_at)
    search_bytes = sum(_size(request) for at, request in received if at <= shown_at and _is_search(request.url))
    later, complete = [], []
    for query in queries[1:]:
        page.evaluate("window.__phone.changed = null; window.__phone.shown = null")
        start = page.evaluate("performance.now()")
        _type(page, ui, query)
        try:   # the result panel changed (results, or "no results")
            page.wait_for_function("start => window.__phone.changed !== null && window.__phone.changed > start",
                                   arg=start, timeout=30000, polling=20)
        except Exception:
            continue
        page.wait_for_timeout(400)   # let the list settle (Pagefind fills results in one by one; ours in two)
        shown, changed = page.evaluate("[window.__phone.shown, window.__phone.changed]")
        later.append((shown if shown is not None else changed) - start)
        complete.append(changed - start)
    context.close()
    return {"first_result_ms": first_ms, "bytes_first_kb": bytes_first / 1024, "search_kb": search_bytes / 1024,
            "later_median_ms": statistics.median(later) if later else None,
            "later_complete_ms": statistics.median(complete) if complete else None}


def _size(request) -> int:
    try:
        sizes = request.sizes()
        return sizes["responseBodySize"] + sizes["responseHeadersSize"]
    except Exception:   # a request the browser answered from memory
        return 0


def _is_search(url: str) -> bool:
    return any(part in url for part in ("/search/", "search-worker", "porter-stemmer", "/pagefind/"))


# Pagefind's own API, timed like our worker: `times` until the data of its first five results
# (what our first answer holds) is here, `complete` until its first ten.
PAGEFIND_TIMING = """async ([queries]) => {
  const pagefind = await import(new URL("pagefind/pagefind.js", location.href).href)
  const t0 = performance.now()
  await pagefind.init()
  const ready = performance.now() - t0
  const times = [], complete = []
  for (const q of queries) {
    const start = performance.now()
    const found = await pagefind.search(q)
    await Promise.all(found.results.slice(0, 5).map(r => r.data()))
    times.push(performance.now() - start)
    await Promise.all(found.results.slice(0, 10).map(r => r.data()))
    complete.push(performance.now() - start)
  }
  return { ready, times, complete }
}"""


def unthrottled(browser, base: str, lang: str, engine: str, queries: list[str]) -> dict:
    if engine == "ours":
        context = browser.new_context()
        context.add_init_script(WATCH_SEARCH)
        page = context.new_page()
        page.goto(base + LANGS[lang])
        page.wait_for_function("window.__search && window.__search.ready !== null", timeout=60000)
        ready = page.evaluate("window.__search.ready")
        placeholder = open_search(page)
        for query in queries:
            search(page, query, placeholder)
        times, complete = page.evaluate("[window.__search.first, window.__search.complete]")
        navigation = page.evaluate("performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd")
        context.close()
        ready_ms = ready - navigation   # from the page being usable to the worker answering READY
    else:
        context = browser.new_context()
        page = context.new_page()
        page.goto(base + LANGS[lang] + "pagefind.html")
        measured = page.evaluate(PAGEFIND_TIMING, [queries])
        context.close()
        ready_ms, times, complete = measured["ready"], measured["times"], measured["complete"]
    return {"ready_ms": ready_ms, **query_times(times), **query_times(complete, "complete_")}


def query_times(times: list[float], prefix: str = "") -> dict:
    """Median and p90 (nearest rank) of query times in ms, and how many queries were timed."""
    times = sorted(times)
    return {f"{prefix}query_median_ms": statistics.median(times),
            f"{prefix}query_p90_ms": times[max(0, math.ceil(len(times) * 0.9) - 1)], f"{prefix}queries": len(times)}


def run_quality_pagefind(browser, site_dir: Path, paths: dict[str, str], queries: dict) -> dict:
    """The quality figures of run_quality, for Pagefind's own ranking (its JS API, top 10)."""
    report = {}
    with serve_site(site_dir) as base:
        for lang, prefix in LANGS.items():
            page = browser.new_page()
            page.goto(base + prefix + "pagefind.html")
            found = page.evaluate("""async queries => {
                const pagefind = await import(new URL("pagefind/pagefind.js", location.href).href)
                const out = []
                for (const q of queries) {
                    const r = await pagefind.search(q)
                    out.push((await Promise.all(r.results.slice(0, 10).map(x => x.data()))).map(d => d.url))
                }
                return out
            }""", [item["q"] for item in queries[lang]])
            page.close()
            ranks, misses = [], []
            empty = sum(not urls for urls in found)
            for item, urls in zip(queries[lang], found):
                want = "/" + prefix + paths[item["article"]]
                rank = urls.index(want) + 1 if want in urls else None
                ranks.append(rank)
                if rank != 1:
                    misses.append(f"{item['q']!r} -> {item['article']} at {rank or '-'}; got {urls[:2]}")
            n = len(ranks)
            report[lang] = {"hit@1": sum(r == 1 for r in ranks) / n,
                            "hit@3": sum(r is not None and r <= 3 for r in ranks) / n,
                            "mrr@10": sum(1 / r for r in ranks if r is not None) / n,
                            "not found": sum(r is None for r in ranks), "empty": empty, "misses": misses}
    return report


def run_phone(browser, tmp: Path, sizes: list[int], queries: dict, n_queries: int, repeats: int,
              quality: bool, blind: dict, prebuilt: tuple[Path, Path] | None = None, speed_queries: int = 0) -> dict:
    from corpus import generate_corpus
    modules = npm_packages()
    engines = ["ours"] + (["Pagefind"] if modules else [])
    figures = {"sizes": {}, "engines": engines}
    for size in sizes:
        docs, site = tmp / f"corpus-{size}", tmp / f"site-{size}"
        if prebuilt is not None:   # a site built already (the tests' own), from prebuilt = (site, docs)
            shutil.copytree(prebuilt[0], site)
            docs, build_s, peak_mb = prebuilt[1], 0.0, 0.0
        else:
            generate_corpus(docs, size, seed=1)
            build_s = build_ours(docs, site)
            peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024   # the largest process so far
        index_kb = {lang: sum(f.stat().st_size for f in (site / LANGS[lang] / "search").rglob("*.json")) / 1024
                    for lang in LANGS}
        pagefind_s = build_pagefind(modules, site, docs) if modules else None
        row = {"build_s": build_s, "build_peak_mb": peak_mb, "pagefind_s": pagefind_s, "index_kb": index_kb}
        with serve_site(site, gzip=True) as base:
            for lang in LANGS:
                every = [item["q"] for item in queries[lang]]   # spread over the articles
                picked = every[::max(1, len(every) // max(2, n_queries))][:max(2, n_queries)]
                for engine in engines:
                    runs = [phone_run(browser, base, lang, engine, picked) for _ in range(repeats)]
                    phone = {key: statistics.median(r[key] for r in runs) if runs[0][key] is not None else None
                             for key in runs[0]}
                    row[(lang, engine)] = {**phone, **unthrottled(browser, base, lang, engine,
                                                                 every[:speed_queries or None])}
        figures["sizes"][size] = row
        print_phone({**figures, "sizes": {size: row}}, flush=True)   # each size as soon as it is measured
        shutil.rmtree(site, ignore_errors=True)
        if prebuilt is None:
            shutil.rmtree(docs, ignore_errors=True)
    if quality:
        paths = article_paths(ROOT / "docs")
        build_ours(None, tmp / "quality-ours")
        results = {"ours": run_quality(browser, tmp / "quality-ours", paths, blind)}
        if modules:
            build_pagefind(modules, tmp / "quality-ours", ROOT / "docs")
            results["Pagefind"] = run_quality_pagefind(browser, tmp / "quality-ours", paths, blind)
        build_plain(ROOT / "docs", tmp / "quality-plain")
        results["plain Material"] = run_quality(browser, tmp / "quality-plain", paths, blind)
        figures["quality"] = results
    return figures


def print_phone(figures: dict, flush: bool = False) -> None:
    print("\nSlow phone (150 ms, 1.6 Mbit/s down, 750 kbit/s up, CPU 4x, gzip), and unthrottled")
    print("| articles/language | lang | engine | KB before the first result (search part) | first result s "
          "| later query median ms (list complete) | ready ms (unthrottled) "
          "| query median / p90 ms (unthrottled; list complete) |")
    print("|---|---|---|---|---|---|---|---|")
    for size, row in figures["sizes"].items():
        for lang in LANGS:
            for engine in figures["engines"]:
                r = row[(lang, engine)]
                later = (f"{r['later_median_ms']:.0f} ({r['later_complete_ms']:.0f})"
                         if r["later_median_ms"] is not None else "-")
                print(f"| {size} | {lang} | {engine} | {r['bytes_first_kb']:.0f} ({r['search_kb']:.0f}) "
                      f"| {r['first_result_ms'] / 1000:.2f} | {later} | {r['ready_ms']:.0f} "
                      f"| {r['query_median_ms']:.1f} / {r['query_p90_ms']:.1f}; "
                      f"{r['complete_query_median_ms']:.1f} / {r['complete_query_p90_ms']:.1f} |")
        index = " / ".join(f"{lang} {kb / 1024:.1f} MB" for lang, kb in row["index_kb"].items())
        pagefind = f", Pagefind {row['pagefind_s']:.1f} s" if row["pagefind_s"] is not None else ""
        print(f"  ({size}: our strict build {row['build_s']:.1f} s, peak RSS {row['build_peak_mb']:.0f} MB{pagefind}; "
              f"our index on disk {index})")
    if "quality" in figures:
        print_quality(figures["quality"], BLIND.name)
    if flush:
        sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["quality", "speed", "phone", "all"])
    parser.add_argument("--count", type=int, default=1000, help="articles per language for `speed` (default 1000)")
    parser.add_argument("--queries", type=Path, default=QUERIES, help="query set (default tests/search_queries.yml)")
    parser.add_argument("--ours-only", action="store_true", help="skip plain Material in `quality`")
    parser.add_argument("--docs", type=Path, default=ROOT / "docs", help="articles for `quality` (default docs/)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--sizes", default="500,2000,10000", help="articles per language for `phone`")
    parser.add_argument("--phone-queries", type=int, default=6, help="queries typed per visit in `phone`")
    parser.add_argument("--repeats", type=int, default=3, help="cold visits per engine and size in `phone`")
    parser.add_argument("--no-quality", action="store_true", help="`phone` without the blind-set quality")
    parser.add_argument("--speed-queries", type=int, default=0, help="`phone`: unthrottled queries (default: all)")
    parser.add_argument("--site", type=Path, help="`quality`: our site built already from --docs (not built again)")
    parser.add_argument("--prebuilt", type=Path, help="`phone` on this built site (of --docs) instead of corpora")
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
            ours = args.site
            if ours is None:
                ours = tmp / "ours"
                build_ours(None if args.docs == ROOT / "docs" else args.docs, ours)
            results["ours"] = run_quality(browser, ours, paths, queries)
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
        if args.what == "phone":
            blind = yaml.safe_load(BLIND.read_text(encoding="utf-8"))
            phone = run_phone(browser, tmp, [int(n) for n in args.sizes.split(",")], queries, args.phone_queries,
                              args.repeats, not args.no_quality, blind,
                              (args.prebuilt, args.docs) if args.prebuilt else None, args.speed_queries)
            print_phone(phone)
            figures["phone"] = {**phone, "sizes": {size: {"/".join(k) if isinstance(k, tuple) else k: v
                                                          for k, v in row.items()}
                                                   for size, row in phone["sizes"].items()}}
        browser.close()
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
