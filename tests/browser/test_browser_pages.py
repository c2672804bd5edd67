"""What a customer sees in a real browser: articles, contact blocks, languages, search."""
from __future__ import annotations

import re

import pytest

from conftest import ARTICLES, LANGS
from browser import open_search, search

pytestmark = pytest.mark.browser
CASES = [(lang, slug) for lang in LANGS for slug in ARTICLES]


def article_url(base_url, lang, slug):
    category = ARTICLES[slug][0]
    return f"{base_url}{LANGS[lang]}{category}/{slug}/"


@pytest.mark.parametrize("lang, slug", CASES)
def test_article_renders_with_its_contact_block_in_order(page, base_url, lang, slug):
    page.goto(article_url(base_url, lang, slug))
    title = page.inner_text("article h1")
    assert len(title) > 3
    assert len(page.inner_text("article")) > 600
    block = page.locator("aside.hc-contact")
    assert block.get_attribute("data-urgency") == ARTICLES[slug][1]
    assert block.locator("a[data-channel]").evaluate_all(
        "links => links.map(a => a.dataset.channel)") == ARTICLES[slug][2]
    assert block.is_visible()


@pytest.mark.parametrize("slug", ARTICLES)
def test_language_switcher_round_trips(page, base_url, slug):
    page.goto(article_url(base_url, "zh", slug))
    zh_title = page.inner_text("article h1")
    page.goto(page.eval_on_selector("a[data-language-switch='en']", "a => a.href"))
    assert page.url == article_url(base_url, "en", slug)
    assert page.get_attribute("html", "lang") == "en"
    page.goto(page.eval_on_selector("a[data-language-switch='zh']", "a => a.href"))
    assert page.url == article_url(base_url, "zh", slug)
    assert page.inner_text("article h1") == zh_title


def test_language_switcher_is_a_link_that_works_without_javascript(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(article_url(base_url, "zh", "payment-failed"))
    page.hover(".md-select")
    page.click("a[data-language-switch='en']")
    page.wait_for_load_state()
    assert page.url == article_url(base_url, "en", "payment-failed")
    context.close()


@pytest.mark.parametrize("lang, slug", CASES)
def test_typing_an_article_title_lists_it_first(page, base_url, lang, slug):
    page.goto(article_url(base_url, lang, slug))
    title = page.inner_text("article h1")
    page.goto(f"{base_url}{LANGS[lang]}")
    placeholder = open_search(page)
    results = search(page, title, placeholder)
    assert results and results[0] == article_url(base_url, lang, slug), results[:3]


@pytest.mark.parametrize("slug", ARTICLES)
def test_chinese_query_from_the_middle_of_a_title_finds_the_article(page, base_url, slug):
    page.goto(article_url(base_url, "zh", slug))
    chinese = re.sub(r"[^\u4e00-\u9fff]", "", page.inner_text("article h1"))
    middle = chinese[1:-1] if len(chinese) > 4 else chinese
    page.goto(base_url)
    placeholder = open_search(page)
    results = search(page, middle, placeholder)
    assert article_url(base_url, "zh", slug) in results[:3], (middle, results[:3])


@pytest.mark.parametrize("path, lang, heading", [("no/such/page/", "zh", "抱歉"), ("en/no/such/page/", "en", "Sorry")])
def test_unknown_paths_get_the_404_page_of_their_language(page, base_url, path, lang, heading):
    response = page.goto(base_url + path)
    assert response.status == 404
    assert page.get_attribute("html", "lang") == lang
    assert page.inner_text("article h1").startswith(heading)
    page.click(".hc-not-found .hc-common__list a >> nth=0")
    page.wait_for_load_state()
    assert page.locator("aside.hc-contact").count() == 1


def test_host_with_one_404_page_still_shows_english_under_en(page, site):
    from browser import serve_site
    with serve_site(site, one_404=True) as base:
        page.goto(base + "en/no/such/page/")
        page.wait_for_url("**/en/404.html")
        assert page.get_attribute("html", "lang") == "en"
        assert page.inner_text("article h1").startswith("Sorry")
