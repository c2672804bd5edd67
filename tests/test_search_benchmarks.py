"""The search benchmarks run small, so that they cannot rot: the phone benchmark (ours vs
Pagefind on a slow phone) on the site of the tests (our articles) with two queries, and the
engine comparison (ours vs lunr) on the same site."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import ROOT


@pytest.mark.slow
def test_phone_benchmark_runs_small(tmp_path, site):
    out = tmp_path / "phone.json"
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "search_benchmark.py"), "phone", "--sizes", "8",
                             "--prebuilt", str(site), "--phone-queries", "2", "--speed-queries", "4", "--repeats", "1", "--no-quality",
                             "--json", str(out)],
                            cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "| 8 | zh | ours |" in result.stdout and "| 8 | en | ours |" in result.stdout
    row = json.loads(out.read_text())["phone"]["sizes"]["8"]
    for lang in ("zh", "en"):
        ours = row[f"{lang}/ours"]
        assert 0 < ours["first_result_ms"] < 30000 and 0 < ours["bytes_first_kb"] < 500, ours
        assert ours["search_kb"] < 100 and ours["query_p90_ms"] < 1000, ours
        if "Pagefind" in json.loads(out.read_text())["phone"]["engines"]:
            assert row[f"{lang}/Pagefind"]["first_result_ms"] > 0


@pytest.mark.slow
def test_lunr_comparison_runs(tmp_path, site):
    out = tmp_path / "lunr.json"
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "engine_benchmark.py"), "lunr", "--site", str(site),
                             "--json", str(out)],
                            cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    report = json.loads(out.read_text())
    assert report["zh/search_queries_holdout.yml/ours"]["hit@3"] >= 0.97
    assert report["en/search_queries_holdout.yml/ours"]["hit@3"] >= 0.97
