"""Related articles, chosen at build time from shared keywords, title words and category."""
from __future__ import annotations

import math
from collections import defaultdict

from .articles import Article
from .search import terms_of

CATEGORY_WEIGHT = 1.0
MAX_RELATED = 3


def _signature(article: Article, stopwords: frozenset[str]) -> set[str]:
    """Whole keywords, and the search terms of keywords and title (Chinese: character pairs)."""
    terms = {"k:" + keyword.lower() for keyword in article.meta.keywords}
    for text in [article.meta.title, *article.meta.keywords]:
        cut = terms_of(text, article.lang, stopwords)
        chinese = [t for t in cut if len(t) == 1 and not t.isascii()]
        terms.update(t for t in cut if t.isascii())
        terms.update(a + b for a, b in zip(chinese, chinese[1:]))
    return terms


def related_articles(articles: list[Article], stopwords: frozenset[str] = frozenset(),
                     limit: int = MAX_RELATED, cache: dict | None = None) -> dict[str, list[Article]]:
    """src_uri -> up to `limit` articles of the same language that share the most with it.

    Shared terms count by how rare they are (a term most articles share says little);
    the same category adds a little, so that an article with nothing in common with any
    other still gets its neighbours. Linear in the number of shared terms, not quadratic.
    """
    signatures = {}
    for a in articles:   # `cache` (src_uri -> (article, signature)) spares unchanged articles in `serve`
        known = cache.get(a.src_uri) if cache is not None else None
        if known is None or known[0] is not a:
            known = (a, _signature(a, stopwords))
        signatures[a.src_uri] = known[1]
    if cache is not None:   # only the articles of this build: deleted ones leave the cache
        cache.clear()
        cache.update({a.src_uri: (a, signatures[a.src_uri]) for a in articles})
    holders: dict[str, list[str]] = defaultdict(list)
    for uri, terms in signatures.items():
        for term in sorted(terms):
            holders[term].append(uri)
    by_category: dict[str, list[str]] = defaultdict(list)
    for a in articles:
        by_category[a.category].append(a.src_uri)
    n = len(articles)
    by_uri = {a.src_uri: a for a in articles}
    result = {}
    for a in articles:
        scores: dict[str, float] = defaultdict(float)
        for term in sorted(signatures[a.src_uri]):   # one order: the same sums, the same lists, every build
            sharing = holders[term]
            if len(sharing) > max(2, n // 10):
                continue
            weight = math.log(1 + n / len(sharing))
            for other in sharing:
                if other != a.src_uri:
                    scores[other] += weight
        for other in by_category[a.category][:50]:
            if other != a.src_uri:
                scores[other] += CATEGORY_WEIGHT
        best = sorted(scores, key=lambda uri: (-scores[uri], by_uri[uri].meta.title))[:limit]
        result[a.src_uri] = [by_uri[uri] for uri in best]
    return result
