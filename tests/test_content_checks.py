"""Deliberately broken articles (tests/fixtures/broken/): each gets its one-line, actionable
message from the content check and from the build, never a traceback, and a failed build
leaves the previous site exactly as it was."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, run_build

FIXTURES = ROOT / "tests" / "fixtures" / "broken"
CASES = yaml.safe_load((FIXTURES / "cases.yml").read_text(encoding="utf-8"))
ERRORS = [case for case in CASES if "expect" in case]
HELPCENTER = [sys.executable, "-m", "helpcenter"]


def docs_with(case: dict, tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", docs)
    if "missing" in case:
        (docs / case["missing"]).unlink()
    else:
        shutil.copy(FIXTURES / case["file"], docs / case["replaces"])
    return docs


def case_id(case):
    return case.get("file") or "missing-translation"


@pytest.mark.parametrize("case", ERRORS, ids=case_id)
def test_check_reports_the_problem_in_one_line(case, tmp_path):
    docs = docs_with(case, tmp_path)
    result = subprocess.run(HELPCENTER + ["check", "--docs-dir", str(docs)], capture_output=True, text=True)
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if case["expect"] in line]
    assert lines, result.stderr
    assert "(fix: " in lines[0]
    assert "Traceback" not in result.stderr + result.stdout


@pytest.mark.parametrize("case", ERRORS, ids=case_id)
def test_build_fails_with_the_message_and_keeps_the_previous_site(case, tmp_path):
    docs = docs_with(case, tmp_path)
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("the previous good release", encoding="utf-8")
    result = run_build(site, "--docs-dir", str(docs))
    assert result.returncode == 1
    assert case["expect"] in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert [p.name for p in site.iterdir()] == ["index.html"]
    assert (site / "index.html").read_text(encoding="utf-8") == "the previous good release"


def test_all_errors_of_a_build_are_reported_together(tmp_path):
    docs = docs_with(ERRORS[1], tmp_path)   # unknown urgency in zh ...
    shutil.copy(FIXTURES / "missing-alt.md", docs / "zh" / "payments" / "payment-failed.md")
    result = subprocess.run(HELPCENTER + ["check", "--docs-dir", str(docs)], capture_output=True, text=True)
    assert "urgency 'urgent'" in result.stderr and "has no alt text" in result.stderr


def test_stale_translation_is_reported_and_shown_to_readers(tmp_path):
    (case,) = [c for c in CASES if "stale" in c]
    docs = docs_with(case, tmp_path)
    check = subprocess.run(HELPCENTER + ["check", "--docs-dir", str(docs)], capture_output=True, text=True)
    assert check.returncode == 0
    assert f"{case['stale']}: translation may be out of date" in check.stdout
    status = subprocess.run(HELPCENTER + ["status", "--docs-dir", str(docs)], capture_output=True, text=True)
    row = next(line for line in status.stdout.splitlines() if line.startswith("account/account-locked.md"))
    assert "stale" in row
    site = tmp_path / "site"
    assert run_build(site, "--docs-dir", str(docs)).returncode == 0
    english = (site / "en" / "account" / "account-locked" / "index.html").read_text(encoding="utf-8")
    assert 'data-translation-notice="stale"' in english and "may be out of date" in english
    chinese = (site / "account" / "account-locked" / "index.html").read_text(encoding="utf-8")
    assert "data-translation-notice" not in chinese


def test_missing_translation_falls_back_with_a_notice_outside_strict_mode(tmp_path):
    docs = docs_with({"missing": "en/payments/transfer-failed.md"}, tmp_path)
    config = tmp_path / "en.yml"
    config.write_text(f"INHERIT: {ROOT / 'mkdocs.en.yml'}\ndocs_dir: {docs / 'en'}\nstrict: false\n"
                      f"theme:\n  custom_dir: {ROOT / 'overrides'}\n",
                      encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d", str(tmp_path / "en")],
                            cwd=ROOT, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert result.returncode == 0, result.stderr
    assert "en/payments/transfer-failed.md: is missing" in result.stderr
    page = (tmp_path / "en" / "payments" / "transfer-failed" / "index.html").read_text(encoding="utf-8")
    assert 'data-translation-notice="fallback"' in page and "isn't available in English yet" in page
    assert '<div lang="zh">' in page and '<html lang="en"' in page
    assert 'data-urgency="medium"' in page   # the contact block still works, in English
    assert "Still need help?" in page


def test_new_creates_the_article_in_both_languages_and_check_asks_for_the_todos(tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", docs)
    made = subprocess.run(HELPCENTER + ["new", "payments/refund-delayed", "--docs-dir", str(docs)],
                          capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    assert (docs / "zh" / "payments" / "refund-delayed.md").is_file()
    assert (docs / "en" / "payments" / "refund-delayed.md").is_file()
    check = subprocess.run(HELPCENTER + ["check", "--docs-dir", str(docs)], capture_output=True, text=True)
    assert check.returncode == 1 and "title still has the template's TODO" in check.stderr
    mark = subprocess.run(HELPCENTER + ["mark-translated", str(docs / "en" / "payments" / "refund-delayed.md"),
                                        "--docs-dir", str(docs)], capture_output=True, text=True)
    assert mark.returncode == 1   # the source is not valid yet, so nothing is recorded


def test_mark_translated_makes_a_stale_translation_current(tmp_path):
    (case,) = [c for c in CASES if "stale" in c]
    docs = docs_with(case, tmp_path)
    target = docs / case["stale"]
    before = target.read_text(encoding="utf-8")
    mark = subprocess.run(HELPCENTER + ["mark-translated", str(target), "--docs-dir", str(docs)],
                          capture_output=True, text=True)
    assert mark.returncode == 0, mark.stderr
    after = target.read_text(encoding="utf-8")
    assert [l for l in before.splitlines() if not l.startswith("translated_from")] == \
           [l for l in after.splitlines() if not l.startswith("translated_from")]
    check = subprocess.run(HELPCENTER + ["check", "--docs-dir", str(docs)], capture_output=True, text=True)
    assert str(target) not in check.stdout and "docs/en/" not in check.stdout   # (zh-Hant's review is stale, rightly)
