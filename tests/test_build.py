"""The real strict build of both languages, checked in the HTML it writes."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from conftest import ARTICLES, LANGS, ROOT, run_build
from helpcenter.search import terms_of, whole_title


def html(site: Path, lang: str, path: str) -> str:
    return (site / LANGS[lang] / path / "index.html").read_text(encoding="utf-8")


def test_both_languages_are_built_with_their_html_lang(site):
    assert '<html lang="zh"' in html(site, "zh", "")
    assert '<html lang="en"' in html(site, "en", "")


def test_every_article_exists_at_the_same_path_in_both_languages(site):
    for slug, (category, _, _) in ARTICLES.items():
        for lang in LANGS:
            assert (site / LANGS[lang] / category / slug / "index.html").is_file(), (lang, slug)


def test_contact_block_lists_channels_in_urgency_order(site):
    for slug, (category, urgency, channels) in ARTICLES.items():
        for lang in LANGS:
            page = html(site, lang, f"{category}/{slug}")
            block = re.search(r'<aside class="hc-contact[^"]*" id="hc-contact" data-urgency="(\w+)".*?</aside>', page, re.S)
            assert block, (lang, slug)
            assert block.group(1) == urgency
            assert re.findall(r'data-channel="(\w+)"', block.group(0)) == channels, (lang, slug)


def test_ui_strings_come_from_the_catalog_of_each_language(site):
    assert "仍需要帮助？" in html(site, "zh", "account/account-locked")
    assert "Still need help?" in html(site, "en", "account/account-locked")
    assert "Still need help?" not in html(site, "zh", "account/account-locked")


def search_index(site: Path, lang: str) -> dict:
    """The pieces of a language's search index put together: its index.json, every term with its
    postings (from all shards) and every result fragment."""
    root = site / LANGS[lang] / "search"
    manifest = json.loads((root / "index.json").read_text(encoding="utf-8"))
    terms = {}
    for shard in root.glob("t/*/*.json"):
        terms.update(json.loads(shard.read_text(encoding="utf-8")))
    docs = [json.loads(f.read_text(encoding="utf-8")) for f in sorted(root.glob("d/*/*.json"))]
    return {**manifest, "terms": terms, "docs": docs}


def test_chinese_search_index_is_cut_into_characters_and_pairs(site):
    index = search_index(site, "zh")
    chinese = [t for t in index["terms"] if re.search(r"[\u4e00-\u9fff]", t) and t[0] not in "=~"]
    assert len(chinese) > 300, "the Chinese articles were not indexed"
    assert {len(t) for t in chinese} == {1, 2}, [t for t in chinese if len(t) > 2][:5]
    assert {"验", "证", "码", "验证", "证码"} <= set(chinese)
    # homophones of pairs ('~' and the pair typed): each names the pairs it stands for, all in the index
    sounds = {t: index["terms"][t] for t in index["terms"] if t.startswith("~")}
    assert "~两布" in sounds and sounds["~两布"][0] == "两步"
    assert all(len(t) == 3 and set(postings[0].split()) <= set(chinese) for t, postings in sounds.items())
    titles = {t for t in index["terms"] if t.startswith("=")}   # each whole title is a term too
    assert titles == {whole_title(terms_of(d["title"], "zh")) for d in index["docs"]}


def test_search_index_holds_every_article_with_its_keywords(site):
    for lang in LANGS:
        index = search_index(site, lang)
        assert index["count"] == len(index["docs"])
        assert sorted(d["location"] for d in index["docs"]) == sorted(
            f"{category}/{slug}/" for slug, (category, _, _) in ARTICLES.items())
        assert all(d["keywords"] and d["title"] and d["text"] for d in index["docs"])


def test_english_index_is_stemmed_without_stop_words(site):
    index = search_index(site, "en")
    terms = set(index["terms"])
    assert "payment" in terms and "payments" not in terms
    assert "payment fail" in terms   # a pair of words of a title
    # stop words are terms only for the titles that hold them (a query of stop words only)
    title_words = {w for d in index["docs"] for w in re.findall(r"[a-z]+", d["title"].lower())}
    for stop in ("the", "and", "i", "my", "what"):
        assert stop not in terms or stop in title_words, stop
    assert "and" not in terms or "and" in title_words


def test_search_index_pieces_are_small_and_named_by_their_content(site):
    """The page fetches index.json only; a query fetches a few shards and fragments."""
    for lang in LANGS:
        root = site / LANGS[lang] / "search"
        # counts, hashes, the fold of Traditional characters, the synonyms lines and the fillers
        assert (root / "index.json").stat().st_size < 6000
        for piece in [*root.glob("t/*/*.json"), *root.glob("d/*/*.json"), *root.glob("v/*.json")]:
            assert piece.stat().st_size < 30000, piece
            assert re.fullmatch(r"[0-9a-f]{10}", piece.stem if piece.parent.name == "v" else piece.parent.name)
        assert not (root / "articles.json").exists()


def test_material_search_index_is_left_empty(site):
    """Our index replaces Material's: its own must not be built (and segmented) twice."""
    for lang in LANGS:
        material = json.loads((site / LANGS[lang] / "search" / "search_index.json").read_text(encoding="utf-8"))
        assert material["docs"] == []


def test_failed_build_leaves_the_published_site_as_it_was(tmp_path):
    site_dir = tmp_path / "site"
    site_dir.mkdir()
    (site_dir / "index.html").write_text("previous release", encoding="utf-8")
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", docs)
    (docs / "zh" / "account" / "zz-broken-test.md").write_text("---\ntitle: x\n---\nbody\n", encoding="utf-8")
    result = run_build(site_dir, "--docs-dir", str(docs))
    assert result.returncode != 0
    assert "docs/zh/account/zz-broken-test.md" in result.stderr
    assert "urgency is missing" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert (site_dir / "index.html").read_text(encoding="utf-8") == "previous release"


def test_contact_support_shows_the_channel_table_from_the_data_file(site):
    zh = html(site, "zh", "support/contact-support")
    assert re.findall(r'data-channel-row="(\w+)"', zh) == ["chat", "phone", "email"]
    assert "400-820-0000" in zh and "support@lumiwallet.example" in zh
    assert "Usual reply time" in html(site, "en", "support/contact-support")


def test_slow_response_shows_the_escalation_ladder_from_the_data_file(site):
    for lang, first_step in (("zh", "在原对话中跟进"), ("en", "Follow up in the same conversation")):
        page = html(site, lang, "support/slow-response")
        ladder = re.search(r"<ol class=\"hc-escalation\".*?</ol>", page, re.S).group(0)
        assert ladder.count('class="hc-escalation__step"') == 3
        assert first_step in ladder
        assert re.findall(r'data-channel="(\w+)"', ladder) == ["chat", "phone"]


def test_home_page_lists_the_common_problems_in_both_languages(site):
    assert "常见问题" in html(site, "zh", "") and "账户被锁定了怎么办？" in html(site, "zh", "")
    assert "Common problems" in html(site, "en", "")


def test_category_page_lists_its_articles(site):
    page = html(site, "zh", "payments")
    assert 'href="payment-failed/"' in page and 'href="transfer-failed/"' in page


def test_high_urgency_articles_start_with_a_shortcut_to_the_contact_block(site):
    for slug, (category, urgency, _) in ARTICLES.items():
        page = html(site, "zh", f"{category}/{slug}")
        shortcut = re.search(r'<p class="hc-urgent-shortcut"><a href="#hc-contact-title"[^>]*>([^<]+)</a>', page)
        assert bool(shortcut) == (urgency == "high"), slug
        if shortcut:
            assert shortcut.group(1) == "资金或账户有风险？立即联系客服"
            assert page.index("hc-urgent-shortcut") < page.index("</h1>") + 400
    assert "Money or account at risk? Contact us now" in html(site, "en", "account/account-stolen")


def test_the_lead_above_the_channels_speaks_of_the_channel_shown_first(site):
    """With an article's own channel order, the lead must not say what its urgency would say
    ("this can wait, e-mail us") above a live-chat button."""
    from helpcenter.contact import load_contact
    from helpcenter.site import CONTACT_FILE
    book = load_contact(CONTACT_FILE)
    for slug, (category, urgency, channels) in ARTICLES.items():
        for lang in LANGS:
            page = html(site, lang, f"{category}/{slug}")
            lead = re.search(r'<aside class="hc-contact[^"]*".*?<p class="hc-contact__lead">(.*?)</p>', page, re.S).group(1)
            if channels[0] == book.urgency[urgency].channels[0]:
                expected = book.urgency[urgency].lead.get(lang)
            else:
                expected = book.channels[channels[0]].lead.get(lang)
            assert lead == expected.replace("'", "&#39;"), (lang, slug)
