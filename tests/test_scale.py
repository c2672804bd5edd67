"""The generated corpus and the scale benchmark, run small so that they cannot rot
(the full benchmark is `python scripts/scale_benchmark.py`, see README)."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import ROOT, run_build
from helpcenter.checks import check_content
from helpcenter.languages import category_nav, site_languages


def test_generated_corpus_is_valid_content(tmp_path):
    sys.path.insert(1, str(ROOT / "scripts"))
    from corpus import generate_corpus
    paths = generate_corpus(tmp_path / "docs", 30, seed=3)
    assert len(paths) == 30
    languages = site_languages(ROOT / "mkdocs.yml")   # zh, en and those made from them (zh-Hant)
    assert {"zh", "en"} <= set(languages)
    report = check_content(tmp_path / "docs", languages)
    assert report.errors == [] and report.stale == []
    assert all(len(lib.articles) >= 30 for lib in report.libraries.values())


def test_generated_corpus_is_the_same_for_a_seed(tmp_path):
    sys.path.insert(1, str(ROOT / "scripts"))
    from corpus import generate_corpus
    texts = []
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        generate_corpus(tmp_path / name, 15, seed=seed)
        texts.append({p.relative_to(tmp_path / name): p.read_text(encoding="utf-8")
                      for p in sorted((tmp_path / name).rglob("*.md"))})
    assert texts[0] == texts[1] and texts[0] != texts[2]


def test_navigation_lists_categories_not_articles(tmp_path):
    nav = category_nav(ROOT / "docs" / "zh")
    assert nav[0] == {"Lumi 钱包帮助中心": "index.md"}
    assert all(list(item.values())[0].endswith("index.md") for item in nav)


@pytest.mark.slow
def test_page_size_does_not_grow_with_the_number_of_articles(tmp_path):
    sys.path.insert(1, str(ROOT / "scripts"))
    from corpus import generate_corpus
    sizes = {}
    for count in (10, 80):
        docs = tmp_path / f"docs{count}"
        paths = generate_corpus(docs, count, seed=4)
        site = tmp_path / f"site{count}"
        assert run_build(site, "--docs-dir", str(docs)).returncode == 0
        first = site / paths[0].removesuffix(".md") / "index.html"
        sizes[count] = first.stat().st_size
    assert sizes[80] < sizes[10] * 1.3, sizes


@pytest.mark.slow
def test_scale_benchmark_runs_on_a_tiny_corpus(tmp_path):
    """Every part of the benchmark once (--smoke): builds, writer loop with both live servers,
    search in Chromium; the figures are not checked, only that each part ran and was reported."""
    out = tmp_path / "scale.json"
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "scale_benchmark.py"), "--smoke", "--sizes", "20",
                             "--loop-size", "20", "--search-size", "20", "--json", str(out)],
                            cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "| 20 | ours |" in result.stdout and "| 20 | plain Material |" in result.stdout
    assert "ours (helpcenter.py serve)" in result.stdout and "plain Material (mkdocs serve)" in result.stdout
    assert "| ours | zh |" in result.stdout and "| plain Material | en |" in result.stdout
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert {row["build"] for row in figures["builds"]} == {"ours", "plain Material"}
    assert all(row["index_kb_per_article"]["zh"] > 0 for row in figures["builds"])
    assert len(figures["writer_loop"]) == 2 and set(figures["search"]["speed"]) == {"plain Material", "ours"}


@pytest.mark.slow
def test_search_quality_benchmark_runs_and_meets_the_goal(tmp_path, site):
    out = tmp_path / "quality.json"
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "search_benchmark.py"), "quality", "--ours-only",
                             "--site", str(site),
                             "--queries", str(ROOT / "tests" / "search_queries_holdout.yml"), "--json", str(out)],
                            cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    ours = json.loads(out.read_text())["quality"]["ours"]
    for lang in ("zh", "en"):
        assert ours[lang]["hit@1"] >= 0.95 and ours[lang]["hit@3"] == 1.0 and ours[lang]["empty"] == 0, ours[lang]
