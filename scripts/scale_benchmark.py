#!/usr/bin/env python3
"""How the help center scales: build time, memory and size at 100, 500 and 2,000 articles per
language, ours against plain Material for MkDocs (default config, same Markdown extensions),
measured in one run on the same generated corpus (scripts/corpus.py, seeded); then the
writer's loop (save an article, wait until the served page shows it) and search speed in
headless Chromium at the largest size. Every language of the site (extra.alternate of
mkdocs.yml) is built, both ways.

  python scripts/scale_benchmark.py                       # 100, 500, 2000 (takes a while)
  python scripts/scale_benchmark.py --smoke               # every part once, on 20 articles (tests run this)

--smoke measures nothing worth reporting: it runs every part of the benchmark on a tiny corpus
with the fewest repetitions (one writer-loop save instead of three, one search page load
instead of five, a few queries instead of all), so that the benchmark cannot rot unnoticed.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent   # helpcenter is the installed package (scripts/dev.sh)

import yaml  # noqa: E402

from corpus import generate_corpus  # noqa: E402
from browser import free_port  # noqa: E402
from helpcenter.languages import site_languages  # noqa: E402
from helpcenter.links import page_url_of  # noqa: E402

LANGS = site_languages(ROOT / "mkdocs.yml")   # language -> its folder in the site ('' for the root)
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


class Repeats:
    """How often each measurement is taken: the full benchmark, or a smoke run (--smoke)."""
    def __init__(self, saves: int, settle_s: float, page_loads: int, queries: int | None):
        self.saves = saves            # writer loop: saves per server (the median is reported)
        self.settle_s = settle_s      # writer loop: pause between two saves
        self.page_loads = page_loads  # search: page loads per language and site (median of ready)
        self.queries = queries        # search: queries per language (None: all of tests/search_queries.yml)


FULL = Repeats(saves=3, settle_s=1.5, page_loads=5, queries=None)
SMOKE = Repeats(saves=1, settle_s=0, page_loads=1, queries=3)


def measured(build_name: str, docs: Path, site: Path) -> tuple[float, float]:
    """Run one build in a child process of its own; (wall seconds, peak RSS in MB of the largest
    process it started), so that each build's memory is its own."""
    before = time.monotonic()
    result = subprocess.run([sys.executable, __file__, "--build-only", build_name, str(docs), str(site)],
                            cwd=ROOT, env=ENV, capture_output=True, text=True)
    seconds = time.monotonic() - before
    if result.returncode != 0:
        raise SystemExit(f"{build_name} build failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return seconds, float(result.stdout.strip().splitlines()[-1])


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def run(command: list[str], **kwargs) -> None:
    result = subprocess.run(command, cwd=ROOT, env=ENV, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command[:6])} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")


def build_ours(docs: Path, site: Path) -> None:
    run([sys.executable, "-m", "helpcenter", "build", "--docs-dir", str(docs),
         "--site-dir", str(site)])


def plain_config(docs: Path, lang: str, work: Path) -> Path:
    shared = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.Loader)
    config = {"site_name": "plain", "docs_dir": str(docs / lang), "theme": {"name": "material", "language": lang},
              "plugins": ["search"], "markdown_extensions": list(shared["markdown_extensions"])}
    path = work / f"plain.{lang}.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


def build_plain(docs: Path, site: Path) -> None:
    """Plain Material, every language in parallel like ours (one MkDocs process each)."""
    work = Path(tempfile.mkdtemp(prefix="plain-"))
    with ThreadPoolExecutor(len(LANGS)) as pool:
        list(pool.map(lambda lang: run([sys.executable, "-m", "mkdocs", "build", "-q", "-f",
                                        str(plain_config(docs, lang, work)), "-d",
                                        str(site / LANGS[lang] if LANGS[lang] else site)]), LANGS))


BUILDS = {"plain Material": build_plain, "ours": build_ours}


def search_index_bytes(site: Path, name: str) -> dict[str, int]:
    """Per language: ours, every file of search/ (the index may be split); plain Material, its one index."""
    sizes = {}
    for lang, prefix in LANGS.items():
        folder = (site / prefix if prefix else site) / "search"
        sizes[lang] = folder_size(folder) if name == "ours" else (folder / "search_index.json").stat().st_size
    return sizes


def site_dir(work: Path, name: str, count: int) -> Path:
    return work / f"site-{name.replace(' ', '-')}-{count}"


def measure_builds(sizes: list[int], work: Path, keep: int) -> list[dict]:
    """Build every size both ways; the sites of `keep` articles are kept (search measures them)."""
    rows = []
    for count in sizes:
        docs = work / f"corpus-{count}"
        generate_corpus(docs, count, seed=1)
        pages = sum(1 for _ in docs.rglob("*.md"))
        for name in BUILDS:
            site = site_dir(work, name, count)
            seconds, peak = measured(name, docs, site)
            rows.append({"articles": count, "build": name, "pages": pages, "seconds": seconds,
                         "ms_per_page": 1000 * seconds / pages, "peak_rss_mb": peak,
                         "site_mb": folder_size(site) / 1e6,
                         "index_kb_per_article": {lang: size / 1024 / count for lang, size in
                                                  search_index_bytes(site, name.split()[0] if name == "ours" else "plain").items()}})
            shutil.rmtree(site, ignore_errors=True) if count > 500 and count != keep else None
            print(f"  built {count:>5} articles/language, {name:15} {seconds:6.1f} s", flush=True)
    return rows


def wait_for(url: str, needle: str | None, timeout: float) -> float:
    """Poll `url` until it answers (and contains `needle`); return when that happened."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if needle is None or needle in response.read().decode("utf-8", "replace"):
                    return time.monotonic()
        except OSError:
            pass
        time.sleep(0.02)
    raise SystemExit(f"{url} did not show {needle!r} within {timeout} s")


def writer_loop(command: list[str], docs: Path, article: Path, url_of, label: str, repeats: Repeats) -> dict:
    """Start a live-reload server, change an article's title and text, time until served."""
    port = free_port()
    process = subprocess.Popen(command + ["-a", f"127.0.0.1:{port}"], cwd=ROOT, env=ENV,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    base = f"http://127.0.0.1:{port}/"
    try:
        wait_for(base + url_of(article), None, 600)
        times = []
        for attempt in range(repeats.saves):
            if attempt:
                time.sleep(repeats.settle_s)   # let the server settle before the next save
            marker = f"Edited{attempt}x{time.time_ns() % 10**6}"
            text = article.read_text(encoding="utf-8")
            title_line = next(l for l in text.splitlines() if l.startswith("title:"))
            text = text.replace(title_line, f"title: {marker} {title_line[7:]}", 1) + f"\n\n{marker} body.\n"
            saved = time.monotonic()
            article.write_text(text, encoding="utf-8")
            shown = wait_for(base + url_of(article), marker, 300)
            times.append(shown - saved)
            category = wait_for(base + url_of(article.parent / "index.md"), marker, 60) - saved
        return {"server": label, "save_to_page_s": statistics.median(times), "category_page_s": category}
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def measure_writer_loop(count: int, work: Path, repeats: Repeats) -> list[dict]:
    docs = work / f"loop-{count}"
    paths = generate_corpus(docs, count, seed=2)
    article = docs / "zh" / paths[len(paths) // 2]
    url = lambda p: page_url_of(p.relative_to(docs / "zh").as_posix())
    rows = [writer_loop([sys.executable, "-m", "helpcenter", "serve", "--docs-dir", str(docs),
                         "--lang", "zh"], docs, article, url, "ours (helpcenter.py serve)", repeats)]
    plain = plain_config(docs, "zh", work)
    rows.append(writer_loop([sys.executable, "-m", "mkdocs", "serve", "--livereload", "-f", str(plain)],
                            docs, article, url, "plain Material (mkdocs serve)", repeats))
    return rows


def measure_search(count: int, work: Path, repeats: Repeats) -> dict:
    """Search speed in headless Chromium (scripts/search_benchmark.py's measurement) on the sites
    of `count` articles: those measure_builds kept, else the same corpus built here."""
    import search_benchmark   # playwright, only when search is measured
    from playwright.sync_api import sync_playwright
    sites = {name: site_dir(work, name, count) for name in BUILDS}
    if not all(site.is_dir() for site in sites.values()):
        docs = work / f"corpus-{count}"
        generate_corpus(docs, count, seed=1)
        for name, build in BUILDS.items():
            build(docs, sites[name])
    queries = yaml.safe_load(search_benchmark.QUERIES.read_text(encoding="utf-8"))
    queries = {lang: [{"q": item["q"]} for item in queries[lang][:repeats.queries]] for lang in search_benchmark.LANGS}
    with sync_playwright() as playwright:
        browser = search_benchmark.launch_chromium(playwright)
        try:
            return {"speed": {name: search_benchmark.run_speed(browser, site, queries, repeats=repeats.page_loads)
                              for name, site in sites.items()}}
        finally:
            browser.close()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--build-only"]:   # the child process of `measured`
        name, docs, site = argv[1:4]
        BUILDS[name](Path(docs), Path(site))
        print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
        return 0
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", help="articles per language to build (default 100,500,2000; --smoke: 20)")
    parser.add_argument("--loop-size", type=int, help="articles per language for the writer loop (default 500; --smoke: 20)")
    parser.add_argument("--search-size", type=int,
                        help="articles per language for search speed (default 2000; --smoke: 20)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--smoke", action="store_true", help="run every part once on a tiny corpus, to check that "
                        "the benchmark works (the figures mean nothing)")
    args = parser.parse_args(argv)
    repeats = SMOKE if args.smoke else FULL
    args.sizes = args.sizes or ("20" if args.smoke else "100,500,2000")
    args.loop_size = args.loop_size or (20 if args.smoke else 500)
    args.search_size = args.search_size or (20 if args.smoke else 2000)
    sizes = [int(s) for s in args.sizes.split(",")]
    figures = {}
    with tempfile.TemporaryDirectory(prefix="scale-bench-") as tmp:
        work = Path(tmp)
        print(f"Builds ({', '.join(LANGS)}, in parallel; strict for ours):", flush=True)
        figures["builds"] = measure_builds(sizes, work, keep=args.search_size)
        print(f"Writer loop at {args.loop_size} articles per language:", flush=True)
        figures["writer_loop"] = measure_writer_loop(args.loop_size, work, repeats)
        print(f"Search at {args.search_size} articles per language:", flush=True)
        try:
            figures["search"] = measure_search(args.search_size, work, repeats)
        except Exception:   # the other figures took long to measure: report them all the same
            figures["search"] = traceback.format_exc()
    print_report(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0 if isinstance(figures["search"], dict) else 1


def print_report(figures: dict) -> None:
    print("\n| articles/language | build | wall s | ms/page | peak RSS MB (largest process) | site MB | "
          "search index KB/article zh / en |")
    print("|---|---|---|---|---|---|---|")
    for row in figures["builds"]:
        index = row["index_kb_per_article"]
        print(f"| {row['articles']} | {row['build']} | {row['seconds']:.1f} | {row['ms_per_page']:.1f} | "
              f"{row['peak_rss_mb']:.0f} | {row['site_mb']:.1f} | {index['zh']:.1f} / {index['en']:.1f} |")
    by_size: dict[int, dict[str, dict]] = {}
    for row in figures["builds"]:
        by_size.setdefault(row["articles"], {})[row["build"]] = row
    for count, pair in by_size.items():
        if len(pair) == 2:
            plain, ours = pair["plain Material"], pair["ours"]
            print(f"ratio ours/plain at {count}: wall {ours['seconds'] / plain['seconds']:.2f}, "
                  f"site size {ours['site_mb'] / plain['site_mb']:.2f}")
    print("\n| writer loop | save -> page shows it, s | save -> category page shows the new title, s |")
    print("|---|---|---|")
    for row in figures["writer_loop"]:
        print(f"| {row['server']} | {row['save_to_page_s']:.2f} | {row['category_page_s']:.2f} |")
    search = figures["search"]
    if isinstance(search, dict):
        print("\n| search | lang | ready ms | query median ms | query p90 ms |")
        print("|---|---|---|---|---|")
        for name, report in search["speed"].items():
            for lang, r in report.items():
                print(f"| {name} | {lang} | {r['ready_ms']:.0f} | {r['query_median_ms']:.1f} | {r['query_p90_ms']:.1f} |")
    else:
        print("\nsearch benchmark failed:\n" + search[-2000:])


if __name__ == "__main__":
    sys.exit(main())
