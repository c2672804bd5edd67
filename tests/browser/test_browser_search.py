"""Search as customers use it: the real search box of the built site in headless Chromium."""
from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urljoin

import pytest
import yaml

from conftest import ALL_LANGS, ARTICLES, LANGS, ROOT
from browser import open_search, search
from helpcenter.search import (HAN, fnv1a, group_of, load_search_config, normalize, pairs_of, shards_of, terms_of,
                               whole_title)
from helpcenter.site import SEARCH_DATA_DIR

pytestmark = pytest.mark.browser
QUERIES = yaml.safe_load((ROOT / "tests" / "search_queries.yml").read_text(encoding="utf-8"))


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGS)
def test_query_set_finds_the_right_article_in_the_top_three(page, base_url, lang):
    page.goto(base_url + LANGS[lang])
    placeholder = open_search(page)
    hits, misses = 0, []
    for item in QUERIES[lang]:
        category = ARTICLES[item["article"]][0]
        want = f"{base_url}{LANGS[lang]}{category}/{item['article']}/"
        results = search(page, item["q"], placeholder)
        if want in results[:3]:
            hits += 1
        else:
            misses.append((item["q"], item["article"], results[:3]))
    assert len(QUERIES[lang]) >= 60
    assert hits / len(QUERIES[lang]) >= 0.95, misses


@pytest.mark.parametrize("lang, query", [("zh", "钱包里的钱怎么提不出来了"), ("en", "my money isnt showing up")])
def test_everyday_phrasing_still_finds_articles(page, base_url, lang, query):
    page.goto(base_url + LANGS[lang])
    assert search(page, query, open_search(page))


@pytest.mark.parametrize("lang, query, article, unwritten", [
    ("en", "xfer failed", "transfer-failed", "xfer"),
    ("en", "my account got hijacked", "account-stolen", "hijack"),
    ("zh", "转账额度不够", "transfer-failed", "额度"),
    ("zh", "登陆不上去了", "account-locked", "登陆"),
])
def test_the_words_customers_use_find_the_article_that_words_it_otherwise(page, base_url, lang, query, article,
                                                                          unwritten):
    """data/search/synonyms.txt: no article has the customer's word, the right one comes first."""
    sources = (ROOT / "docs" / lang).rglob("*.md")
    assert not [path for path in sources if unwritten in path.read_text(encoding="utf-8").lower()]
    page.goto(base_url + LANGS[lang])
    results = search(page, query, open_search(page))
    assert results[0] == f"{base_url}{LANGS[lang]}{ARTICLES[article][0]}/{article}/", results
    # what the query said otherwise is marked in the first result: 'xfer' marks 'transfer'
    marks = [m.lower() for m in page.locator(".md-search-result__item").first.locator("mark").all_inner_texts()]
    meant = {"xfer": "transfer", "额度": "限额", "登陆": "登录"}.get(unwritten)   # 'hacked' is not on screen
    assert meant is None or any(m.startswith(meant) for m in marks), marks


@pytest.mark.parametrize("lang, query, typed, meant, article", [
    ("zh", "两布验证在哪开", "两布", "两步", "account-security"),
    ("zh", "被到号了怎么办", "被到", "被盗", "account-stolen"),
    ("zh-Hant", "帳號被到了", "被到", "被盜", "account-stolen"),
])
def test_a_chinese_word_typed_as_its_homophone_finds_the_word_meant(page, base_url, lang, query, typed, meant,
                                                                    article):
    """The input method offered a character read the same (布 for 步, 到 for 盗): no article has
    the pair typed, the one with the pair meant comes first (before, the locked-account article
    and How do I contact support? did), and every result is a real one."""
    assert not [path for path in (ROOT / "docs" / lang).rglob("*.md") if typed in path.read_text(encoding="utf-8")]
    assert any(meant in path.read_text(encoding="utf-8") for path in (ROOT / "docs" / lang).rglob(f"{article}.md"))
    page.goto(base_url + ALL_LANGS[lang])
    results = search(page, query, open_search(page))
    assert results[0] == f"{base_url}{ALL_LANGS[lang]}{ARTICLES[article][0]}/{article}/", results
    assert len(results) == len(set(results)) and all(r.startswith(base_url + ALL_LANGS[lang]) for r in results)
    # the pair meant is marked, in the article's own script, and the pair typed nowhere
    first = page.locator(".md-search-result__item").first
    assert meant in first.locator("mark").all_inner_texts(), first.inner_html()
    assert typed not in page.locator(".md-search-result").inner_text().replace(query, "")


def test_a_misspelt_word_is_read_as_the_word_meant_with_the_words_around_it(page, base_url):
    """'trnasfer' is one edit from 'transfer': looked up as it, and 'transfer failed' as a pair
    (without the pair, My payment failed came first: it has 'failed' more often)."""
    page.goto(base_url + "en/")
    placeholder = open_search(page)
    for query in ("trnasfer failed", "my tranfser failed"):
        results = search(page, query, placeholder)
        assert results[0] == f"{base_url}en/payments/transfer-failed/", (query, results)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_pasted_article_is_read_up_to_forty_different_words(page, base_url, site, lang):
    """A customer may paste a whole message or article: the worker reads the query up to its
    40th different character or word (80 in all), so it fetches a few dozen shards, not one for
    each of its hundreds of characters, and still finds the article."""
    fragment = json.loads(next((site / LANGS[lang] / "search").glob("d/*/0.json")).read_text(encoding="utf-8"))
    pasted = fragment["text"][:3000]
    assert len(set(terms_of(pasted, lang))) > 100
    page.goto(base_url + LANGS[lang])
    read = page.evaluate(f"async text => (await {WORKER_API}).bounded(text)", normalize(pasted))
    assert normalize(pasted).startswith(read) and 30 <= len(set(terms_of(read, lang))) <= 40, read
    assert len(set(terms_of(normalize(pasted)[:len(read) + 60], lang))) > 40   # it stops at the 41st
    results = search(page, pasted, open_search(page))
    assert any(r.endswith("/" + fragment["location"]) for r in results[:3]), results[:3]


def test_words_that_name_javascripts_own_properties_are_words_like_any_other(page, base_url):
    """The index pieces are plain JSON objects: 'constructor' must not find Object.prototype's
    (a query with it failed as a whole: 'Search failed', no results)."""
    failures = []
    page.on("console", lambda message: failures.append(message.text) if "Search failed" in message.text else None)
    page.goto(base_url + "en/")
    placeholder = open_search(page)
    expected = search(page, "payment", placeholder)
    for query in ("constructor payment", "payment constructor", "hasownproperty payment tostring"):
        assert search(page, query, placeholder) == expected, query
    assert search(page, "constructor", placeholder) == [] and not failures, failures


@pytest.mark.parametrize("lang", LANGS)
def test_a_search_that_finds_nothing_offers_contact_and_common_problems(page, base_url, lang):
    page.goto(base_url + LANGS[lang])
    placeholder = open_search(page)
    assert search(page, "qqxxzzvv", placeholder) == []
    help_panel = page.locator("[data-search-help]")
    assert help_panel.is_visible()
    assert ("没找到" if lang == "zh" else "Didn't find") in help_panel.inner_text()
    assert help_panel.locator("a[data-channel]").evaluate_all("a => a.map(x => x.dataset.channel)") == [
        "chat", "phone", "email"]
    common = help_panel.locator(".hc-common__list a")
    assert common.count() >= 3
    page.goto(common.first.evaluate("a => a.href"))
    assert page.locator("aside.hc-contact").count() == 1


@pytest.mark.parametrize("lang", LANGS)
def test_results_highlight_what_was_typed(page, base_url, lang):
    page.goto(base_url + LANGS[lang])
    query = {"zh": "验证码", "en": "verification code"}[lang]
    search(page, query, open_search(page))
    marks = page.locator(".md-search-result__item mark").all_inner_texts()
    assert any(m.lower().startswith(("验证", "证码", "verif", "code")) for m in marks), marks


@pytest.mark.parametrize("lang, query, words", [
    ("en", "transfer failed", ("transfer", "fail")),
    ("zh", "转账失败", ("转账", "失败")),
    ("en", "charged twice for one payment", ("charged", "twice")),
])
def test_a_snippet_shows_the_part_of_the_article_with_most_of_the_query(page, base_url, lang, query, words):
    """Not the first place one word of the query appears: the window with the most of its words,
    from the start of its sentence or a word, never cut inside a word."""
    page.goto(base_url + LANGS[lang])
    search(page, query, open_search(page))
    first = page.locator(".md-search-result__item").first
    snippet = first.locator(".md-search-result__article p, article p").first
    marks = [m.lower() for m in snippet.locator("mark").all_inner_texts()]
    snippet_text = snippet.inner_text()
    for word in words:
        assert any(m.startswith(word) for m in marks), (word, marks, snippet_text)
    if lang == "en":   # starts and ends with whole words of the article, not 'scribed' or 'bett'
        core = re.findall(r"[A-Za-z]+", snippet.inner_text())
        link = first.locator("a").first.get_attribute("href")
        page.goto(urljoin(page.url, link))
        article = page.locator("article").inner_text()
        for word in (core[0], core[-1]):
            assert re.search(rf"(?<![A-Za-z]){word}(?![A-Za-z])", article), (word, snippet_text)


# The search worker's own functions, run in the page as a plain function (its fetches never
# answered): what it does with a text, without a query
WORKER_API = """(async () => {
    const workerUrl = new URL(JSON.parse(document.getElementById("__config").textContent).search, location.href)
    const worker = await (await fetch(workerUrl)).text()
    const stemmerPath = worker.match(/vendor\\/porter-stemmer[.\\w]*\\.js/)[0]
    const stemmer = await (await fetch(new URL(stemmerPath, workerUrl))).text()
    return new Function("self", "importScripts", "fetch", "addEventListener", "postMessage",
        worker + "\\nreturn { terms, pairs, fnv1a, groupOf, wholeTitle, shardsOf, bounded, use: value => { index = prepared(value) } }")(
        { location: { href: workerUrl.href } },
        () => (0, eval)(stemmer), () => new Promise(() => {}), () => {}, () => {})
})()"""
PARTED = {"shards": 997, "parts": [["payment", 3], ["password", 7], ["reset", 2], ["户", 2], ["的", 40], ["账", 5]]}


def test_browser_cuts_terms_exactly_like_the_build(page, base_url, site):
    """The worker's terms(), pairs(), stem(), shard hash and groups must agree with helpcenter/search.py on real text."""
    page.goto(base_url)
    configs = {lang: load_search_config(SEARCH_DATA_DIR, lang) for lang in LANGS}
    stop = {lang: config.stopwords | config.fillers for lang, config in configs.items()}   # a long question's
    assert any(HAN.match(word) for word in stop["zh"])   # Chinese fillers are cut as in Python too
    texts = []
    for lang in LANGS:
        for fragment in (site / LANGS[lang] / "search").glob("d/*/*.json"):
            d = json.loads(fragment.read_text(encoding="utf-8"))
            texts += [(lang, d["title"] + " " + d["text"] + " " + " ".join(d["keywords"]))]
    texts.append(("en", "Ｆｕｌｌ-width ２ＦＡ can't won’t didnt customer's payments declined relational hopefully generously"))
    texts.append(("zh", "验证码，收不到 App-登录 reset-the password 𠀀字"))
    texts.append(("zh", "我的账户被锁了怎么办？什么时候能解锁吗，怎么 办"))   # stop words, 怎么办 before 怎么
    browser_cut = page.evaluate("""async texts => {
        const api = await WORKER_API
        return texts.map(([lang, text]) => {
            const stop = new Set(STOPWORDS[lang])
            const cut = api.terms(text, stop).map(t => t.term), paired = api.pairs(text, stop)
            const sounds = paired.filter(pair => /^[\u4e00-\u9fff]{2}$/.test(pair)).map(pair => "~" + pair)
            const all = [...cut, ...paired, api.wholeTitle(cut), ...sounds]
            api.use(PARTED)   /* groups cut into parts, as at 10,000 articles */
            return [cut, paired, all.map(api.fnv1a), all.map(api.groupOf), all.map(api.shardsOf)]
        })
    }""".replace("WORKER_API", WORKER_API).replace("STOPWORDS", json.dumps({lang: sorted(stop[lang]) for lang in LANGS}, ensure_ascii=False))
       .replace("PARTED", json.dumps(PARTED, ensure_ascii=False)), texts)
    for (lang, text), (cut, paired, hashes, groups, shards) in zip(texts, browser_cut):
        words = stop[lang]
        assert cut == terms_of(text, lang, words), text[:60]
        assert paired == pairs_of(text, lang, words), text[:60]
        every = cut + paired + [whole_title(cut)] + ["~" + pair for pair in paired if re.fullmatch(r"[\u4e00-\u9fff]{2}", pair)]
        assert hashes == [fnv1a(term) for term in every], text[:60]
        assert [tuple(group) for group in groups] == [group_of(term) for term in every], text[:60]
        assert shards == [shards_of(term, dict(PARTED["parts"]), PARTED["shards"]) for term in every], text[:60]


@pytest.mark.parametrize("lang", LANGS)
def test_a_query_fetches_only_its_own_pieces_of_the_index(page, base_url, site, lang):
    """Opening a page fetches index.json only; a query adds a few shards and one fragment per result."""
    fetched = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(base_url + LANGS[lang])
    page.wait_for_load_state("networkidle")
    search_urls = lambda: [u for u in fetched if "/search/" in u and not u.endswith("search_index.json")]
    assert [u.rsplit("/search/", 1)[1] for u in search_urls()] == ["index.json"]
    results = search(page, {"zh": "转账失败", "en": "transfer failed"}[lang], open_search(page))
    assert results
    pieces = [u.rsplit("/search/", 1)[1] for u in search_urls()]
    shards = [p for p in pieces if p.startswith("t/")]
    fragments = [p for p in pieces if p.startswith("d/")]
    total = len(list((site / LANGS[lang] / "search").glob("t/*/*.json")))
    assert 1 <= len(set(shards)) <= 8 and len(set(shards)) < total
    assert len(set(fragments)) == len(results)


def test_a_chinese_query_fetches_one_shard_per_character_and_its_whole_text(page, base_url, site):
    """A pair is kept with its first character (helpcenter/search.py, group_of): a query fetches
    the shard of each pair, which holds the pair's first character too, the shard of its whole
    text, and for a character that starts no pair of the query (the last) one part of its group."""
    query = "账户被盗用或有不是本人的交易"
    manifest = json.loads((site / "search" / "index.json").read_text(encoding="utf-8"))
    where = lambda term: shards_of(term, dict(manifest["parts"]), manifest["shards"])
    config = load_search_config(SEARCH_DATA_DIR, "zh")
    stop = config.stopwords | config.fillers   # a long question: 的 is left out, but not of its whole text
    chars = list(dict.fromkeys(terms_of(query, "zh", stop)))
    assert "的" not in chars and len(set(terms_of(query, "zh"))) > 4
    wanted = {shard for term in [*pairs_of(query, "zh", stop), whole_title(terms_of(query, "zh", config.stopwords))]
              for shard in where(term)}
    for char in chars:   # as the worker picks: a part the query fetches anyway, else the first
        if not set(where(char)) & wanted:
            wanted.add(where(char)[0])
    fetched = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(base_url)
    results = search(page, query, open_search(page))
    assert results[0].endswith("/account/account-stolen/")
    shards = {int(u.rsplit("/", 1)[1].removesuffix(".json")) for u in fetched if "/search/t/" in u}
    assert shards == wanted, (shards - wanted, wanted - shards)
    assert len(shards) <= len(chars) + 1 < 2 * len(chars)


ASK_WORKER = """async ([queries, settle]) => {
  /* the site's own worker, spoken to as Material does: SETUP, then the queries at once */
  const url = new URL(JSON.parse(document.getElementById("__config").textContent).search, location.href)
  const worker = new Worker(url)
  const got = []
  const ready = new Promise(resolve => worker.onmessage = event => {
    if (event.data.type === 1) resolve()
    else got.push(event.data.data)
  })
  worker.postMessage({ type: 0, data: { config: {}, docs: [] } })
  await ready
  for (const q of queries) worker.postMessage({ type: 2, data: q })
  await new Promise(resolve => setTimeout(resolve, settle))
  worker.terminate()
  const each = (data, key) => data.items.map(item => item[0][key])
  return got.map(data => ({ more: !!data.more, locations: each(data, "location"), titles: each(data, "title"),
                           texts: each(data, "text"), terms: each(data, "terms") }))
}"""


@pytest.mark.parametrize("lang, broad, narrow", [("zh", "账户", "退款"), ("en", "money account", "refund")])
def test_first_answer_has_the_first_five_results_and_a_newer_query_is_never_overwritten(
        page, base_url, lang, broad, narrow):
    page.goto(base_url + LANGS[lang])
    alone = page.evaluate(ASK_WORKER, [[broad], 1500])
    assert len(alone) == 2, alone   # five first, then all of them
    assert alone[0]["more"] and len(alone[0]["locations"]) == 5
    assert not alone[1]["more"] and 5 < len(alone[1]["locations"]) <= 10
    assert alone[1]["locations"][:5] == alone[0]["locations"]
    (narrow_alone, *_) = [answer for answer in page.evaluate(ASK_WORKER, [[narrow], 1500]) if not answer["more"]]
    # typed one after the other: the broad query's complete list must not come after the newer answer
    both = page.evaluate(ASK_WORKER, [[broad, narrow], 1500])
    assert both[0] == alone[0]
    assert both[-1] == narrow_alone and all(answer["locations"] != alone[1]["locations"] for answer in both[1:]), both


@pytest.mark.parametrize("lang, query", [("zh", "转账失败"), ("en", "transfer failed"), ("zh-Hant", "轉帳失敗")])
def test_first_results_come_from_their_cards_and_their_text_follows(page, base_url, lang, query):
    """A fresh worker has no result fragment yet: its first answer comes with the shards, from
    the cards of the titles that have the query's terms (titles marked, room for the text), and
    the complete answer, a round trip later, has the same results in the same order with text."""
    page.goto(base_url + ALL_LANGS[lang])
    answers = page.evaluate(ASK_WORKER, [[query], 1500])
    first, complete = answers
    assert first["more"] and not complete["more"] and len(answers) == 2
    assert 1 <= len(first["locations"]) <= 5 and complete["locations"][:len(first["locations"])] == first["locations"]
    assert first["locations"][0].endswith("payments/transfer-failed/")
    assert first["titles"] == complete["titles"][:len(first["titles"])] and "<mark>" in first["titles"][0]
    assert set(first["texts"]) == {'<p class="hc-result-pending"></p>'}
    assert all(all(found.values()) for found in first["terms"])   # no "missing" terms before the text is here
    assert all(text.startswith("<p>") and "hc-result-pending" not in text and len(text) > 20
               for text in complete["texts"])
