"""Around each article: last updated, related articles, incident notices."""
from __future__ import annotations

import re
import shutil
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

import opencc
import pytest
import yaml
from babel.dates import format_date

from conftest import ALL_LANGS, ARTICLES, LANGS, ROOT, run_build
from helpcenter.incidents import Incident, notices


def html(site: Path, lang: str, path: str) -> str:
    return (site / LANGS[lang] / path / "index.html").read_text(encoding="utf-8")


def test_last_updated_is_the_last_commit_day_in_the_readers_format(site):
    source = ROOT / "docs" / "zh" / "account" / "account-locked.md"
    stamp = subprocess.run(["git", "log", "-1", "--format=%ct", "--", str(source)], cwd=ROOT,
                           capture_output=True, text=True).stdout.strip()
    when = datetime.fromtimestamp(int(stamp) if stamp else source.stat().st_mtime, tz=timezone.utc)
    day = (when + timedelta(hours=8)).date()   # Asia/Shanghai, extra.time_zone
    assert f"最后更新：{format_date(day, 'long', locale='zh')}" in html(site, "zh", "account/account-locked")
    assert re.search(r"\d{4}年\d{1,2}月\d{1,2}日", format_date(day, "long", locale="zh"))
    english = html(site, "en", "account/account-locked")
    assert re.search(r"Last updated: [A-Z][a-z]+ \d{1,2}, \d{4}", english)
    assert f'<time datetime="{day.isoformat()}">' in english


def test_every_article_lists_related_articles_of_its_own_language(site):
    for slug, (category, _, _) in ARTICLES.items():
        for lang in LANGS:
            page = html(site, lang, f"{category}/{slug}")
            block = re.search(r'<nav class="hc-related".*?</nav>', page, re.S).group(0)
            links = re.findall(r'href="([^"]+)"', block)
            assert 2 <= len(links) <= 3, (lang, slug)
            base = site / LANGS[lang] / category / slug
            for link in links:
                target = (base / link / "index.html").resolve()
                assert target.is_file() and slug not in link, (lang, slug, link)
                assert (not LANGS[lang]) or "/en/" in str(target)


def incident(start, end, article="transfer-failed"):
    return Incident(message={"zh": "转账到账延迟，我们正在处理", "en": "Transfers are delayed; we are on it"},
                    article=article, start=start, end=end, time_zone="Asia/Shanghai")


def test_notices_keep_active_and_upcoming_incidents_and_drop_ended_ones():
    now = datetime(2026, 11, 25, 4, 0, tzinfo=timezone.utc)   # 12:00 in Shanghai
    found = notices([incident("2026-11-25 08:00", "2026-11-25 20:00"),
                     incident("2026-11-26 08:00", "2026-11-26 20:00"),
                     incident("2026-11-24 08:00", "2026-11-24 20:00")], now, "en",
                    {"transfer-failed": "payments/transfer-failed/"})
    assert [(n.active, n.starts[:10]) for n in found] == [(True, "2026-11-25"), (False, "2026-11-26")]
    assert found[0].message == "Transfers are delayed; we are on it"
    assert found[0].article_url == "payments/transfer-failed/"


def write_incidents(tmp_path: Path, entries: list[dict]) -> Path:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    for entry in entries:   # the converted language's text, as `new-lang` makes it
        if "zh" in entry["message"] and "en" in entry["message"]:
            entry["message"].setdefault("zh-Hant", opencc.OpenCC("s2twp").convert(entry["message"]["zh"]))
    (data / "incidents.yml").write_text(yaml.safe_dump({"incidents": entries}, allow_unicode=True), encoding="utf-8")
    return data


def test_active_incident_is_on_every_page_linked_to_its_article_and_expired_one_is_not(tmp_path):
    now = datetime.now(timezone.utc) + timedelta(hours=8)
    fmt = "%Y-%m-%d %H:%M"
    entries = [
        {"message": {"zh": "转账到账延迟，我们正在处理", "en": "Transfers are delayed; we are on it"},
         "article": "transfer-failed", "time_zone": "Asia/Shanghai",
         "start": (now - timedelta(hours=1)).strftime(fmt), "end": (now + timedelta(hours=5)).strftime(fmt)},
        {"message": {"zh": "已结束的通知", "en": "An ended notice"}, "time_zone": "Asia/Shanghai",
         "start": (now - timedelta(days=2)).strftime(fmt), "end": (now - timedelta(days=1)).strftime(fmt)},
    ]
    site = tmp_path / "site"
    result = run_build(site, "--data-dir", str(write_incidents(tmp_path, entries)))
    assert result.returncode == 0, result.stderr
    for lang, text in (("zh", "转账到账延迟，我们正在处理"), ("en", "Transfers are delayed; we are on it")):
        for page in (site / LANGS[lang]).glob("**/index.html"):
            others = {folder.strip("/") for folder in ALL_LANGS.values() if folder}
            if LANGS[lang] == "" and page.relative_to(site).parts[0] in others:
                continue   # the other languages' folders inside the root language's
            content = page.read_text(encoding="utf-8")
            assert text in content, page
            assert "已结束的通知" not in content and "An ended notice" not in content
        home = html(site, lang, "")
        notice = re.search(r'<div class="hc-incident".*?</div>', home, re.S).group(0)
        assert "hidden" not in notice.split(">")[0]
        assert re.search(r'href="[^"]*payments/transfer-failed/"', notice)


def test_incident_data_errors_fail_the_build_with_a_clear_message(tmp_path):
    entries = [{"message": {"zh": "x"}, "article": "no-such-article", "time_zone": "Mars/Base",
                "start": "2026-11-25 08:00", "end": "tomorrow"}]
    result = run_build(tmp_path / "site", "--data-dir", str(write_incidents(tmp_path, entries)))
    assert result.returncode == 1
    assert "incidents.yml" in result.stderr and "Traceback" not in result.stderr
    assert "message: has no text for en" in result.stderr and "Mars/Base" in result.stderr and "tomorrow" in result.stderr


@pytest.mark.slow
def test_related_articles_are_the_same_in_every_build(tmp_path):
    """A build must be repeatable (a publish uploads what changed): related lists may not depend
    on the order Python happens to iterate sets in (PYTHONHASHSEED differs per process)."""
    import os
    import subprocess
    import sys
    sys.path.insert(1, str(ROOT / "scripts"))
    from corpus import generate_corpus
    generate_corpus(tmp_path / "docs", 300, seed=5)
    code = ("import sys; from pathlib import Path; from helpcenter.checks import check_content; "
            "from helpcenter.related import related_articles; "
            "lib = check_content(Path(sys.argv[1]), {'zh': '', 'en': 'en'}).libraries['en']; "
            "r = related_articles(list(lib.articles.values())); "
            "print(sorted((k, [a.src_uri for a in v]) for k, v in r.items()))")
    runs = [subprocess.Popen([sys.executable, "-c", code, str(tmp_path / "docs")], stdout=subprocess.PIPE, text=True,
                             cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": str(seed)})
            for seed in (1, 2, 3, 4, 5, 6)]   # side by side
    outputs = {run.communicate()[0] for run in runs}
    assert len(outputs) == 1 and outputs.pop().startswith("[(")
