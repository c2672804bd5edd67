"""The search index: articles cut into terms the way the search box cuts queries.

Chinese is cut into single characters on both sides, so a query matches wherever its
characters appear, however it is worded; runs of characters (pairs, words) are rewarded
in the browser by looking them up in the stored text. English words are lower-cased,
stop words dropped and words stemmed by ``stem``, with the same
Porter stemmer as the search worker (``overrides/assets/javascripts/search-worker.js``).

Every (term, article) pair carries a precomputed impact (BM25F over title, keywords,
description, headings and body), so the browser loads the index without building it and
answers a query by adding up a few short lists.
"""
from __future__ import annotations

import html
import math
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .porter import porter_stem



HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_TOKEN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[a-z0-9]+(?:['’][a-z]+)?")
_TAG = re.compile(r"<[^>]+>")
_HEADING = re.compile(r"<h([2-6])[^>]*>(.*?)</h\1>", re.S)
_SPACE = re.compile(r"\s+")

# Field -> boost. Keywords are what customers type; titles are what the article answers.
FIELDS = {"title": 6.0, "keywords": 8.0, "description": 2.5, "headings": 1.5, "body": 1.0}
K1, B = 1.2, 0.5
VERSION = 1


def normalize(text: str) -> str:
    """Full-width forms to plain ones, lower case: '２ＦＡ' and '2fa' are one term."""
    return unicodedata.normalize("NFKC", text).lower()


def stem(word: str) -> str:
    """Porter-stem an English word ('payments' -> 'payment', 'security' and 'secure' -> 'secur').

    The same Porter stemmer as the search worker (see helpcenter/porter.py).
    """
    if len(word) <= 2 or not word.isascii() or not word.isalpha():
        return word
    return porter_stem(word)


def terms_of(text: str, lang: str, stopwords: frozenset[str] = frozenset()) -> list[str]:
    """The index terms of a text, in order: Chinese characters one by one, words stemmed."""
    terms = []
    for token in _TOKEN.findall(normalize(text)):
        if HAN.match(token):
            terms.append(token)
        else:
            token = token.replace("’", "'").split("'")[0]
            if token and token not in stopwords:
                terms.append(stem(token))
    return terms


_BLOCK_TAG = re.compile(r"</?(?:p|li|ul|ol|h[1-6]|div|br|hr|tr|td|th|table|thead|tbody|pre|blockquote|details|"
                        r"summary|dl|dt|dd|figure|figcaption|aside|section|nav)\b[^>]*>", re.I)


def plain_text(html_text: str) -> str:
    """The text of some HTML: blocks apart, inline markup (bold, links) run into its sentence."""
    text = _TAG.sub("", _BLOCK_TAG.sub(" ", html_text))
    return _SPACE.sub(" ", html.unescape(text)).strip()


def headings_of(html_text: str) -> str:
    return " ".join(plain_text(match.group(2)) for match in _HEADING.finditer(html_text))


@dataclass(eq=False)
class SearchDoc:
    location: str
    title: str
    description: str
    keywords: list[str]
    headings: str
    body: str
    terms: dict[str, list[str]] | None = field(default=None, repr=False)   # field -> terms, once cut


@dataclass
class SearchConfig:
    """The writers' search data of one language: its stop words."""
    lang: str
    stopwords: frozenset[str] = frozenset()


def load_search_config(data_dir: Path, lang: str) -> SearchConfig:
    stopwords_file = data_dir / f"stopwords.{lang}.txt"
    stopwords = frozenset()
    if stopwords_file.exists():
        lines = stopwords_file.read_text(encoding="utf-8").splitlines()
        stopwords = frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))
    return SearchConfig(lang, stopwords)


def build_index(docs: list[SearchDoc], config: SearchConfig) -> dict:
    """The index the search worker loads: documents to show, and term -> [(doc, impact)]."""
    field_terms: list[dict[str, list[str]]] = []
    for doc in docs:
        if doc.terms is None:   # cut once per document, also across the rebuilds of `serve`
            values = {"title": doc.title, "keywords": " ; ".join(doc.keywords), "description": doc.description,
                      "headings": doc.headings, "body": doc.body}
            doc.terms = {name: terms_of(values[name], config.lang, config.stopwords) for name in FIELDS}
        field_terms.append(doc.terms)
    n = len(docs)
    average = {name: (sum(len(f[name]) for f in field_terms) / n if n else 1) or 1 for name in FIELDS}
    weights: dict[str, dict[int, float]] = {}
    for doc_id, fields in enumerate(field_terms):
        counted: dict[str, float] = {}
        for name, terms in fields.items():
            if not terms:
                continue
            norm = K1 * (1 - B + B * len(terms) / average[name])
            counts: dict[str, int] = {}
            for term in terms:
                counts[term] = counts.get(term, 0) + 1
            for term, tf in counts.items():
                counted[term] = counted.get(term, 0.0) + FIELDS[name] * tf * (K1 + 1) / (tf + norm)
        for term, weight in counted.items():
            weights.setdefault(term, {})[doc_id] = weight
    vocabulary = sorted(weights)
    postings = []
    for term in vocabulary:
        docs_with = weights[term]
        idf = math.log(1 + (n - len(docs_with) + 0.5) / (len(docs_with) + 0.5))
        flat, previous = [], 0
        for doc_id in sorted(docs_with):
            flat += [doc_id - previous, max(1, round(docs_with[doc_id] * idf * 10))]
            previous = doc_id
        postings.append(flat)
    return {
        "version": VERSION,
        "lang": config.lang,
        "stopwords": sorted(config.stopwords),
        "docs": [{"location": d.location, "title": d.title, "description": d.description,
                  "keywords": d.keywords, "body": d.body} for d in docs],
        "terms": vocabulary,
        "postings": postings,
    }
