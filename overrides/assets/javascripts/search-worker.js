/* The help center's search engine, behind Material for MkDocs' search UI.
 *
 * It speaks Material's worker protocol (pinned to mkdocs-material 9.8.2, checked by
 * tests/test_search_protocol.py): the page sends SETUP (type 0) with Material's
 * search_index.json and then QUERY (type 2) with the typed text; the worker answers READY
 * (type 1) and RESULT (type 3) with { items: SearchItem[][] }.
 *
 * The index itself (search/articles.json) is built by helpcenter/search.py and fetched
 * here as soon as the worker starts, in parallel with the page: nothing is built in the
 * browser. Terms are cut exactly as in helpcenter/search.py (see `terms` and `stem`).
 */
"use strict";

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/
const TOKEN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[a-z0-9]+(?:['’][a-z]+)?/g
const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}/g
const MAX_RESULTS = 20

let index = null          /* the loaded index, see load() */
let setup = false         /* SETUP received from the page */

const indexUrl = new URL("../../search/articles.json", self.location.href)
const loading = fetch(indexUrl).then(r => r.json()).then(load)

function normalize(text) {
  return text.normalize("NFKC").toLowerCase()
}

/* Same as helpcenter.search.stem: lunr's Porter stemmer (vendor/porter-stemmer.js) */
importScripts(new URL("vendor/porter-stemmer.js", self.location.href).href)

function stem(word) {
  if (word.length <= 2 || !/^[a-z]+$/.test(word)) return word
  return porterStem(word)
}

/* Same as helpcenter.search.terms_of; returns [{ term, word }] */
function terms(text, stopwords) {
  const found = []
  for (const token of normalize(text).match(TOKEN) || []) {
    if (HAN.test(token)) { found.push({ term: token, word: token }); continue }
    const word = token.replace("’", "'").split("'")[0]
    if (word && !stopwords.has(word)) found.push({ term: stem(word), word })
  }
  return found
}

function load(data) {
  const terms = new Map()
  data.terms.forEach((term, i) => terms.set(term, i))
  const docs = data.docs.map(doc => ({
    ...doc,
    hay: {
      title: normalize(doc.title),
      keywords: normalize(doc.keywords.join(" ; ")),
      description: normalize(doc.description),
      body: normalize(doc.body),
    },
  }))
  index = {
    docs, terms, vocabulary: data.terms, postings: data.postings,
    stopwords: new Set(data.stopwords), lang: data.lang,
  }
}

/* Vocabulary terms starting with `prefix` (the vocabulary is sorted) */
function withPrefix(prefix, limit) {
  const vocabulary = index.vocabulary
  let low = 0, high = vocabulary.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (vocabulary[mid] < prefix) low = mid + 1; else high = mid
  }
  const found = []
  for (let i = low; i < vocabulary.length && found.length < limit && vocabulary[i].startsWith(prefix); i++)
    found.push(i)
  return found
}

/* Vocabulary terms one edit away from `term` (typos), for words of 5+ letters */
function nearby(term) {
  const found = []
  if (term.length < 5) return found
  index.vocabulary.forEach((candidate, i) => {
    if (Math.abs(candidate.length - term.length) <= 1 && candidate[0] === term[0] && oneEdit(term, candidate))
      found.push(i)
  })
  return found.slice(0, 5)
}

function oneEdit(a, b) {
  if (a === b) return false
  let i = 0, j = 0, edits = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { i++; j++; continue }
    if (++edits > 1) return false
    if (a.length > b.length) i++
    else if (a.length < b.length) j++
    else if (a[i] === b[j + 1] && a[i + 1] === b[j]) { i += 2; j += 2 }
    else { i++; j++ }
  }
  return edits + (a.length - i) + (b.length - j) <= 1
}

/* What to look up: [termIndex, weight] pairs, the Chinese runs and the words to highlight */
function analyze(query) {
  const text = normalize(query).replace(/[+\-"*~^:]/g, " ")
  const lookups = new Map()
  const add = (i, weight) => lookups.set(i, Math.max(lookups.get(i) || 0, weight))
  const words = []
  const tokens = terms(text, index.stopwords)
  tokens.forEach(({ term, word }, position) => {
    const exact = index.terms.get(term)
    if (exact !== undefined) add(exact, 1)
    if (HAN.test(term)) return
    words.push(word)
    const typing = position === tokens.length - 1 && !/\s$/.test(query)
    if (term.length >= 3 && (exact === undefined || typing))
      for (const i of withPrefix(word.length > term.length ? term : word, 8)) add(i, exact === undefined ? 0.7 : 0.4)
    if (exact === undefined && !withPrefix(term, 1).length)
      for (const i of nearby(term)) add(i, 0.6)
  })
  const runs = text.match(HAN_RUN) || []
  const grams = new Set()
  for (const run of runs)
    for (let i = 0; i + 1 < run.length; i++) grams.add(run.slice(i, i + 2))
  return { lookups, grams: [...grams], words, queryTerms: tokens.length }
}

function search(query) {
  const { lookups, grams, words } = analyze(query)
  const n = index.docs.length
  const scores = new Float64Array(n)
  const matched = new Uint16Array(n)
  for (const [i, weight] of lookups) {
    const list = index.postings[i]
    for (let p = 0, doc = 0; p < list.length; p += 2) {
      doc += list[p]
      scores[doc] += weight * list[p + 1]
      if (weight >= 1) matched[doc]++
    }
  }
  /* Chinese: reward runs of the query's characters that stand together in the article */
  for (const gram of grams) {
    let df = 0
    const hits = []
    for (let d = 0; d < n; d++) {
      const hay = index.docs[d].hay
      const where = (hay.title.includes(gram) ? 4 : 0) + (hay.keywords.includes(gram) ? 5 : 0) +
        (hay.description.includes(gram) ? 1.5 : 0) + (hay.body.includes(gram) ? 1 : 0)
      if (where) { df++; hits.push(d, where) }
    }
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5))
    for (let h = 0; h < hits.length; h += 2) scores[hits[h]] += 25 * idf * hits[h + 1]
  }
  const exactTerms = [...lookups.values()].filter(w => w >= 1).length || 1
  const ranked = []
  for (let d = 0; d < n; d++)
    if (scores[d] > 0) ranked.push([d, scores[d] * (0.6 + 0.4 * matched[d] / exactTerms)])
  ranked.sort((a, b) => b[1] - a[1])
  const best = ranked.length ? ranked[0][1] : 0
  return ranked
    .filter(([, score]) => score >= best * 0.08)
    .slice(0, MAX_RESULTS)
    .map(([d, score]) => [present(index.docs[d], score, grams, words)])
}

/* ------------------------------------------------------------------------- */

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c])
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
}

/* A pattern matching what to highlight: Chinese pairs, and words by their start */
function highlighter(grams, words) {
  const parts = [...grams.map(escapeRegExp)]
  for (const word of words) if (word.length >= 2) parts.push(`\\b${escapeRegExp(word)}[a-z]*`)
  if (!parts.length) return null
  parts.sort((a, b) => b.length - a.length)
  return new RegExp(parts.join("|"), "gi")
}

function mark(text, pattern) {
  if (!pattern) return escapeHtml(text)
  let out = "", last = 0
  for (const match of text.matchAll(pattern)) {
    if (!match[0]) continue
    out += escapeHtml(text.slice(last, match.index)) + "<mark>" + escapeHtml(match[0]) + "</mark>"
    last = match.index + match[0].length
  }
  return out + escapeHtml(text.slice(last))
}

function snippet(doc, pattern) {
  const size = index.lang === "zh" ? 90 : 180
  if (pattern) {
    pattern.lastIndex = 0
    const match = pattern.exec(doc.body)
    pattern.lastIndex = 0
    if (match) {
      const start = Math.max(0, match.index - Math.floor(size / 3))
      const end = Math.min(doc.body.length, start + size)
      return (start > 0 ? "…" : "") + doc.body.slice(start, end) + (end < doc.body.length ? "…" : "")
    }
  }
  return doc.description
}

function present(doc, score, grams, words) {
  const pattern = highlighter(grams, words)
  const found = {}
  for (const gram of grams) if (doc.hay.body.includes(gram) || doc.hay.title.includes(gram)) found[gram] = true
  for (const word of words) if (doc.hay.body.includes(word) || doc.hay.title.includes(word)) found[word] = true
  return {
    location: doc.location,
    title: mark(doc.title, pattern),
    text: `<p>${mark(snippet(doc, pattern), pattern)}</p>`,
    score,
    terms: found,
  }
}

/* ------------------------------------------------------------------------- */

async function handle(message) {
  switch (message.type) {
    case SETUP:
      await loading
      setup = true
      return { type: READY }
    case QUERY:
      if (!setup) await loading
      try {
        return { type: RESULT, data: { items: message.data.trim() ? search(message.data) : [] } }
      } catch (error) {
        console.warn("Search failed:", error)
        return { type: RESULT, data: { items: [] } }
      }
    default:
      throw new TypeError("Invalid message type")
  }
}

addEventListener("message", async event => {
  postMessage(await handle(event.data))
})

/* For the tests: the same term rules as helpcenter/search.py */
self.helpcenterSearch = { stem, terms, normalize }
