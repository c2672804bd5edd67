"""Every kind of page, in every language, on a phone: what a reader sees holds no code
debris, and a screenshot of each is saved to test-artifacts/ for a person to look at."""
from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from conftest import ALL_LANGS as LANGS, ROOT
from debris import debris_in
from browser import open_search, search

pytestmark = pytest.mark.browser
ARTIFACTS = ROOT / "test-artifacts"
SEARCHES = {"zh": "转账失败", "en": "transfer failed", "zh-Hant": "轉帳失敗"}
NOTHING = {lang: "qzxvk" for lang in LANGS}


def article_with(site, lang: str, pattern: str) -> str:
    """The URL (below the language root) of the first article whose page matches `pattern`."""
    root = site / LANGS[lang] if LANGS[lang] else site
    for path in sorted(root.glob("*/*/index.html")):
        folders = {prefix.strip("/") for prefix in LANGS.values() if prefix}
        if path.parts[len(root.parts)] not in folders and re.search(pattern, path.read_text(encoding="utf-8")):
            return path.parent.relative_to(root).as_posix() + "/"
    raise AssertionError(f"no {lang} article matches {pattern}")


def page_kinds(site, lang):
    kinds = {"home": "", "category": "payments/", "404": "no/such/page/"}
    for urgency in ("high", "medium", "low"):
        kinds[f"article-{urgency}"] = article_with(site, lang, f'<aside class="hc-contact[^"]*" id="hc-contact" data-urgency="{urgency}"')
    kinds["callout"] = article_with(site, lang, 'class="admonition hc-callout')
    return kinds


def shown_problems(page) -> list:
    text = page.evaluate("document.body.innerText")
    assert len(text.strip()) > 50
    return debris_in(text)


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGS)
def test_every_page_kind_shows_only_what_a_reader_should_see(phone, site, base_url, lang):
    ARTIFACTS.mkdir(exist_ok=True)
    found = {}
    for kind, path in page_kinds(site, lang).items():
        phone.goto(base_url + LANGS[lang] + path)
        phone.wait_for_load_state("networkidle")
        assert phone.evaluate("document.documentElement.lang") == lang
        found[kind] = shown_problems(phone)
        phone.screenshot(path=str(ARTIFACTS / f"kind-{lang}-{kind}-first-screen.png"))   # what a customer sees first
        phone.screenshot(path=str(ARTIFACTS / f"kind-{lang}-{kind}.png"), full_page=True)
        if kind == "callout":
            callout = phone.locator(".hc-callout").first
            callout.scroll_into_view_if_needed()
            callout.screenshot(path=str(ARTIFACTS / f"kind-{lang}-callout-only.png"))
    for kind, query in (("search-results", SEARCHES[lang]), ("search-nothing", NOTHING[lang])):
        phone.goto(base_url + LANGS[lang])
        results = search(phone, query, open_search(phone))
        assert bool(results) == (kind == "search-results")
        if kind == "search-nothing":   # never a dead end: the channels and common problems instead
            assert phone.locator(".hc-search-help--empty a[data-channel]").count() >= 2
        found[kind] = shown_problems(phone)
        phone.wait_for_timeout(600)   # Material's overlay animation widens the page while it runs
        assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth && window.innerWidth <= 390")
        phone.screenshot(path=str(ARTIFACTS / f"kind-{lang}-{kind}.png"))
    assert {kind: problems for kind, problems in found.items() if problems} == {}


def test_english_quotes_keep_their_latin_shape(page, base_url):
    """On the English home page the example queries are quoted with English quotes, drawn by a
    Latin font (a CJK font draws “ ” full-width, with wide gaps around the words)."""
    page.goto(base_url + "en/")
    hint = page.locator(".hc-hero-search")
    text = hint.inner_text()
    assert not re.search(r"[\u3000-\u303f\uff00-\uffef]", text), text   # no CJK punctuation or full-width forms
    widths = page.evaluate("""() => {
      const hint = document.querySelector('.hc-hero-search'), probe = document.createElement('span')
      hint.append(probe)
      const width = t => { probe.textContent = t; return probe.getBoundingClientRect().width }
      const result = { quote: width('\\u201c'), straight: width('"'), em: parseFloat(getComputedStyle(probe).fontSize) }
      probe.remove()
      return result
    }""")
    assert widths["quote"] < 0.6 * widths["em"] and widths["straight"] < 0.6 * widths["em"], widths


def test_a_callouts_channels_show_open_now_and_when_a_closed_one_opens(browser, site, base_url):
    path = article_with(site, "zh", 'class="admonition hc-callout hc-callout--high"')
    context = browser.new_context(timezone_id="Asia/Shanghai", viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.clock.set_fixed_time(datetime(2026, 11, 25, 23, 30, tzinfo=ZoneInfo("Asia/Shanghai")))
    page.goto(base_url + path)
    callout = page.locator(".hc-callout--high").first
    names = callout.locator("li[data-channel-item]").evaluate_all("items => items.map(i => i.dataset.channelItem)")
    assert names == ["chat", "phone"]
    chat = callout.locator("li[data-channel-item='chat']")
    assert chat.get_attribute("data-open") == "true" and "hc-channel--primary" in chat.get_attribute("class")
    phone = callout.locator("li[data-channel-item='phone']")
    assert phone.get_attribute("data-open") == "false" and "08:00" in phone.inner_text()
    context.close()
