"""What search engines see: sitemap with hreflang, head links, robots.txt, 404 pages."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from helpcenter.languages import site_alternates

from conftest import LANGS, ROOT
from helpcenter.languages import site_languages
from helpcenter.seo import SITEMAP_NS, XHTML_NS, combined_sitemap

SITE_URL = "https://help.lumiwallet.example/"

# every declared language (its BCP 47 tag) and x-default, on every page and in the sitemap
HREFLANGS = {alt["tag"] or alt["lang"] for alt in site_alternates()} | {"x-default"}

def built_file(site: Path, url: str) -> Path:
    path = urlsplit(url).path.lstrip("/")
    return site / path / "index.html" if path.endswith("/") or not path else site / path


class Head(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.meta = [], {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link":
            self.links.append(attrs)
        if tag == "meta" and ("name" in attrs or "property" in attrs):
            self.meta[attrs.get("name") or attrs["property"]] = attrs.get("content")


def head_of(path: Path) -> Head:
    head = Head()
    head.feed(path.read_text(encoding="utf-8"))
    return head


def test_language_configs_share_one_site_url():
    shared = yaml.load((ROOT / "mkdocs.yml").read_text(), Loader=yaml.BaseLoader)["site_url"]
    english = yaml.safe_load((ROOT / "mkdocs.en.yml").read_text())["site_url"]
    assert english == shared + site_languages(ROOT / "mkdocs.yml")["en"] + "/"


def test_sitemap_lists_every_page_with_absolute_hreflang_pairs_that_exist(site):
    tree = ET.parse(site / "sitemap.xml")
    urls = tree.findall(f"{{{SITEMAP_NS}}}url")
    built_pages = [p for p in site.rglob("index.html")]
    assert len(urls) == len(built_pages)
    for url in urls:
        loc = url.find(f"{{{SITEMAP_NS}}}loc").text
        links = {l.get("hreflang"): l.get("href") for l in url.findall(f"{{{XHTML_NS}}}link")}
        assert set(links) == HREFLANGS, loc
        assert loc in links.values()
        for href in links.values():
            assert href.startswith(SITE_URL)
            assert built_file(site, href).is_file(), href
        assert links["x-default"] == links["zh-Hans"]
    assert not (site / "en" / "sitemap.xml").exists()


def test_sitemap_leaves_out_alternates_a_page_does_not_have():
    text = combined_sitemap({"zh": ["https://x/", "https://x/a/"], "en": ["https://x/en/"]},
                            {"zh": "https://x/", "en": "https://x/en/"})
    block = re.search(r"<url>\s*<loc>https://x/a/</loc>(.*?)</url>", text, re.S).group(1)
    assert 'hreflang="en"' not in block and 'hreflang="x-default"' in block


def test_every_page_head_has_canonical_hreflang_description_and_open_graph(site):
    for page in site.rglob("index.html"):
        head = head_of(page)
        canonical = [l["href"] for l in head.links if l.get("rel") == "canonical"]
        alternates = {l["hreflang"]: l["href"] for l in head.links if l.get("rel") == "alternate"}
        assert len(canonical) == 1 and canonical[0].startswith(SITE_URL), page
        assert built_file(site, canonical[0]) == page
        assert set(alternates) == HREFLANGS, page
        for href in alternates.values():
            assert href.startswith(SITE_URL) and built_file(site, href).is_file(), (page, href)
        assert head.meta.get("description") and head.meta.get("og:title") and head.meta.get("og:description")


def test_article_meta_description_is_its_front_matter_description(site):
    head = head_of(site / "payments" / "payment-failed" / "index.html")
    source = (ROOT / "docs" / "zh" / "payments" / "payment-failed.md").read_text(encoding="utf-8")
    description = yaml.safe_load(source.split("---")[1])["description"]
    assert head.meta["description"] == description == head.meta["og:description"]


def test_robots_points_at_the_sitemap(site):
    assert f"Sitemap: {SITE_URL}sitemap.xml" in (site / "robots.txt").read_text()


def test_each_language_has_a_404_page_in_its_language(site):
    zh = (site / "404.html").read_text(encoding="utf-8")
    en = (site / "en" / "404.html").read_text(encoding="utf-8")
    assert '<html lang="zh"' in zh and "抱歉，找不到这个页面" in zh
    assert '<html lang="en"' in en and "Sorry, we can't find that page" in en
    for page, prefix in ((zh, "/"), (en, "/en/")):
        assert re.findall(r'data-channel="(\w+)"', page.split("data-not-found")[1])[:3] == ["chat", "phone", "email"]
        assert f'href="{prefix}account/account-locked/"' in page
