"""Nothing on a page but what a reader should see: every built page of every language, and
every text search shows, is free of code debris (tests/debris.py)."""
from __future__ import annotations

import json

import pytest

from debris import debris_in, shown_text


def test_the_debris_finder_finds_what_slipped_through_before():
    # what an article page really showed, and the other classes
    assert debris_in("('2026-11-25', '2026年11月25日') 最后更新：2026年11月25日")
    for text in ["['账户', '密码']", "{'zh': '在线客服'}", "价格 None 元", "Hello {{ name }}", "{% trans %}",
                 "Open undefined", "NaN ms", "[object Object]", "TODO 写步骤", "%(title)s",
                 "?topic={topic}", "<span class=x>", "a &amp; b", "<built.Thing object at 0x7f>"]:
        assert debris_in(text), text


def test_the_debris_finder_leaves_real_text_alone():
    for text in ["进入“我的 > 安全中心 > 冻结账户”", "Go to Me > Security center", "1–3 business days (Mon–Fri)",
                 "Call 110 or 96110", "e.g. (screenshot, amount)", "© 2026 Lumi Wallet", "2FA, SMS codes",
                 "您的资金（例如余额）"]:
        assert debris_in(text) == [], text


def test_shown_text_reads_text_and_shown_attributes_not_scripts():
    html = ('<html><head><title>T</title><script>var a = undefined</script></head><body>'
            '<img alt="alt text" src="x.png"><p>Body</p><template><p>later</p></template>'
            '<style>.a{}</style></body></html>')
    text = shown_text(html)
    assert "Body" in text and "alt text" in text and "later" in text and "T" in text
    assert "undefined" not in text and ".a{}" not in text


def built_pages(site):
    return sorted(site.rglob("*.html"))


def test_the_site_has_every_page_kind_to_scan(site):
    pages = built_pages(site)
    assert len(pages) >= 2 * (1 + 3 + 8 + 1)   # home, categories, articles, 404 per language
    assert (site / "en" / "404.html") in pages


def test_no_built_page_shows_code_debris(site):
    found = {}
    for path in built_pages(site):
        problems = debris_in(shown_text(path.read_text(encoding="utf-8")))
        if problems:
            found[path.relative_to(site).as_posix()] = problems[:3]
    assert found == {}


@pytest.mark.parametrize("folder", ["", "en"])
def test_what_search_shows_has_no_code_debris(site, folder):
    docs = [json.loads(f.read_text(encoding="utf-8")) for f in (site / folder / "search").glob("d/*/*.json")]
    assert docs   # the result fragments of helpcenter/search.py
    found = []
    for doc in docs:
        for key in ("title", "description", "text"):
            found += debris_in(str(doc.get(key, "")))
    assert found == []
