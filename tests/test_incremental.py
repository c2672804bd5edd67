"""Which pages the live preview renders again after a save."""
from __future__ import annotations

from helpcenter.articles import Article, ArticleMeta, PageMeta
from helpcenter.incremental import pages_to_rebuild
from helpcenter.site import Library


def article(uri, title="t", body="b"):
    meta = ArticleMeta(title=title, description="d", urgency="low", prepare=["p"], keywords=["k"])
    return Article(path=uri, src_uri=uri, lang="zh", meta=meta, body=body)


def library(*articles, pages=("index.md", "cards/index.md")):
    lib = Library("zh")
    lib.articles = {a.src_uri: a for a in articles}
    lib.pages = {uri: PageMeta(title=uri, description="d") for uri in pages}
    lib.files = set(lib.articles) | set(lib.pages)
    return lib


A, B = "cards/a.md", "cards/b.md"


def related(before_after):
    return {uri: [article(other) for other in others] for uri, others in before_after.items()}


def test_a_body_change_renders_only_that_page():
    before, after = library(article(A), article(B)), library(article(A, body="new"), article(B))
    rel = related({A: [B], B: [A]})
    assert pages_to_rebuild({A}, before, after, rel, rel, set()) == {A}


def test_a_title_change_also_renders_its_category_page_and_pages_listing_it():
    before, after = library(article(A), article(B)), library(article(A, title="new"), article(B))
    rel = related({A: [B], B: [A]})
    assert pages_to_rebuild({A}, before, after, rel, rel, set()) == {A, "cards/index.md", B}


def test_a_changed_related_list_renders_that_page():
    before, after = library(article(A), article(B)), library(article(A, body="x"), article(B))
    assert pages_to_rebuild({A}, before, after, related({A: [], B: []}), related({A: [], B: [A]}), set()) == {A, B}


def test_a_new_article_renders_its_category_page():
    before, after = library(article(A)), library(article(A), article(B))
    rel = related({A: [], B: []})
    assert pages_to_rebuild({B}, before, after, rel, rel, set()) == {B, "cards/index.md"}


def test_a_common_problem_or_a_category_title_change_renders_everything():
    before, after = library(article(A)), library(article(A, title="new"))
    rel = related({A: []})
    assert pages_to_rebuild({A}, before, after, rel, rel, {A}) is None
    renamed = library(article(A), pages=("index.md",))
    renamed.pages["cards/index.md"] = PageMeta(title="renamed", description="d")
    assert pages_to_rebuild({"cards/index.md"}, library(article(A)), renamed, rel, rel, set()) is None
