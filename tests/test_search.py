"""Cutting text into search terms, and the index built from them."""
from __future__ import annotations

import json

import pytest

from helpcenter import search as search_module
from helpcenter.errors import ContentErrors
from helpcenter.search import (CARDS, HAN, SearchConfig, SearchDoc, build_index, expand_synonyms, fnv1a, fold_table,
                               group_of, index_files, load_search_config, load_synonyms, load_variants, normalize,
                               own_text, pairs_of, plain_text, shards_of, sound_alikes, stem, term_spans, terms_of, write_index)
from helpcenter.site import SEARCH_DATA_DIR

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


def test_a_negation_is_one_word_with_or_without_its_apostrophe():
    assert terms_of("didn't didnt DIDN’T can't", "en", frozenset({"can"})) == ["didnt", "didnt", "didnt", "cant"]
    assert terms_of("the customer's card", "en", STOP) == [stem("customer"), "card"]


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
    assert terms_of("can't log in", "en", STOP) == ["cant", "log", "in"]
    assert terms_of("Lumi's app", "en", STOP) == ["lumi", "app"]


def test_plain_text_strips_tags_and_unescapes():
    assert plain_text("<p>Tom &amp; <b>Jerry</b></p>") == "Tom & Jerry"


def doc(location, title, body, keywords=("x",)):
    return SearchDoc(location, title, "desc", list(keywords), "", body)


def test_result_cards_are_in_the_shards_a_query_of_their_title_reads(monkeypatch):
    """An article's card (its title and address, what the first answer shows) is in the shard of
    each term of its title that has one shard only: Chinese pairs, word pairs, words of small
    groups, the whole title; not for a character, which any part of its group may serve."""
    monkeypatch.setattr(search_module, "SHARD_BYTES", 300)
    monkeypatch.setattr(search_module, "GROUP_BYTES", 400)
    docs = [doc(f"zh/{i}/", f"转账失败{'甲乙丙丁'[i % 4]}", "转账" * (i + 1)) for i in range(30)]
    docs.append(doc("en/x/", "Refund <b>late</b>", "refund"))
    files = index_files(docs, SearchConfig("zh"))
    manifest = json.loads(files["index.json"])
    parts, count = dict(manifest["parts"]), manifest["shards"]
    cards: dict[int, dict[int, list]] = {}
    for path, text in files.items():
        if path.startswith("t/"):
            flat = json.loads(text).get(CARDS, [])
            assert len(flat) % 3 == 0
            cards[int(path[2:-5].split("/")[1])] = {flat[i]: flat[i + 1:i + 3] for i in range(0, len(flat), 3)}
    assert parts["转"] > 1   # 转 is in every part of its group: its pairs carry the cards
    title_terms = ("转账", "账失", "失败", "败乙", "=转 账 失 败 乙")
    for term in title_terms:
        [shard] = shards_of(term, parts, count)
        assert cards[shard][5] == ["转账失败乙", "zh/5/"], term
    holding = {shard for shard, held in cards.items() if 5 in held}
    assert holding == {shards_of(term, parts, count)[0] for term in title_terms}
    for term in ("refund", "late", "refund late"):   # as written, for the worker to escape
        [shard] = shards_of(term, parts, count)
        assert cards[shard][30] == ["Refund <b>late</b>", "en/x/"], term


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


def test_chinese_stop_words_are_left_out_and_nothing_pairs_across_them():
    stop = frozenset({"的", "了", "吗", "怎么", "怎么办"})
    assert terms_of("我的账户被锁了怎么办", "zh", stop) == ["我", "账", "户", "被", "锁"]   # 怎么办 before 怎么
    assert pairs_of("我的账户被锁了吗", "zh", stop) == ["账户", "户被", "被锁"]   # no 我账, no 锁吗
    assert pairs_of("怎么 登录", "zh", stop) == ["登录"] and terms_of("的了吗", "zh", stop) == []
    assert terms_of("the 的 payment", "en", stop | STOP) == ["payment"]


def test_the_writers_chinese_fillers_serve_both_chinese_sites_and_only_the_search_box():
    zh = load_search_config(SEARCH_DATA_DIR, "zh")
    assert {"的", "怎么办"} <= zh.fillers and load_search_config(SEARCH_DATA_DIR, "zh-Hant").fillers == zh.fillers
    # what says what happened is never left out: 被盗, 没收到, 转不了, 给错, 到账, 在线, 不是我
    assert not zh.fillers & set("被没不给到在是我错盗") and not {"没有", "不是"} & zh.fillers
    assert not any(HAN.search(word) for word in zh.stopwords)   # the index keeps every character
    files = index_files([doc("a/", "账户被锁了怎么办", "的")], zh)
    manifest = json.loads(files["index.json"])
    assert manifest["fillers"] == sorted(zh.fillers) and "的" in manifest["fillers"]
    assert any('"的"' in text for path, text in files.items() if path.startswith("t/"))


def test_search_word_lists_are_read_as_search_reads_text(tmp_path):
    (tmp_path / "stopwords.zh.txt").write_text("# comment\nＴＨＥ\n", encoding="utf-8")
    (tmp_path / "fillers.zh.txt").write_text("們\n", encoding="utf-8")
    config = load_search_config(tmp_path, "zh-Hant")
    assert config.stopwords == {"the"} and config.fillers == {"们"}


def test_a_word_in_few_titles_weighs_more_there_than_its_idf_over_all_text_says(monkeypatch):
    """转账 is in every article's text but in one title: there it weighs by its rarity among
    titles too (OWN_IDF), so that title stands out more than the body's statistics alone say."""
    docs = [doc("a/", "转账失败", "转账 付款"), doc("b/", "付款失败", "转账 付款"), doc("c/", "其他", "转账 付款")]
    lead = lambda: (lambda impacts: impacts[0] / impacts[1])(dict(build_index(docs, SearchConfig("zh"))["postings"]["转账"]))
    with_own = lead()
    monkeypatch.setattr(search_module, "OWN_IDF", 0.0)
    assert with_own > 1.5 * lead()


def test_the_text_of_links_to_other_articles_is_shown_but_not_searched():
    """'see Reset your password' says what another article is about: this one is not found by
    it, though its result still shows the sentence; links to channels and to its own sections count."""
    html = ('<p>Card declined. Locked out? See <a href="../reset-password/">Reset your password</a>, '
            '<a href="/en/account/unlock/">Unlock it</a>, <a href="https://chat.example/">chat with us</a> '
            'or <a href="#steps">read the steps</a>.</p>')
    assert own_text(html) == "Card declined. Locked out? See , , chat with us or read the steps."
    page = SearchDoc("payments/payment-failed/", "My payment failed", "d", [], "", plain_text(html), own_text(html))
    postings = build_index([page, doc("b/", "other", "other")], SearchConfig("en", STOP))["postings"]
    assert "Reset your password" in page.body
    assert not {"reset", "password", "unlock"} & set(postings) and {"chat", "step", "lock"} <= set(postings)


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


def test_each_term_is_in_the_shards_its_group_names(monkeypatch):
    """A pair is kept with its first character or word, a whole title with its first term; a
    large group is cut into parts by the pair's second half, its own term copied into each."""
    monkeypatch.setattr(search_module, "SHARD_BYTES", 300)
    monkeypatch.setattr(search_module, "GROUP_BYTES", 400)
    docs = [doc(f"{i}/", f"标题{i} 转账{'甲乙丙丁戊己庚辛'[i % 8]}", "正文" * (i + 1) + " payment", ["关键"])
            for i in range(40)]
    files = index_files(docs, SearchConfig("zh"))
    manifest = json.loads(files["index.json"])
    parts = dict(manifest["parts"])
    assert manifest["count"] == 40 and manifest["shards"] > 8 and parts["转"] > 1
    where: dict[str, set[int]] = {}
    for path, text in files.items():
        if path.startswith("t/"):
            digest, shard = path[2:-5].split("/")
            assert manifest["shardHashes"][int(shard) // manifest["shardGroup"]] == digest
            for term in json.loads(text):
                if term != CARDS:
                    where.setdefault(term, set()).add(int(shard))
    for term, shards in where.items():
        assert shards == set(shards_of(term, parts, manifest["shards"])), term
    assert len(where["转"]) == parts["转"]   # in every part of its group
    cut = {shard for group in parts for term, shards in where.items() if group_of(term)[0] == group for shard in shards}
    assert cut == set(range(sum(parts.values())))   # a shard per part, no other group in it
    assert all(group_of(term)[0] in parts for shard in cut for term in json.loads(
        files[f"t/{manifest['shardHashes'][shard // manifest['shardGroup']]}/{shard}.json"]) if term != CARDS)
    assert where["转账"] <= where["转"] and where["=标 题 3 转 账 丁"] <= where["标"]
    fragment = json.loads(files[f"d/{manifest['docHashes'][0]}/7.json"])
    assert fragment["location"] == "7/" and fragment["title"] == "标题7 转账辛" and fragment["keywords"] == ["关键"]
    assert json.loads(files[f"v/{manifest['vocabulary']['p']}.json"]) == [["payment", 40]]


def test_groups_of_terms():
    assert group_of("转账") == ("转", "账") and group_of("转") == ("转", None)
    assert group_of("reset password") == ("reset", "password") and group_of("payment") == ("payment", None)
    assert group_of("=reset password") == ("reset", "=reset password") and group_of("=转") == ("转", "=转")
    assert shards_of("转账", {}, 10) == shards_of("转", {}, 10) == [fnv1a("转") % 10]
    parts = {"户": 2, "转": 3}   # cut groups first, a shard per part, in this order; the others after them
    assert shards_of("户", parts, 10) == [0, 1] and shards_of("转", parts, 10) == [2, 3, 4]
    assert shards_of("转账", parts, 10) == [2 + fnv1a("账") % 3] and shards_of("账", parts, 10) == [5 + fnv1a("账") % 5]


def test_a_pair_sounds_like_the_pairs_an_input_method_offers_for_it():
    """One character replaced by a common one read the same, tones aside, zh/ch/sh as z/c/s."""
    assert {"转张", "砖账", "转帐"} <= sound_alikes("转账") and "转账" not in sound_alikes("转账")
    assert {"投述", "投素"} <= sound_alikes("投诉") and "从新" in sound_alikes("重新")   # su ~ shu, cong ~ chong
    assert "银航" in sound_alikes("银行") and "银型" not in sound_alikes("银行")   # 行 read as in 银行
    assert not {alike for alike in sound_alikes("被盗") if alike[0] != "被" and alike[1] != "盗"}
    assert all(len(alike) == 2 and HAN.match(alike[0]) and HAN.match(alike[1]) for alike in sound_alikes("两步"))


def test_homophones_of_title_and_keyword_pairs_are_terms_kept_beside_the_pair_typed():
    """'~' and the pair typed: the articles of the pair it sounds like, from titles and keywords
    only (a body's pairs are not what a customer names), in the shard of the pair typed."""
    docs = [doc("0/", "转账失败", "正文石沉大海", keywords=["被盗了"]), doc("1/", "付款失败", "转账")]
    built = build_index(docs, SearchConfig("zh", fold=load_search_config(SEARCH_DATA_DIR, "zh").fold))
    postings = built["postings"]
    assert postings["~转张"] == postings["转账"]   # the pair's articles and impacts, wherever it is in them
    assert built["meant"]["~转张"] == "转账" and built["meant"]["~被到"] == "被盗"   # what results mark
    assert "~转帐" not in postings   # a customer's 帐 is searched as 账 (data/search/variants.txt)
    assert [d for d, _ in postings["~被到"]] == [0] and "~石晨" not in postings and "~转账" not in postings
    assert not [term for term in postings if term.startswith("~") and term[1:] in ("转账", "失败")]
    parts = {"转": 3}
    assert group_of("~转张") == group_of("转张") == ("转", "张")
    assert shards_of("~转张", parts, 10) == shards_of("转张", parts, 10)
    files = index_files(docs, SearchConfig("zh"))
    shards = {path: json.loads(text) for path, text in files.items() if path.startswith("t/")}
    held = [shard["~转张"] for shard in shards.values() if "~转张" in shard]
    assert held == [["转账", 0, dict(postings["转账"])[0], 1, dict(postings["转账"])[1]]]   # the pair, then deltas
    english = build_index([doc("0/", "Transfer failed", "text")], SearchConfig("en"))["postings"]
    assert not [term for term in english if term.startswith("~")]


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




def test_characters_customers_write_for_one_another_are_searched_as_one():
    """OpenCC makes 帳戶 帐户, a Simplified spelling of its own; data/search/variants.txt reads it
    as 账户, so either script and either spelling find the same articles."""
    from helpcenter.paths import SEARCH_DATA_DIR
    fold = load_variants(SEARCH_DATA_DIR / "variants.txt")
    assert normalize("帳戶", fold) == normalize("帐户", fold) == normalize("賬戶", fold) == normalize("账户", fold) == "账户"
    assert normalize("接著", fold) == "接着" and normalize("衞生", fold) == "卫生"   # hk2s where t2s leaves a form
    assert normalize("帳戶") == "帐户"   # without the file: OpenCC alone
    table = fold_table(["账户"], fold)
    assert {table[i]: table[i + 1] for i in range(0, len(table), 2)}["帳"] == "账"
    assert terms_of("帳戶", "zh", fold=fold) == ["账", "户"] and pairs_of("帳戶", "zh", fold=fold) == ["账户"]


@pytest.mark.parametrize("lines, line, message", [
    ("账", 2, "is not a line of single Chinese characters"),
    ("账 ab", 2, "is not a line of single Chinese characters"),
    ("账 帐x", 2, "is not a line of single Chinese characters"),
    ("账 帐\n\n帐 賬", 4, "'帐' is on line 2 already"),
])
def test_a_broken_variants_line_is_named_with_its_fix(tmp_path, lines, line, message):
    path = tmp_path / "variants.txt"
    path.write_text("# the characters\n" + lines + "\n", encoding="utf-8")
    with pytest.raises(ContentErrors) as raised:
        load_variants(path)
    [error] = raised.value.errors
    assert error.line == line and message in error.message and error.fix and error.path.endswith("variants.txt")


def test_a_variants_file_that_is_not_utf8_is_named_with_its_line(tmp_path):
    path = tmp_path / "variants.txt"
    path.write_bytes("# the characters\n账 帐\n".encode("utf-8") + "着 著\n".encode("gb18030"))
    with pytest.raises(ContentErrors) as raised:
        load_variants(path)
    [error] = raised.value.errors
    assert error.line == 3 and "not UTF-8" in error.message and "UTF-8" in error.fix


def synonyms_config(tmp_path, text, lang="en", stopwords=STOP):
    path = tmp_path / "synonyms.txt"
    path.write_text(text, encoding="utf-8")
    return SearchConfig(lang, stopwords, synonyms=load_synonyms(path, stopwords))


def expanded(text, config, words=True):
    text = normalize(text)
    return expand_synonyms(text, term_spans(text, config.stopwords), config, words)


def test_a_synonym_word_is_read_wherever_an_article_has_its_line_s_other_words(tmp_path):
    config = synonyms_config(tmp_path, "# customers' words\ntransfer, xfer\nhacked, hijacked, 被盗\n")
    assert expanded("My transfer failed", config) == (["xfer"], ["xfer fail"])
    assert expanded("Was my account hijacked?", config) == (["hack"], ["account hack", "被盗"])   # 被盗 by its pair
    assert expanded("The transfers we sent", config)[0] == ["xfer"]   # stemmed: transfers is transfer
    assert expanded("Nothing to see", config) == ([], [])


def test_a_synonym_phrase_adds_its_pairs_not_its_characters_or_words_one_by_one(tmp_path):
    """额度 for 限额 adds the pairs 额度 and 日额 (to its neighbour), never 度 alone: an article that
    says 限额 ten times must not weigh more for every query with 度 in it."""
    config = synonyms_config(tmp_path, "限额, 额度\ntwo-step verification, 2fa\n", "zh", frozenset())
    assert expanded("单日限额，请注意", config) == ([], ["日额", "额度"])
    assert expanded("Turn on 2FA now", config) == ([], ["on two", "two step", "step verif", "verif now"])
    assert expanded("Turn on 2FA now", config, words=False) == ([], [])   # the body: no English pairs
    assert expanded("Use two-step verification", config) == (["2fa"], [f"{stem('use')} 2fa"])
    assert expanded("two steps ahead", config) == ([], [])   # only the whole phrase


def test_an_article_is_found_by_the_words_customers_use_for_its_words(tmp_path):
    config = synonyms_config(tmp_path, "transfer, xfer\n限额, 额度\n", "zh", frozenset())
    docs = [SearchDoc("a/", "转账限额是多少", "", [], "", "每日转账限额。"),
            SearchDoc("b/", "My transfer failed", "", [], "", ""),
            SearchDoc("c/", "额外的费用", "", [], "", "")]
    postings = build_index(docs, config)["postings"]
    assert [d for d, _ in postings["额度"]] == [0] and [d for d, _ in postings["xfer"]] == [1]
    assert [d for d, _ in postings["度"]] == []  if "度" in postings else True
    assert [d for d, _ in postings["额"]] == [0, 2]   # 额 counted where it is written only


@pytest.mark.parametrize("lines, line, message", [
    ("transfer", 2, "is not two or more phrases apart by commas"),
    ("transfer, ", 2, "is not two or more phrases apart by commas"),
    ("transfer, the", 2, "'the' has no word or Chinese character search keeps"),
    ("transfer, xfer\n\nxfer, trf", 4, "'xfer' is on line 2 already"),
    ("transfers, xfer\ntransfer, trf", 3, "'transfer' is on line 2 already"),   # the same word, stemmed
    (", ".join(f"w{n}" for n in range(21)), 2, "21 phrases on one line, more than 20"),
    ("transfer, " + "转" * 9, 2, "has 9 words or characters, more than 8"),
    ("\n".join(f"的{chr(0x4e00 + n)}, w{n}" for n in range(21)), 22, "more than 20 phrases start with '的'"),
])
def test_a_broken_synonyms_line_is_named_with_its_fix(tmp_path, lines, line, message):
    path = tmp_path / "synonyms.txt"
    path.write_text("# customers' words\n" + lines + "\n", encoding="utf-8")
    with pytest.raises(ContentErrors) as raised:
        load_synonyms(path, STOP)
    [error] = raised.value.errors
    assert error.line == line and message in error.message and error.fix and error.path.endswith("synonyms.txt")


def test_search_data_files_that_are_not_utf8_are_named_with_their_line(tmp_path):
    (tmp_path / "synonyms.txt").write_bytes("transfer, xfer\n".encode() + "限额, 额度\n".encode("gb18030"))
    (tmp_path / "stopwords.en.txt").write_bytes("the\n".encode() + "é\n".encode("latin-1"))
    for lang, name in (("zh", "synonyms.txt"), ("en", "stopwords.en.txt")):
        with pytest.raises(ContentErrors) as raised:
            load_search_config(tmp_path, lang)
        [error] = raised.value.errors
        assert error.path.endswith(name) and error.line == 2 and "not UTF-8" in error.message


def test_a_fillers_file_that_is_not_utf8_is_named_with_its_line_on_both_chinese_sites(tmp_path):
    (tmp_path / "fillers.zh.txt").write_bytes("的\n".encode() + "嗎\n".encode("big5"))
    for lang in ("zh", "zh-Hant"):
        with pytest.raises(ContentErrors) as raised:
            load_search_config(tmp_path, lang)
        [error] = raised.value.errors
        assert error.path.endswith("fillers.zh.txt") and error.line == 2 and "not UTF-8" in error.message


def test_the_writers_synonyms_file_loads_for_every_site_language():
    from helpcenter.languages import site_language_codes
    from helpcenter.paths import SEARCH_DATA_DIR
    for code in site_language_codes():
        config = load_search_config(SEARCH_DATA_DIR, code)
        assert "xfer" in config.synonyms and "额" in config.synonyms, code


def test_synonyms_leave_the_rest_of_an_article_weighing_as_before(tmp_path):
    """What synonyms add counts in its field, not in the field's length or its whole title: an
    article that says 'transfer' often is not pushed down for its other words."""
    docs = lambda: [SearchDoc("a/", "My transfer failed", "Transfer money", [], "", "transfer, transfer, fee"),
                    SearchDoc("b/", "Fees", "", [], "", "fee")]
    plain = build_index(docs(), SearchConfig("en", STOP))["postings"]
    config = synonyms_config(tmp_path, "transfer, xfer\n")
    postings = build_index(docs(), config)["postings"]
    for term in ("fail", "fee", "transfer", f"=transfer {stem('failed')}", f"transfer {stem('failed')}"):
        assert postings[term] == plain[term], term
    assert "=transfer fail xfer" not in postings and [d for d, _ in postings["xfer"]] == [0]
    assert postings["xfer"] == plain["transfer"]   # the same word in the same places


def test_index_json_lists_the_synonyms_lines_for_marking_results(tmp_path):
    config = synonyms_config(tmp_path, "Transfer, xfer\n限额, 额度, 上限\n", "zh", frozenset())
    files = index_files([SearchDoc("a/", "转账限额", "", [], "", "transfer")], config)
    assert json.loads(files["index.json"])["synonyms"] == [["transfer", "xfer"], ["上限", "限额", "额度"]]


def test_a_term_in_many_titles_brings_only_its_best_articles_cards(monkeypatch):
    """怎么 is in every '…怎么办？' title: its shard would carry every card of the site; it
    carries those of its best CARD_TITLES articles."""
    monkeypatch.setattr(search_module, "CARD_TITLES", 3)
    docs = [doc(f"{i}/", f"问题{'甲乙丙丁戊'[i]}怎么办", "正文") for i in range(5)]
    config = SearchConfig("zh")
    built = build_index(docs, config)
    df, postings = built["df"], built["postings"]
    shards = 100003   # a shard per term, nearly: where each card went can be told apart
    layout = search_module.shard_layout({})
    cards = search_module.result_cards(docs, config, df, {}, shards, layout)
    place = lambda term: shards_of(term, {}, shards)[0]
    assert cards[place("题甲")][:3] == [0, "问题甲怎么办", "0/"]   # in one title: its article's card
    assert cards[place("题甲")][::3] == [0, 1, 2, 3, 4]   # (题乙 … are in the same group, 题)
    assert all(place(term) not in cards for term in ("怎么", "么办"))   # in five, no postings given: none
    cards = search_module.result_cards(docs, config, df, {}, shards, layout, postings)
    best = sorted(postings["怎么"], key=lambda p: (-p[1], p[0]))[:3]
    assert set(cards[place("怎么")][::3]) == {doc_id for doc_id, _ in best}   # with them: its best three
    assert place("问题") in cards   # (问's group has the whole titles, one each)
