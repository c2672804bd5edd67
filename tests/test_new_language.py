"""Languages as data: the Traditional Chinese site converted by OpenCC, every page knowing every
language, and `helpcenter new-lang` / `mark-reviewed` adding and keeping up a language."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import opencc
import pytest
import yaml

from conftest import ROOT, copy_project
from debris import shown_text
from helpcenter.languages import site_alternates

HELPCENTER = [sys.executable, "-m", "helpcenter"]
ALTERNATES = site_alternates()
FOLDERS = {alt["lang"]: alt["link"].strip("/") for alt in ALTERNATES}


def test_three_languages_are_declared_with_their_tags():
    assert [(alt["lang"], alt["link"], alt["tag"]) for alt in ALTERNATES] == [
        ("zh", "/", "zh-Hans"), ("en", "/en/", "en"), ("zh-Hant", "/zh-hant/", "zh-Hant")]


def test_the_traditional_site_has_no_simplified_characters(site):
    """Every text a reader sees on /zh-hant/ (articles, UI strings, contact block, notices, 404,
    search help) has no character that OpenCC would still convert to Traditional."""
    to_traditional = opencc.OpenCC("s2t")
    names = [alt["name"] for alt in ALTERNATES]   # the switcher names each language in its own script
    pages = sorted((site / "zh-hant").rglob("*.html"))
    assert len(pages) >= 13 and (site / "zh-hant" / "404.html") in pages
    left = {}
    for page in pages:
        text = shown_text(page.read_text(encoding="utf-8"))
        for name in names:
            text = text.replace(name, "")
        chars = {c for c in re.findall(r"[\u4e00-\u9fff]", text) if to_traditional.convert(c) != c}
        if chars:
            left[page.relative_to(site).as_posix()] = "".join(sorted(chars))
    assert left == {}


def test_the_traditional_site_uses_taiwan_vocabulary(site):
    page = shown_text((site / "zh-hant" / "account" / "account-locked" / "index.html").read_text(encoding="utf-8"))
    assert "線上客服" in page and "在线客服" not in page and "在線客服" not in page
    assert "帳戶" in page or "賬戶" in page


def test_every_page_links_the_same_page_in_every_language(site):
    for lang, folder in FOLDERS.items():
        root = site / folder if folder else site
        for page in sorted(root.rglob("index.html")):
            if not folder and any(page.is_relative_to(site / other) for other in FOLDERS.values() if other):
                continue
            html = page.read_text(encoding="utf-8")
            switch = dict(re.findall(r'<a href="([^"]+)" hreflang="[^"]+" lang="[^"]+" class="md-select__link"\s+'
                                     r'data-language-switch="([^"]+)"', html))
            links = {code: href for href, code in switch.items()}
            assert set(links) == set(FOLDERS), page
            relative = page.parent.relative_to(root)
            for code, href in links.items():
                target = (page.parent / href).resolve() / "index.html"
                expected = (site / FOLDERS[code] / relative / "index.html").resolve()
                assert target == expected, (page, code, href)


@pytest.fixture
def checkout(tmp_path):
    """A copy of the repository (docs, data, configs, catalogs) to add a language to."""
    return copy_project(tmp_path / "repo")


def run(checkout, *args):
    return subprocess.run(HELPCENTER + list(args), cwd=checkout, capture_output=True, text=True)


def front(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])


def test_new_lang_converts_every_page_text_and_string_and_declares_the_language(checkout):
    made = run(checkout, "new-lang", "zh-HK", "--from", "zh", "--convert", "s2hk", "--name", "繁體中文（香港）")
    assert made.returncode == 0, made.stderr
    assert "pages created" in made.stdout and "Traceback" not in made.stderr
    article = checkout / "docs" / "zh-HK" / "account" / "account-locked.md"
    assert front(article)["converted_from"] and "账户" not in article.read_text(encoding="utf-8")
    contact = yaml.safe_load((checkout / "data" / "contact.yml").read_text(encoding="utf-8"))
    assert contact["channels"]["chat"]["label"]["zh-HK"] == "在線客服"
    assert all("zh-HK" in step["step"] for step in contact["escalation"])
    catalog = (checkout / "overrides" / "locales" / "zh_HK" / "LC_MESSAGES" / "messages.po").read_text(encoding="utf-8")
    assert 'msgstr "仍需要幫助？"' in catalog
    config = yaml.safe_load((checkout / "mkdocs.zh-HK.yml").read_text(encoding="utf-8"))
    assert config["docs_dir"] == "docs/zh-HK" and config["theme"]["locale"] == "zh_HK"
    assert "lang: zh-HK" in (checkout / "mkdocs.yml").read_text(encoding="utf-8")
    checked = run(checkout, "check")
    assert checked.returncode == 0, checked.stderr
    status = run(checkout, "status")
    assert "zh-HK state" in status.stdout and "converted" in status.stdout


def test_converting_again_updates_unreviewed_pages_and_reports_reviewed_ones(checkout):
    assert run(checkout, "new-lang", "zh-HK", "--from", "zh", "--convert", "s2hk").returncode == 0
    locked = checkout / "docs" / "zh" / "account" / "account-locked.md"
    stolen = checkout / "docs" / "zh" / "account" / "account-stolen.md"
    reviewed = checkout / "docs" / "zh-HK" / "account" / "account-stolen.md"
    marked = run(checkout, "mark-reviewed", str(reviewed))
    assert marked.returncode == 0, marked.stderr
    assert front(reviewed)["reviewed_from"] == front(reviewed)["converted_from"]
    assert "reviewed" in run(checkout, "status").stdout
    reviewed.write_text(reviewed.read_text(encoding="utf-8").replace("凍結", "凍結（已審閱）", 1), encoding="utf-8")
    for source in (locked, stolen):
        source.write_text(source.read_text(encoding="utf-8") + "\n新增的一段说明。\n", encoding="utf-8")
    stale = run(checkout, "check")
    assert "zh-HK/account/account-stolen.md" in stale.stdout + stale.stderr   # reviewed, source changed
    again = run(checkout, "new-lang", "zh-HK", "--from", "zh", "--convert", "s2hk")
    assert again.returncode == 0 and "1 converted again" in again.stdout, again.stdout
    assert "新增的一段" in (checkout / "docs" / "zh-HK" / "account" / "account-locked.md").read_text(encoding="utf-8")
    assert "docs/zh-HK/account/account-stolen.md: reviewed, and its source changed since" in again.stdout
    assert "（已審閱）" in reviewed.read_text(encoding="utf-8") and "新增的一段" not in reviewed.read_text(encoding="utf-8")


def test_a_language_without_a_converter_is_reported_until_translated(checkout):
    made = run(checkout, "new-lang", "ja", "--from", "en", "--name", "日本語")
    assert made.returncode == 0, made.stderr
    checked = run(checkout, "check")
    assert checked.returncode == 1
    assert "docs/ja/account/account-locked.md: is still the en text: it has not been translated yet" in checked.stderr
    contact = yaml.safe_load((checkout / "data" / "contact.yml").read_text(encoding="utf-8"))
    assert contact["channels"]["chat"]["label"]["ja"] == "Live chat"   # the source text, to translate
    page = checkout / "docs" / "ja" / "account" / "account-locked.md"
    assert run(checkout, "mark-translated", str(page)).returncode == 0
    assert "docs/ja/account/account-locked.md: is still" not in run(checkout, "check").stderr


def test_a_data_text_missing_a_language_is_an_error_with_its_line(checkout):
    path = checkout / "data" / "contact.yml"
    text = path.read_text(encoding="utf-8")
    broken = re.sub(r', zh-Hant: "[^"]*"', "", text, count=1)
    assert broken != text
    path.write_text(broken, encoding="utf-8")
    checked = run(checkout, "check")
    assert checked.returncode == 1
    line = next(l for l in checked.stderr.splitlines() if "has no text for zh-Hant" in l)
    number = next(n for n, l in enumerate(broken.splitlines(), 1) if "label: {zh: 在线客服" in l)
    assert line.startswith(f"data/contact.yml:{number}: channels.chat.label")


@pytest.mark.browser
@pytest.mark.parametrize("folder, query, article", [
    ("", "帳戶被鎖定了", "account/account-locked/"),             # Traditional on the Simplified site
    ("", "轉錯帳了怎麼辦", "payments/wrong-recipient/"),
    ("zh-hant/", "轉錯帳了怎麼辦", "payments/wrong-recipient/"),   # Traditional on the Traditional site
    ("zh-hant/", "账号被盗了", "account/account-stolen/"),        # Simplified on the Traditional site
    ("zh-hant/", "付款失败被扣钱", "payments/payment-failed/"),
])
def test_a_query_in_either_chinese_script_finds_its_article_first(page, base_url, folder, query, article):
    from browser import open_search, search
    page.goto(base_url + folder)
    results = search(page, query, open_search(page))
    assert results and results[0] == base_url + folder + article, results[:3]


@pytest.mark.browser
@pytest.mark.parametrize("folder", ["", "zh-hant/"])
def test_every_spelling_of_account_finds_the_same_articles_marked_as_they_are_written(page, base_url, folder):
    """账户 (Simplified), 帳戶 (Taiwan), 賬戶 (Hong Kong) and 帐户 (OpenCC's Simplified of 帳戶) are
    one word to search (data/search/variants.txt); the results mark it in the article's own script."""
    from browser import open_search, search
    spellings = ("账户", "帳戶", "賬戶", "帐户")
    # marked too: what data/search/synonyms.txt reads as 账户 (账号, 户头), in either script
    synonyms = {"账号", "帳號", "賬號", "帐号", "户头", "戶頭"}
    page.goto(base_url + folder)
    placeholder = open_search(page)
    lists = {}
    for query in spellings:
        lists[query] = search(page, query, placeholder)
        marks = page.eval_on_selector_all(".md-search-result__item mark", "ms => ms.map(m => m.textContent)")
        assert marks and set(marks) & set(spellings) and set(marks) <= set(spellings) | synonyms, (query, marks)
    assert len(lists["账户"]) >= 3 and all(found == lists["账户"] for found in lists.values()), lists


def test_the_script_table_comes_from_opencc_and_both_sides_fold_alike(site):
    import json
    from helpcenter.search import normalize, script_fold
    table = script_fold()
    assert len(table) > 2000 and table[ord("轉")] == "转" and table[ord("賬")] == "账"
    assert normalize("轉帳戶") == normalize("转帐户") == "转帐户"   # OpenCC: 帳 -> 帐 (not 账; see variants.txt)
    for folder in ("", "zh-hant/"):
        index = json.loads((site / folder / "search" / "index.json").read_text(encoding="utf-8"))
        pairs = dict(zip(index["fold"][0::2], index["fold"][1::2]))
        assert pairs["轉"] == "转" and pairs["戶"] == "户" and ord("轉") not in {ord(c) for c in index["fold"][1::2]}
        assert pairs["帳"] == pairs["帐"] == pairs["賬"] == "账"   # data/search/variants.txt


@pytest.mark.parametrize("option, value", [("--link", "/hk/\n      evil: 1"), ("--link", "hk"), ("--link", "/../x/"),
                                           ("--name", "x\n  - name: y"), ("--name", "名" * 41)])
def test_new_lang_refuses_a_folder_or_name_that_would_break_the_config_and_writes_nothing(checkout, option, value):
    before = (checkout / "mkdocs.yml").read_text(encoding="utf-8")
    made = run(checkout, "new-lang", "zh-HK", "--from", "zh", "--convert", "s2hk", option, value)
    assert made.returncode == 1 and option in made.stderr and "Traceback" not in made.stderr
    assert (checkout / "mkdocs.yml").read_text(encoding="utf-8") == before
    assert not (checkout / "docs" / "zh-HK").exists()


def test_check_names_the_fix_that_fits_each_kind_of_stale_page(checkout):
    """A changed source makes its translation (en) and its reviewed conversion (zh-Hant) stale:
    the one is marked translated, the other reviewed; a conversion nobody reviewed is converted again."""
    source = checkout / "docs" / "zh" / "account" / "account-locked.md"
    source.write_text(source.read_text(encoding="utf-8") + "\n新增的一段说明。\n", encoding="utf-8")
    converted = checkout / "docs" / "zh-Hant" / "payments" / "payment-failed.md"
    text = converted.read_text(encoding="utf-8")
    converted.write_text(re.sub(r"^reviewed_from: .*\n", "", text, flags=re.M), encoding="utf-8")
    paid = checkout / "docs" / "zh" / "payments" / "payment-failed.md"
    paid.write_text(paid.read_text(encoding="utf-8") + "\n新增的一段说明。\n", encoding="utf-8")
    result = run(checkout, "check")
    assert result.returncode == 0, result.stderr
    lines = {line.split(":")[0]: line for line in result.stdout.splitlines() if "out of date" in line}
    assert "mark-translated docs/en/account/account-locked.md" in lines["docs/en/account/account-locked.md"]
    assert "mark-reviewed docs/zh-Hant/account/account-locked.md" in lines["docs/zh-Hant/account/account-locked.md"]
    assert "mark-translated" not in lines["docs/zh-Hant/account/account-locked.md"]
    assert "new-lang" in lines["docs/zh-Hant/payments/payment-failed.md"]


@pytest.mark.parametrize("name, line, message", [
    ("variants.txt", "帐 賬", "'帐' is on line"),                  # 帐 is on another line already
    ("synonyms.txt", "xfer, trf", "'xfer' is on line"),            # so is xfer
    ("synonyms.txt", "转账", "is not two or more phrases apart by commas"),
])
def test_a_broken_search_data_line_fails_check_and_build_naming_the_line(checkout, tmp_path, name, line, message):
    path = checkout / "data" / "search" / name
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(lines + [line]) + "\n", encoding="utf-8")
    site = tmp_path / "site"
    for result in (run(checkout, "check"), run(checkout, "build", "--site-dir", str(site))):
        assert result.returncode == 1 and "Traceback" not in result.stdout + result.stderr
        assert f"data/search/{name}:{len(lines) + 1}: " in result.stderr and message in result.stderr, result.stderr
    assert not (site / "index.html").exists()
