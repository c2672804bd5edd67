"""Cutting text into search terms, and the index built from them."""
from __future__ import annotations

from helpcenter.search import SearchConfig, SearchDoc, build_index, plain_text, stem, terms_of

STOP = frozenset({"the", "my", "is", "a", "to"})


def test_chinese_is_cut_into_single_characters():
    assert terms_of("验证码收不到", "zh") == ["验", "证", "码", "收", "不", "到"]


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


def test_index_lists_each_term_once_with_impacts_per_article():
    index = build_index([doc("a/", "转账失败", "转账"), doc("b/", "付款失败", "付款")], SearchConfig("zh"))
    postings = dict(zip(index["terms"], index["postings"]))
    assert index["terms"] == sorted(index["terms"])
    assert postings["转"][0::2] == [0] and postings["付"][0::2] == [1]   # doc ids, delta-coded
    assert postings["失"][0::2] == [0, 1]


def test_title_match_outweighs_a_body_match():
    index = build_index([doc("a/", "payment failed", "other words here"),
                         doc("b/", "other", "the payment failed yesterday")], SearchConfig("en", STOP))
    impacts = dict(zip(index["terms"], index["postings"]))["payment"]
    assert impacts[1] > impacts[3]


def test_keywords_are_indexed():
    index = build_index([doc("a/", "t", "b", ["登不上"])], SearchConfig("zh"))
    assert "登" in index["terms"]
