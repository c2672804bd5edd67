"""The customer on a phone: accessibility (axe-core), keyboard, layout, nothing from other
hosts, and the weight of the first view."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import axe_playwright_python
import pytest

from conftest import LANGS, ROOT
from browser import open_search, search

pytestmark = pytest.mark.browser
AXE = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")
ARTIFACTS = ROOT / "test-artifacts"
PAGES = {"home": "", "category": "payments/", "article": "payments/payment-failed/", "404": "no/such/page/"}


def serious_violations(page) -> list:
    page.add_script_tag(content=AXE)
    result = page.evaluate("async () => await axe.run(document, { resultTypes: ['violations'] })")
    return [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
            for v in result["violations"] if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", PAGES)
def test_page_has_no_serious_accessibility_violations(page, base_url, lang, name):
    page.goto(base_url + LANGS[lang] + PAGES[name])
    assert serious_violations(page) == []


@pytest.mark.parametrize("lang", LANGS)
def test_search_overlay_with_results_has_no_serious_accessibility_violations(page, base_url, lang):
    page.goto(base_url + LANGS[lang])
    assert search(page, {"zh": "转账失败", "en": "transfer failed"}[lang], open_search(page))
    assert serious_violations(page) == []


FOCUS_INFO = """() => {
  const el = document.activeElement
  const style = getComputedStyle(el)
  const outlined = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0
  const shadowed = style.boxShadow && style.boxShadow !== "none"
  return { key: el.dataset.channel ? "channel:" + el.dataset.channel
                : el.dataset.languageSwitch ? "language:" + el.dataset.languageSwitch
                : el.matches("input.md-search__input") ? "search" : el.tagName,
           visible: outlined || shadowed || el.matches("input"),
           inBlock: !!el.closest("aside.hc-contact") }
}"""


@pytest.mark.parametrize("lang", LANGS)
def test_keyboard_reaches_search_language_switcher_and_every_contact_link(page, base_url, lang):
    page.goto(base_url + LANGS[lang] + "support/contact-support/")
    contact_links = page.locator("aside.hc-contact a").count()
    reached, unfocused, block_links = set(), [], 0
    for _ in range(200):
        page.keyboard.press("Tab")
        info = page.evaluate(FOCUS_INFO)
        reached.add(info["key"])
        block_links += info["inBlock"]
        if info["key"] != "BODY" and not info["visible"]:
            unfocused.append(info["key"])
        if block_links == contact_links:
            break
    assert {"search", "language:zh", "language:en", "channel:chat", "channel:phone", "channel:email"} <= reached
    assert block_links == contact_links
    assert unfocused == []


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("slug", ["account/account-locked/", "account/account-security/"])
def test_phone_layout_fits_the_screen_and_the_contact_block_is_reachable(phone, base_url, lang, slug):
    phone.goto(base_url + LANGS[lang] + slug)
    width = phone.evaluate("window.innerWidth")
    assert phone.evaluate("document.documentElement.scrollWidth") <= width
    title = phone.locator("article h1").bounding_box()
    assert title["x"] >= 0 and title["x"] + title["width"] <= width
    block = phone.locator("aside.hc-contact")
    block.scroll_into_view_if_needed()
    box = block.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= width
    primary = phone.locator("aside.hc-contact .hc-channel--primary a[data-channel]")
    primary_box = primary.bounding_box()
    assert primary.is_visible() and primary_box["height"] >= 40 and primary_box["x"] + primary_box["width"] <= width
    ARTIFACTS.mkdir(exist_ok=True)
    name = f"phone-{lang}-{slug.strip('/').replace('/', '-')}"
    phone.screenshot(path=str(ARTIFACTS / f"{name}-full.png"), full_page=True)
    block.screenshot(path=str(ARTIFACTS / f"{name}-contact.png"))


def test_pages_and_search_request_nothing_from_other_hosts(phone, base_url):
    hosts = set()
    phone.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))
    for path in ("", "account/account-locked/", "en/payments/payment-failed/"):
        phone.goto(base_url + path)
        phone.wait_for_load_state("networkidle")
    phone.goto(base_url)
    search(phone, "验证码", open_search(phone))
    assert hosts == {urlsplit(base_url).netloc}


def test_first_view_of_an_article_on_a_phone_stays_within_350_kb(phone, base_url):
    sizes = {}
    phone.on("response", lambda response: sizes.__setitem__(response.url, len(response.body())))
    phone.goto(base_url + "payments/payment-failed/")
    phone.wait_for_load_state("networkidle")
    phone.wait_for_timeout(300)
    searched = [url for url in sizes if "/search/" in url and not url.endswith("search_index.json")]
    assert [url.rsplit("/search/", 1)[1] for url in searched] == ["index.json"]   # only the small index file
    assert sum(sizes.values()) <= 350 * 1024, sorted(sizes.items(), key=lambda item: -item[1])[:5]
