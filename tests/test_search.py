"""Cutting text into search terms, and the index built from them."""
from __future__ import annotations

import json

from helpcenter import search as search_module
from helpcenter.search import (SearchConfig, SearchDoc, build_index, fnv1a, index_files, pairs_of, plain_text,
                               stem, terms_of, write_index)

STOP = frozenset({"the", "my", "is", "a", "to"})


def test_chinese_is_cut_into_single_characters():
    assert terms_of("验证码收不到", "zh") == ["验", "证", "码", "收", "不", "到"]


def test_chinese_pairs_are_neighbouring_characters_never_across_punctuation_or_latin():
    assert pairs_of("验证码，收不到", "zh") == ["验证", "证码", "收不", "不到"]
    assert pairs_of("收App码", "zh") == []


def test_english_pairs_are_neighbouring_words_across_stop_words_and_hyphens():
    assert pairs_of("Reset my password", "en", STOP) == ["reset password"]
    assert pairs_of("card-declined. Payment", "en", STOP) == [f"card {stem('declined')}"]


def test_latin_words_inside_chinese_are_kept_whole():
    assert terms_of("App 收不到 SMS", "zh") == ["app", "收", "不", "到", stem("sms")]


def test_full_width_letters_and_digits_are_normalized():
    assert terms_of("２ＦＡ", "en") == ["2fa"]


def test_english_plurals_and_verb_forms_meet_their_root():
    assert stem("payments") == stem("payment")
    assert stem("declined") == stem("decline") == stem("declining")
    assert stem("locked") == stem("locking") == stem("lock")
    assert stem("security") == stem("secure")


def test_stop_words_are_dropped_on_the_index_side_too():
    assert terms_of("The payment is declined", "en", STOP) == ["payment", "declin"]


def test_apostrophes_do_not_split_words():
    assert terms_of("can't log in", "en", STOP) == ["can", "log", "in"]


def test_plain_text_strips_tags_and_unescapes():
    assert plain_text("<p>Tom &amp; <b>Jerry</b></p>") == "Tom & Jerry"


def doc(location, title, body, keywords=("x",)):
    return SearchDoc(location, title, "desc", list(keywords), "", body)


def test_index_lists_each_term_with_impacts_per_article():
    index = build_index([doc("a/", "转账失败", "转账"), doc("b/", "付款失败", "付款")], SearchConfig("zh"))
    postings = index["postings"]
    assert [d for d, _ in postings["转"]] == [0] and [d for d, _ in postings["付"]] == [1]
    assert [d for d, _ in postings["失"]] == [0, 1]
    assert [d for d, *_ in postings["转账"]] == [0] and index["df"]["失败"] == 2


def test_title_match_outweighs_a_body_match():
    index = build_index([doc("a/", "payment failed", "other words here"),
                         doc("b/", "other", "the payment failed yesterday")], SearchConfig("en", STOP))
    (a, impact_a), (b, impact_b) = index["postings"]["payment"]
    assert (a, b) == (0, 1) and impact_a > impact_b
    assert [d for d, _ in index["postings"]["payment fail"]] == [0]   # English pairs: short fields only


def test_keywords_are_indexed():
    index = build_index([doc("a/", "t", "b", ["登不上"])], SearchConfig("zh"))
    assert {"登", "登不", "不上"} <= set(index["postings"])


def test_long_lists_keep_their_best_articles(monkeypatch):
    monkeypatch.setattr(search_module, "PRUNE", 2)
    docs = [doc(f"{i}/", "付款" if i == 3 else "其他", "付款 " + "字" * i) for i in range(6)]
    index = build_index(docs, SearchConfig("zh"))
    kept = [d for d, *_ in index["postings"]["付款"]]
    assert len(kept) == 2 and 3 in kept and kept == sorted(kept)
    assert index["df"]["付款"] == 6


def test_each_term_is_in_the_shard_its_hash_names():
    docs = [doc(f"{i}/", f"标题{i}", "正文" * (i + 1) + " payment", ["关键"]) for i in range(40)]
    files = index_files(docs, SearchConfig("zh"))
    manifest = json.loads(files["index.json"])
    assert manifest["count"] == 40
    for path, text in files.items():
        if path.startswith("t/"):
            digest, shard = path[2:-5].split("/")
            assert manifest["shardHashes"][int(shard) // manifest["shardGroup"]] == digest
            assert all(fnv1a(term) % manifest["shards"] == int(shard) for term in json.loads(text))
    fragment = json.loads(files[f"d/{manifest['docHashes'][0]}/7.json"])
    assert fragment["location"] == "7/" and fragment["title"] == "标题7" and fragment["keywords"] == ["关键"]
    assert json.loads(files[f"v/{manifest['vocabulary']['p']}.json"]) == [["payment", 40]]


def test_a_changed_article_renames_only_its_own_pieces():
    docs = [doc(f"{i}/", f"标题{i}", "正文") for i in range(search_module.DOC_GROUP * 2)]
    before = set(index_files(docs, SearchConfig("zh")))
    docs[0] = doc("0/", "标题0", "正文 改了")
    after = set(index_files(docs, SearchConfig("zh")))
    changed = {path.rsplit("/", 1)[0] for path in after - before if path.startswith("d/")}
    assert len(changed) == 1   # the group of document 0; the other group keeps its names


def test_fnv1a_is_the_32_bit_hash_of_the_worker():
    assert fnv1a("") == 0x811C9DC5 and fnv1a("a") == 0xE40C292C


def test_rebuilding_into_the_same_folder_drops_old_pieces(tmp_path):
    write_index(tmp_path, [doc("a/", "转账", "转账")], SearchConfig("zh"))
    files = write_index(tmp_path, [doc("b/", "付款", "付款")], SearchConfig("zh"))
    on_disk = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.json")}
    assert on_disk == set(files)


def test_a_whole_title_is_one_term_and_title_stop_words_are_kept_for_stop_word_queries():
    index = build_index([doc("a/", "About the fees", "text"), doc("b/", "Fees of transfers", "text")],
                        SearchConfig("en", frozenset({"about", "the", "of"})))
    assert [d for d, _ in index["postings"]["=fee"]] == [0]   # stop words are not part of it
    assert [d for d, _ in index["postings"]["=fee transfer"]] == [1]
    assert [d for d, _ in index["postings"]["about"]] == [0] and "the" in index["postings"]
    assert "about" not in {t for t in index["postings"] if " " in t}


def test_a_chinese_pair_carries_its_characters_impacts_in_each_article():
    """The worker ranks a long Chinese query from its pairs alone: each pair posting holds
    [doc, pair impact, first character's impact, second character's impact]."""
    docs = [doc("a/", "转账失败", "转账"), doc("b/", "付款失败", "失败 失败"), doc("c/", "其他", "说明")]
    index = build_index(docs, SearchConfig("zh"))
    own = {char: dict(index["postings"][char]) for char in "失败"}
    for doc_id, impact, first, second in index["postings"]["失败"]:
        assert impact >= 1 and (first, second) == (own["失"][doc_id], own["败"][doc_id])
    assert all(len(posting) == 2 for posting in index["postings"]["失"])   # characters, words: pairs of two
    assert all(len(posting) == 2 for posting in index["postings"]["=转 账 失 败"])
