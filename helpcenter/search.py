"""The search index: articles cut into terms the way the search box cuts queries, written
in small pieces that the search worker fetches only when a query needs them.

Chinese is cut into single characters and into pairs of neighbouring characters (both are
terms with their own statistics), so a query matches wherever its characters appear and
ranks higher where they stand together, without the browser ever reading article text.
English words are lower-cased, stop words dropped and words stemmed by ``stem``, with the
same Porter stemmer as the search worker (``overrides/assets/javascripts/search-worker.js``);
neighbouring words of titles, keywords, descriptions and headings are pair terms too.

Every (term, article) pair carries a precomputed impact (BM25F over title, keywords,
description, headings and body, times the term's idf over the whole corpus, and in titles and
keywords partly its idf among titles or keywords, OWN_IDF); the body is read without the text of
its links to other articles (``own_text``). The search box leaves the fillers of
data/search/fillers.<lang>.txt out of long Chinese questions; the index keeps them. The pieces
(``write_index``), all under ``search/`` of a language's site:

- ``index.json``: the only file with a fixed name, small: counts and the content hashes
  of the other pieces;
- ``t/<group hash>/<shard>.json``: term -> [doc delta, impact, ...], lists cut to the PRUNE
  best articles of the term (a homophone term's list starts with the pairs it stands for). A term is kept with its group (``group_of``): a character with
  the pairs it starts and their homophones (``sound_alikes``), a word with the word pairs it
  starts and the whole titles it starts, so
  that a query needs about one shard per character or word it has (``shards_of``). A large
  group is cut into parts by the pair's second half, its own character or word copied into
  each part, and each part is a shard of its own (index.json "parts", ``shard_layout``); the
  other groups share shards by hash. Under ``"#"`` a shard also holds result cards (title and
  address) of the articles whose titles have its terms (``result_cards``): the first answer
  to a query shows them without waiting for fragments;
- ``v/<hash>.json`` per first letter: the latin words with their document counts, for
  completing the word being typed and for one-letter typos;
- ``d/<group hash>/<doc>.json``: what a result shows (location, title, description,
  keywords, text), fetched only for the results on screen.

Hashes cover groups of files (SHARD_GROUP shards, DOC_GROUP documents), so the index file
stays small at 10,000 articles while every name still changes when its content does.
"""
from __future__ import annotations

import functools
import hashlib
import html
import json
import math
import re
import shutil
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ContentError, ContentErrors
from .paths import shown_path
from .porter import porter_stem
from .yamlfile import read_text



HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_TOKEN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[a-z0-9]+(?:['’][a-z]+)?")
_TAG = re.compile(r"<[^>]+>")
_HEADING = re.compile(r"<h([2-6])[^>]*>(.*?)</h\1>", re.S)
_SPACE = re.compile(r"\s+")
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}")
_WORD_GAP = re.compile(r"[\s\-]*\Z")   # what may stand between the two words of a pair

# Field -> boost. Keywords are what customers type; titles are what the article answers.
FIELDS = {"title": 6.0, "keywords": 8.0, "description": 2.5, "headings": 1.5, "body": 1.0}
# Pair terms (two neighbouring characters, two neighbouring words) weigh by field too; English
# pairs only in the short fields, where a phrase says what the article is about.
PAIR_FIELDS = {"title": 8.0, "keywords": 9.0, "description": 2.5, "headings": 1.5, "body": 1.0}
LATIN_PAIR_FIELDS = frozenset({"title", "keywords", "description", "headings"})
# Two more fields: the whole title as one term ('=' and its terms, see whole_title), for a query
# that is a title; and the title's stop words, for a query made of stop words only ('About').
EXTRA_FIELDS = {"whole": 10.0, "stops": 6.0}
K1, B = 1.2, 0.5
# The fields that say what an article is about also weigh a term by how rare it is among
# their own kind (a title's term by the titles that have it): 转账 is in nearly every article's
# text but in few titles, so the title that has it stands out. OWN_IDF is the share of that
# idf (geometric: idf over all fields ** (1 - OWN_IDF) * idf over the field's own ** OWN_IDF).
OWN_IDF_FIELDS = {"title": "title", "~title": "title", "whole": "title", "stops": "title",
                  "keywords": "keywords", "~keywords": "keywords"}
OWN_IDF = 0.3
VERSION = 6          # 6: homophone terms (sound_alikes)
PRUNE = 400          # a term keeps its PRUNE best articles (static index pruning)
SHARD_BYTES = 6000   # average size of a term shard before gzip
GROUP_BYTES = 8000   # a group larger than this is cut into parts (group_of)
SHARD_GROUP = 16     # shards per content hash
DOC_GROUP = 32       # result fragments per content hash
CARDS = "#"          # a shard's key of its result cards (no term starts with it: see result_cards)
CARD_TITLES = 40     # a title term in more titles than this brings the cards of its best 40 only
SOUND_FIELDS = ("~title", "~keywords")   # the pairs whose homophones are terms too (sound_alikes)
SOUND_BEST = 20      # a homophone term keeps its SOUND_BEST best articles
MAX_SYNONYMS = 20    # phrases on one line of synonyms.txt (each is read as every other)
MAX_PHRASE = 8       # words or Chinese characters in one of its phrases
MAX_STARTING = 20    # its phrases that start with the same word or character


@functools.cache
def script_fold() -> dict[int, str]:
    """Traditional Chinese character -> its Simplified form (轉 -> 转, 帳 -> 帐), generated from
    OpenCC's own data when first needed, not written by hand: its t2s conversion character by
    character, and hk2s for the few forms t2s leaves (衞 -> 卫). Both Chinese sites index and
    search in one script, so a query typed in either script finds the same articles on either
    site; writers add the characters customers write for one another (SearchConfig.fold)."""
    import opencc
    chars = [chr(c) for c in [*range(0x3400, 0x4DC0), *range(0x4E00, 0xA000)]]
    table = {}
    for config in ("hk2s", "t2s"):   # t2s wins where both convert
        converted = opencc.OpenCC(config).convert("\n".join(chars)).split("\n")
        table.update({ord(t): s for t, s in zip(chars, converted) if len(s) == 1 and s != t})
    return table


def normalize(text: str, fold: dict[int, str] | None = None) -> str:
    """Full-width forms to plain ones, lower case, Chinese characters to one form (`fold`,
    default script_fold): '２ＦＡ' and '2fa' are one term, and so are 轉帳 and 转帐."""
    return unicodedata.normalize("NFKC", text).lower().translate(script_fold() if fold is None else fold)


def fold_table(terms, fold: dict[int, str] | None = None) -> str:
    """The part of a fold the browser needs for an index: the other forms of the Chinese
    characters its terms use, as one string of (form, form searched) pairs."""
    used = {char for term in terms for char in term if HAN.match(char)}
    return "".join(chr(t) + s for t, s in sorted((script_fold() if fold is None else fold).items()) if s in used)


def load_variants(path: Path) -> dict[int, str]:
    """script_fold, with the characters of a variants file (data/search/variants.txt) read as
    the first one of their line. Raises ContentErrors naming the file and line."""
    fold = script_fold()
    if not path.exists():
        return fold
    shown, problems, seen, variants = shown_path(path), [], {}, {}
    for number, line in enumerate(read_text(path, shown, "variants file").splitlines(), 1):
        chars = line.split("#", 1)[0].split()
        if not chars:
            continue
        if len(chars) < 2 or any(len(c) != 1 or not HAN.match(c) for c in chars):
            problems.append(ContentError(shown, f"'{line.strip()}' is not a line of single Chinese characters",
                                         "write the form search keeps, a space, and the forms read as it: '账 帐'",
                                         number))
            continue
        for char in chars:
            if char in seen:
                problems.append(ContentError(shown, f"'{char}' is on line {seen[char]} already",
                                             "keep each character on one line", number))
            seen.setdefault(char, number)
        kept = fold.get(ord(chars[0]), chars[0])
        variants.update({char: kept for char in chars[1:]})
    if problems:
        raise ContentErrors(problems)
    # each form straight to the one searched: 帳 -> (OpenCC) 帐 -> (variants) 账
    combined = {source: variants.get(target, target) for source, target in fold.items()}
    combined.update({ord(char): kept for char, kept in variants.items() if char != kept})
    return combined


@functools.lru_cache(maxsize=1 << 16)   # a corpus repeats its words: stem each once
def stem(word: str) -> str:
    """Porter-stem an English word ('payments' -> 'payment', 'security' and 'secure' -> 'secur').

    The same Porter stemmer as the search worker (see helpcenter/porter.py).
    """
    if len(word) <= 2 or not word.isascii() or not word.isalpha():
        return word
    return porter_stem(word)


def terms_of(text: str, lang: str, stopwords: frozenset[str] = frozenset(), fold: dict[int, str] | None = None) -> list[str]:
    """The index terms of a text, in order: Chinese characters one by one, words stemmed."""
    return [term for term, _, _ in term_spans(normalize(text, fold), stopwords)]


@functools.lru_cache(maxsize=8)
def _chinese_stops(stopwords: frozenset[str]) -> re.Pattern | None:
    """What finds the Chinese stop words of a list in a text, longest first (the worker's chineseStops)."""
    chinese = sorted(sorted(word for word in stopwords if HAN.search(word)), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, chinese))) if chinese else None


def without_stops(text: str, stopwords: frozenset[str]) -> str:
    """A normalized text with its Chinese stop words blanked, each character by a space, so that
    the positions of the rest stay and no pair is made across them (the worker's withoutStops)."""
    pattern = _chinese_stops(stopwords) if stopwords else None
    return pattern.sub(lambda match: " " * len(match.group(0)), text) if pattern else text


def word_of(token: str) -> str:
    """The word of a latin token (the worker's wordOf): a negation as customers type it, without
    its apostrophe (didn't and didnt are didnt, can't is cant, not the stop word can); else
    the part before an apostrophe (customer's is customer)."""
    token = token.replace("’", "'")
    return token.replace("'", "") if token.endswith("n't") else token.split("'")[0]


def term_spans(text: str, stopwords: frozenset[str] = frozenset()) -> list[tuple[str, int, int]]:
    """terms_of a normalized text, each with where its token starts and ends in the text."""
    spans = []
    for match in _TOKEN.finditer(without_stops(text, stopwords)):
        token = match.group(0)
        if HAN.match(token):
            spans.append((token, match.start(), match.end()))
        else:
            word = word_of(token)
            if word and word not in stopwords:
                spans.append((stem(word), match.start(), match.end()))
    return spans


_BLOCK_TAG = re.compile(r"</?(?:p|li|ul|ol|h[1-6]|div|br|hr|tr|td|th|table|thead|tbody|pre|blockquote|details|"
                        r"summary|dl|dt|dd|figure|figcaption|aside|section|nav)\b[^>]*>", re.I)


def plain_text(html_text: str) -> str:
    """The text of some HTML: blocks apart, inline markup (bold, links) run into its sentence."""
    text = _TAG.sub("", _BLOCK_TAG.sub(" ", html_text))
    return _SPACE.sub(" ", html.unescape(text)).strip()


# a link to another page of the site: relative, not to a place on the same page, no scheme
_SITE_LINK = re.compile(r"<a\b[^>]*\bhref=[\"'](?![a-z][a-z0-9+.-]*:|#|//)[^\"']*[\"'][^>]*>.*?</a>", re.I | re.S)


def own_text(html_text: str) -> str:
    """plain_text without the text of links to other pages of the site, which says what those
    pages are about ("if it was a transfer, see My transfer failed"), not this one."""
    return plain_text(_SITE_LINK.sub(" ", html_text))


def headings_of(html_text: str) -> str:
    return " ".join(plain_text(match.group(2)) for match in _HEADING.finditer(html_text))


@dataclass(eq=False)
class SearchDoc:
    location: str
    title: str
    description: str
    keywords: list[str]
    headings: str
    body: str                       # what a result shows
    indexed_body: str | None = None   # what search reads of it, when not all (own_text)
    terms: dict[str, list[str]] | None = field(default=None, repr=False)   # field -> terms, once cut


@dataclass(frozen=True)
class Synonym:
    """One way of saying something (a line's phrase of data/search/synonyms.txt): its text as
    search reads it, and its terms."""
    text: str
    terms: tuple[str, ...]


@dataclass
class SearchConfig:
    """The writers' search data of one language: its stop words, the fold of Chinese
    characters to the form search keeps (script_fold and data/search/variants.txt), and the
    words customers use for what articles say (data/search/synonyms.txt): first term of a
    phrase -> [(the phrase, the other phrases of its line)]."""
    lang: str
    stopwords: frozenset[str] = frozenset()
    fold: dict[int, str] = field(default_factory=script_fold, repr=False)
    synonyms: dict[str, list[tuple[Synonym, tuple[Synonym, ...]]]] = field(default_factory=dict, repr=False)
    # what a long question is read without (data/search/fillers.<lang>.txt); only the worker reads them
    fillers: frozenset[str] = frozenset()
    expanded: dict = field(default_factory=dict, repr=False, compare=False)   # expand_synonyms' cache


def load_search_config(data_dir: Path, lang: str) -> SearchConfig:
    """The search data of a language from data/search/. Raises ContentErrors naming file and line."""
    fold = load_variants(data_dir / "variants.txt")
    stopwords = _word_list(data_dir, "stopwords", lang, fold)
    return SearchConfig(lang, stopwords, fold, load_synonyms(data_dir / "synonyms.txt", stopwords, fold),
                        fillers=_word_list(data_dir, "fillers", lang, fold))


def _word_list(data_dir: Path, name: str, lang: str, fold: dict[int, str]) -> frozenset[str]:
    """data/search/<name>.<lang>.txt, one word per line, as search reads text (們 as 们, ＡＢ as ab);
    zh-Hant reads zh's, its text being read as Simplified."""
    path = data_dir / f"{name}.{lang}.txt"
    if not path.exists():
        path = data_dir / f"{name}.{lang.split('-')[0]}.txt"
    if not path.exists():
        return frozenset()
    lines = read_text(path, shown_path(path), f"{name} file").splitlines()
    return frozenset(normalize(w.strip(), fold) for w in lines if w.strip() and not w.startswith("#"))


def load_synonyms(path: Path, stopwords: frozenset[str] = frozenset(), fold: dict[int, str] | None = None
                  ) -> dict[str, list[tuple[Synonym, tuple[Synonym, ...]]]]:
    """A synonyms file: one line per meaning, its phrases comma-separated ('transfer, xfer';
    '限额, 额度'), each read as the others wherever an article has it (see expand_synonyms).
    Raises ContentErrors naming the file and line."""
    if not path.exists():
        return {}
    shown, problems, seen, table, starting = shown_path(path), [], {}, {}, {}
    for number, line in enumerate(read_text(path, shown, "synonyms file").splitlines(), 1):
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        phrases = [part.strip() for part in text.split(",")]
        if len(phrases) > MAX_SYNONYMS:
            problems.append(ContentError(shown, f"{len(phrases)} phrases on one line, more than {MAX_SYNONYMS}",
                                         "keep one meaning per line: split it into the meanings it mixes",
                                         number))
            continue
        if len(phrases) < 2 or not all(phrases):
            problems.append(ContentError(shown, f"'{line.strip()}' is not two or more phrases apart by commas",
                                         "write the phrases that mean the same, comma-separated: 'transfer, xfer'",
                                         number))
            continue
        group = []
        for phrase in phrases:
            normal = normalize(phrase, fold)
            terms = tuple(term for term, _, _ in term_spans(normal, stopwords))
            if not terms:
                problems.append(ContentError(shown, f"'{phrase}' has no word or Chinese character search keeps",
                                             "write a word, not only punctuation or stop words", number))
            elif len(terms) > MAX_PHRASE:
                problems.append(ContentError(shown, f"'{phrase[:40]}' has {len(terms)} words or characters, "
                                             f"more than {MAX_PHRASE}", "write the words customers type, not a sentence",
                                             number))
            elif len(starting.setdefault(terms[0], [])) >= MAX_STARTING:
                problems.append(ContentError(shown, f"more than {MAX_STARTING} phrases start with '{terms[0]}'",
                                             "keep the phrases customers really type", number))
            elif terms in seen:
                problems.append(ContentError(shown, f"'{phrase}' is on line {seen[terms]} already",
                                             "keep each phrase on one line: join the lines", number))
            else:
                seen[terms] = number
                starting[terms[0]].append(number)
                group.append(Synonym(normal, terms))
        for synonym in group:
            others = tuple(other for other in group if other is not synonym)
            if others:
                table.setdefault(synonym.terms[0], []).append((synonym, others))
    if problems:
        raise ContentErrors(problems)
    return table


def synonym_lines(config: SearchConfig) -> list[list[str]]:
    """The lines of the synonyms file as search reads them, each a sorted list of its phrases."""
    lines = {tuple(sorted({synonym.text, *(other.text for other in others)}))
             for entries in config.synonyms.values() for synonym, others in entries}
    return [list(line) for line in sorted(lines)]


def expand_synonyms(text: str, spans: list[tuple[str, int, int]], config: SearchConfig,
                    words: bool = True) -> tuple[list[str], list[str]]:
    """The terms and pair terms a text also gets from its synonyms: where it has a phrase of a
    synonyms line, the other phrases of the line, with pairs to its neighbours ('限额' in
    '单日限额' gives the pairs 额度 and 日额; 'transfer' gives xfer). `text` is normalized, `spans` its
    term_spans."""
    if not config.synonyms:
        return [], []
    terms: list[str] = []
    pairs: list[str] = []
    for i, (term, start, _) in enumerate(spans):
        for synonym, others in config.synonyms.get(term, ()):
            j = i + len(synonym.terms)
            if tuple(t for t, _, _ in spans[i:j]) != synonym.terms or any(
                    not _WORD_GAP.match(text[spans[k][2]:spans[k + 1][1]]) for k in range(i, j - 1)):
                continue
            before = text[spans[i - 1][1]:start] if i else ""
            after = text[spans[j - 1][2]:spans[j][2]] if j < len(spans) else ""
            key = (before, synonym.text, after, words)
            if key not in config.expanded:   # a corpus repeats its phrases with the same neighbours
                config.expanded[key] = _expand(before, synonym, others, after, config, words)
            more, more_pairs = config.expanded[key]
            terms += more
            pairs += more_pairs
    return terms, pairs


def _expand(before: str, synonym: Synonym, others: tuple[Synonym, ...], after: str, config: SearchConfig,
            words: bool) -> tuple[list[str], list[str]]:
    had = set(synonym.terms) | set(pairs_of(before + synonym.text + after, config.lang, config.stopwords,
                                            words, config.fold))
    terms, pairs = [], []
    for other in others:
        # a word for a word; a phrase by its pairs only, so that its characters or words one by
        # one (额度: 额, 度) do not make every article that has them weigh more
        if len(other.terms) == 1 and other.terms[0] not in had:
            terms.append(other.terms[0])
        pairs += [pair for pair in pairs_of(before + other.text + after, config.lang, config.stopwords,
                                            words, config.fold) if pair not in had]
    return terms, pairs


def pairs_of(text: str, lang: str, stopwords: frozenset[str] = frozenset(), words: bool = True,
             fold: dict[int, str] | None = None) -> list[str]:
    """Pair terms of a text: neighbouring Chinese characters ('验证'), and with `words` neighbouring
    kept words ('reset password', stop words, spaces and hyphens between them skipped); nothing pairs across
    punctuation or across Chinese and latin. The worker's pairs() does the same."""
    text = without_stops(normalize(text, fold), stopwords)
    if not words:   # the long fields: Chinese pairs only, the same as the loop below gives them
        return [run[i:i + 2] for run in _HAN_RUN.findall(text) for i in range(len(run) - 1)]
    pairs = []
    previous, kind, end = None, None, 0
    for match in _TOKEN.finditer(text):
        token = match.group(0)
        gap = text[end:match.start()]
        end = match.end()
        if HAN.match(token):
            if kind == "han" and not gap:
                pairs.append(previous + token)
            previous, kind = token, "han"
            continue
        word = word_of(token)
        if kind != "latin" or not _WORD_GAP.match(gap):
            previous, kind = None, "latin"
        if not word or word in stopwords:
            continue
        term = stem(word)
        if words and previous is not None:
            pairs.append(previous + " " + term)
        previous = term
    return pairs


def fnv1a(text: str) -> int:
    """32-bit FNV-1a over the code points of a term (the worker's shardOf)."""
    value = 0x811C9DC5
    for char in text:
        value ^= ord(char)
        value = (value * 0x01000193) & 0xFFFFFFFF
    return value


def _cut(doc: SearchDoc, config: SearchConfig) -> dict[str, list[str]]:
    if doc.terms is None:   # cut once per document, also across the rebuilds of `serve`
        values = {"title": doc.title, "keywords": doc.keywords, "description": doc.description,
                  "headings": doc.headings, "body": doc.body if doc.indexed_body is None else doc.indexed_body}
        terms = {}
        for name in FIELDS:
            parts = values[name] if name == "keywords" else [values[name]]
            words = name in LATIN_PAIR_FIELDS
            for key in (name, "~" + name, "+" + name, "+~" + name):
                terms[key] = []
            for part in parts:
                text = normalize(part, config.fold)
                spans = term_spans(text, config.stopwords)
                terms[name] += [term for term, _, _ in spans]
                terms["~" + name] += pairs_of(text, config.lang, config.stopwords, words, config.fold)
                # what customers call what the field says (data/search/synonyms.txt): counted
                # in the field, not in its length, so the rest of the field weighs as before
                more, more_pairs = expand_synonyms(text, spans, config, words)
                terms["+" + name] += more
                terms["+~" + name] += more_pairs
        title = terms_of(doc.title, config.lang, fold=config.fold)
        terms["whole"] = [whole_title(terms["title"])] if terms["title"] else []
        terms["stops"] = [term for term in title if term in config.stopwords]
        doc.terms = terms
    return doc.terms


def whole_title(terms: list[str]) -> str:
    """The term of a whole title (or query): '=' and its terms, space apart (the worker's wholeTitle)."""
    return "=" + " ".join(terms)


def build_index(docs: list[SearchDoc], config: SearchConfig) -> dict:
    """Terms with their postings: {"lang", "count", "df": {term: n}, "postings": {term: [(doc, impact)]}}.

    Impacts are BM25F over the fields (pairs with PAIR_FIELDS) times the term's idf, and in
    titles and keywords partly their own idf (OWN_IDF); each list holds its term's PRUNE best
    articles, by doc id."""
    field_terms = [_cut(doc, config) for doc in docs]
    n = len(docs)
    names = [*FIELDS, *("~" + name for name in FIELDS), *EXTRA_FIELDS]
    boost = {**FIELDS, **{"~" + name: weight for name, weight in PAIR_FIELDS.items()}, **EXTRA_FIELDS}
    average = {name: (sum(len(f[name]) for f in field_terms) / n if n else 1) or 1 for name in names}
    weights: dict[str, tuple[list[int], list[float]]] = {}   # term -> ids, weights in the other fields
    own: dict[str, dict[str, list[tuple[int, float]]]] = {kind: {} for kind in set(OWN_IDF_FIELDS.values())}
    for doc_id, fields in enumerate(field_terms):
        counted: dict[str, float] = {}
        counted_own: dict[str, dict[str, float]] = {kind: {} for kind in own}
        for name in names:
            terms, more = fields[name], fields.get("+" + name, ())
            if not terms:
                continue
            norm = K1 * (1 - B + B * len(terms) / average[name])
            factor = boost[name] * (K1 + 1)
            kind = OWN_IDF_FIELDS.get(name)
            into = counted_own[kind] if kind else counted
            for term, tf in Counter(terms + more if more else terms).items():
                into[term] = into.get(term, 0.0) + factor * tf / (tf + norm)
                counted.setdefault(term, 0.0)
        for kind, found in counted_own.items():
            for term, weight in found.items():
                own[kind].setdefault(term, []).append((doc_id, weight))
        for term, weight in counted.items():
            entry = weights.get(term)
            if entry is None:
                weights[term] = entry = ([], [])
            entry[0].append(doc_id)
            entry[1].append(weight)
    df = {term: len(ids) for term, (ids, _) in weights.items()}
    postings = {}
    while weights:   # emptied as it goes, so that the lists are not held twice
        term, (ids, values) = weights.popitem()
        weight = idf(df[term], n)
        extra: dict[int, float] = {}
        for kind in own:
            found = own[kind].pop(term, ())
            if found:
                blend = weight ** (1 - OWN_IDF) * idf(len(found), n) ** OWN_IDF
                for doc_id, value in found:
                    extra[doc_id] = extra.get(doc_id, 0.0) + value * blend
        pairs = [(doc_id, value * weight + extra.get(doc_id, 0.0)) for doc_id, value in zip(ids, values)]
        if len(pairs) > PRUNE:
            pairs = sorted(sorted(pairs, key=lambda p: -p[1])[:PRUNE])
        postings[term] = [(doc_id, max(1, round(value * 10))) for doc_id, value in pairs]
    meant = _add_sounds(postings, field_terms, config.fold)
    return {"version": VERSION, "lang": config.lang, "count": n, "df": df, "postings": postings, "meant": meant}


@functools.cache
def sound_classes() -> dict[str, frozenset[str]]:
    """Sound -> the common Chinese characters read so (GB2312's 3,755 of level 1, by pypinyin,
    every reading, tones left out; zh, ch, sh as z, c, s, which many customers mix up)."""
    from pypinyin import Style, pinyin
    classes: dict[str, set[str]] = {}
    for high in range(0xB0, 0xD8):
        for low in range(0xA1, 0xFF):
            try:
                char = bytes([high, low]).decode("gb2312")
            except UnicodeDecodeError:
                continue
            for reading in pinyin(char, style=Style.NORMAL, heteronym=True)[0]:
                classes.setdefault(_sound(reading), set()).add(char)
    return {sound: frozenset(chars) for sound, chars in classes.items()}


def _sound(reading: str) -> str:
    return reading[0] + reading[2:] if reading[:2] in ("zh", "ch", "sh") else reading


def sound_alikes(pair: str) -> set[str]:
    """The pairs a customer types for `pair` when the input method offers a homophone: one of
    its two characters replaced by a common character read the same (转账 typed 转张, 被盗 typed
    被到, 投诉 typed 投述). Each is a term of its own, '~' and the pair typed, kept where that
    pair would be (group_of), so a query finds it in the shard it fetches anyway."""
    from pypinyin import Style, lazy_pinyin
    readings = lazy_pinyin(pair, style=Style.NORMAL)   # the reading in this word: 银行 is yin hang
    classes = sound_classes()
    found = set()
    for at, reading in enumerate(readings[:2]):
        for char in classes.get(_sound(reading), ()):
            if char != pair[at]:
                found.add(pair[:at] + char + pair[at + 1:])
    return found


def _add_sounds(postings: dict[str, list[tuple[int, int]]], field_terms: list[dict[str, list[str]]],
                fold: dict[int, str] | None) -> dict[str, str]:
    """Postings of the homophone terms (sound_alikes) of the Chinese pairs of titles and keywords:
    for each, the SOUND_BEST best articles of the pairs it sounds like, with their impacts; not
    for the pairs a query never has (帐 is searched as 账, see normalize). Returns each one's
    pairs meant, space apart (what results mark: 两布 marks 两步)."""
    pairs = sorted({term for fields in field_terms for name in SOUND_FIELDS for term in fields[name]
                    if han_pair(term) and term in postings})
    sounds: dict[str, dict[int, int]] = {}
    meant: dict[str, list[str]] = {}
    for pair in pairs:
        best = sorted(postings[pair], key=lambda p: -p[1])[:SOUND_BEST]
        for alike in sound_alikes(pair):
            if normalize(alike, fold) != alike:
                continue
            into = sounds.setdefault("~" + alike, {})
            meant.setdefault("~" + alike, []).append(pair)
            for doc_id, impact in best:
                if impact > into.get(doc_id, 0):
                    into[doc_id] = impact
    for term, found in sounds.items():
        postings[term] = sorted(sorted(found.items(), key=lambda p: -p[1])[:SOUND_BEST])
    return {term: " ".join(pairs) for term, pairs in meant.items()}


def idf(df: int, n: int) -> float:
    """BM25's idf of a term found in df of n articles."""
    return math.log(1 + (n - df + 0.5) / (df + 0.5))


def han_pair(term: str) -> bool:
    """A pair of neighbouring Chinese characters ('验证')."""
    return len(term) == 2 and HAN.match(term[0]) is not None and HAN.match(term[1]) is not None


def group_of(term: str) -> tuple[str, str | None]:
    """Where a term is kept: its group, and what picks the group's part (the worker's groupOf).

    A Chinese pair is kept with its first character ('转账': '转', picked by '账'), a word pair
    with its first word, a whole title with its first term (picked by the whole title); a
    character or word is its own group and is in every part of it (picked by None)."""
    if term.startswith("="):
        return term[1:].split(" ", 1)[0], term
    if term.startswith("~"):   # a homophone of a pair (sound_alikes): where that pair is
        return term[1], term[2]
    if " " in term:
        first, second = term.split(" ", 1)
        return first, second
    if han_pair(term):
        return term[0], term[1]
    return term, None


def shard_layout(parts: dict[str, int]) -> tuple[dict[str, tuple[int, int]], int]:
    """Where the groups go (the worker's layout): the groups cut into parts first, each part a
    shard of its own, in the order of `parts` (index.json "parts"); the other groups after
    them, by the hash of the group. Returns (cut group -> (its first shard, its parts), the
    first shard of the other groups)."""
    cut, first = {}, 0
    for group, count in parts.items():
        cut[group] = (first, count)
        first += count
    return cut, first


def shards_of(term: str, parts: dict[str, int], shards: int,
              layout: tuple[dict[str, tuple[int, int]], int] | None = None) -> list[int]:
    """The shards that hold a term (the worker's shardsOf); `layout` is shard_layout(parts)."""
    cut, small = layout or shard_layout(parts)
    group, pick = group_of(term)
    if group in cut:
        first, count = cut[group]
        return list(range(first, first + count)) if pick is None else [first + fnv1a(pick) % count]
    return [small + fnv1a(group) % max(1, shards - small)]


def result_cards(docs: list[SearchDoc], config: SearchConfig, df: dict[str, int], parts: dict[str, int],
                 shards: int, layout, postings: dict[str, list] | None = None) -> dict[int, list]:
    """shard -> its result cards, [doc, title, location, ...]: what the first answer shows of an
    article, so that it needs no fragment. An article's card is in each shard that holds a term
    of its title with no other shard: its Chinese pairs, its words of small groups, its word
    pairs, its whole title (a single character is read from any part of its group, so it gets
    none; its pairs cover it). A term in more than CARD_TITLES titles brings the cards of its
    CARD_TITLES best of them by impact (`postings`: term -> [(doc, impact)]), or none without
    postings. A query's best articles are mostly ones whose title has its terms; for the others
    the worker fetches their fragments before it answers."""
    title_terms = []
    for doc in docs:
        terms = _cut(doc, config)
        title_terms.append({term for term in (*terms["title"], *terms["~title"], *terms["+title"], *terms["+~title"],
                                              *terms["whole"]) if term in df and not (len(term) == 1 and HAN.match(term))})
    titles = Counter(term for found in title_terms for term in found)
    best: dict[str, set[int]] = {}   # 怎么 of every '…怎么办？' would bring every card along
    for term in (term for term, count in titles.items() if count > CARD_TITLES):
        ranked = sorted(((-impact, doc_id) for doc_id, impact in (postings or {}).get(term, ())
                         if term in title_terms[doc_id]))
        best[term] = {doc_id for _, doc_id in ranked[:CARD_TITLES]}
    found: dict[int, list] = {}
    for doc_id, (doc, terms) in enumerate(zip(docs, title_terms)):
        places = set()
        for term in terms:
            if term not in best or doc_id in best[term]:
                held = shards_of(term, parts, shards, layout)
                if len(held) == 1:
                    places.add(held[0])
        for shard in sorted(places):
            found.setdefault(shard, []).extend([doc_id, doc.title, doc.location])
    return found


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def index_files(docs: list[SearchDoc], config: SearchConfig) -> dict[str, str]:
    """Every file of the index: path under search/ -> its text (see the module's docstring)."""
    built = build_index(docs, config)
    postings, df, meant = built["postings"], built["df"], built["meant"]
    sizes = {term: len(term) + 6 + 4 * sum(map(len, p)) + 3 * len(meant.get(term, "")) for term, p in postings.items()}
    group_bytes: Counter = Counter()
    for term, size in sizes.items():
        group_bytes[group_of(term)[0]] += size
    # a large group in parts of about GROUP_BYTES, each a shard of its own, so that no shard
    # holds two large groups' parts; the other groups share shards of about SHARD_BYTES
    parts = {group: math.ceil(size / GROUP_BYTES) for group, size in sorted(group_bytes.items()) if size > GROUP_BYTES}
    small = sum(size for group, size in group_bytes.items() if group not in parts)
    shards = sum(parts.values()) + max(1, math.ceil(small / SHARD_BYTES))
    layout = shard_layout(parts)
    content: list[dict[str, list[int]]] = [{} for _ in range(shards)]
    cards = result_cards(docs, config, df, parts, shards, layout, postings)
    for term in sorted(postings):
        # a homophone term starts with the pairs it stands for, for the results to mark
        flat, previous = ([meant[term]] if term in meant else []), 0
        for doc_id, impact in postings.pop(term):   # emptied as it goes (memory at 10,000 articles)
            flat += [doc_id - previous, impact]
            previous = doc_id
        for shard in shards_of(term, parts, shards, layout):
            content[shard][term] = flat
    for shard, held in cards.items():
        content[shard][CARDS] = held
    files: dict[str, str] = {}
    shard_hashes = []
    for group in range(0, shards, SHARD_GROUP):
        texts = [_dump(shard) for shard in content[group:group + SHARD_GROUP]]
        content[group:group + SHARD_GROUP] = [{}] * len(texts)   # each shard held once: as its text
        digest = _digest("\n".join(texts))
        shard_hashes.append(digest)
        for offset, text in enumerate(texts):
            files[f"t/{digest}/{group + offset}.json"] = text
    doc_hashes = []
    for group in range(0, len(docs), DOC_GROUP):
        texts = [_dump({"location": d.location, "title": d.title, "description": d.description,
                        "keywords": d.keywords, "text": d.body}) for d in docs[group:group + DOC_GROUP]]
        digest = _digest("\n".join(texts))
        doc_hashes.append(digest)
        for offset, text in enumerate(texts):
            files[f"d/{digest}/{group + offset}.json"] = text
    vocabulary: dict[str, list] = {}
    for term in sorted(df):
        if not HAN.match(term) and " " not in term and not term.startswith("="):
            vocabulary.setdefault(term[0], []).append([term, df[term]])
    vocab_hashes = {}
    for letter, words in sorted(vocabulary.items()):
        text = _dump(words)
        vocab_hashes[letter] = _digest(text)
        files[f"v/{vocab_hashes[letter]}.json"] = text
    files["index.json"] = _dump({
        "version": VERSION, "lang": config.lang, "count": len(docs), "shards": shards,
        "parts": [[group, count] for group, count in parts.items()],   # in order: see shard_layout
        "shardGroup": SHARD_GROUP, "shardHashes": shard_hashes, "docGroup": DOC_GROUP, "docHashes": doc_hashes,
        "vocabulary": vocab_hashes, "stopwords": sorted(config.stopwords), "fillers": sorted(config.fillers),
        "fold": fold_table(df, config.fold),   # other forms -> the one searched, for the query (see normalize)
        "synonyms": synonym_lines(config),   # for marking in results what the query said otherwise
    })
    return files


def write_index(search_dir: Path, docs: list[SearchDoc], config: SearchConfig) -> dict[str, str]:
    """Write the index into search_dir (a language's site/search/), removing pieces of earlier
    builds (as `serve` rebuilds into the same folder). Returns the files written."""
    files = index_files(docs, config)
    for folder in ("t", "d", "v"):
        shutil.rmtree(search_dir / folder, ignore_errors=True)
    for name, text in files.items():
        path = search_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return files
