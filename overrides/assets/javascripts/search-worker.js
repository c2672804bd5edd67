/* The help center's search engine, behind Material for MkDocs' search UI.
 *
 * It speaks Material's worker protocol (pinned to mkdocs-material 9.8.2, checked by
 * tests/test_search_protocol.py): the page sends SETUP (type 0) with Material's
 * search_index.json and then QUERY (type 2) with the typed text; the worker answers READY
 * (type 1) and RESULT (type 3) with { items: SearchItem[][] }, in the order of the queries.
 *
 * The index is built by helpcenter/search.py in pieces (see its docstring): at start the
 * worker fetches only search/index.json (a few KB); a query fetches the shards of its own
 * terms (Chinese characters and character pairs, English stems and word pairs; a pair is kept
 * with its first character or word, so about one shard per character or word), the word
 * lists of the first letters of its English words (to complete the word being typed and
 * fix one-letter typos), and then the display fragments of the results it returns. When the
 * shards hold the cards (title and address) of the first five results, those are answered at
 * once, and their text follows with the fragments in a second answer. Every
 * piece is kept for the next query; their names carry content hashes, so the browser may
 * cache them for good. Terms are cut exactly as in helpcenter/search.py (`terms`, `pairs`).
 */
"use strict";

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/
const TOKEN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[a-z0-9]+(?:['’][a-z]+)?/g
const WORD_GAP = /^[\s-]*$/
const MAX_RESULTS = 10     /* Material renders ten at once; each needs its fragment */
const FIRST_ANSWER = 5     /* results in the first answer: what a phone shows before scrolling,
                              fetched in one round trip (browsers open six connections per host
                              over HTTP/1.1); the other five follow in a second answer */
const PAIR_WEIGHT = 1.0    /* a pair term against a single character or word */
const SOUND_WEIGHT = 0.6   /* a homophone of a Chinese pair the index does not have (转张 for
                              转账), against the pair itself; kept beside that pair, so it costs
                              no request */
const LONG_QUESTION = 4   /* a query of more than this many different Chinese characters is read
                              without its filler words (index.json "fillers", from
                              data/search/fillers.zh.txt: 的, 怎么办); shorter ones, and the
                              index, keep them */
const MAX_TERMS = 40       /* different characters or words a query is read up to: the longest
                              questions of the query sets have 34; a pasted message or article
                              would otherwise fetch a shard for each of its hundreds */

const base = new URL("../../search/", self.location.href)
let index = null          /* search/index.json */
let setup = false         /* SETUP received from the page */
const pieces = new Map()  /* url -> Promise of its JSON */
const cards = new Map()   /* doc -> [title, location]: the result cards of the shards fetched */
const fragments = new Map()   /* doc -> its fragment, once here */
const CARDS = "#"         /* a shard's key of its cards (helpcenter.search.CARDS) */
const carded = new WeakSet()  /* the shards whose cards are in `cards` */

const loading = fetch(new URL("index.json", base)).then(r => {
  if (!r.ok) throw new Error(`search index: HTTP ${r.status}`)
  return r.json()
}).then(data => {
  const pairs = [...(data.fold || "")]
  for (let i = 0; i + 1 < pairs.length; i += 2) fold.set(pairs[i], pairs[i + 1])
  /* only the characters that have another form are replaced: Simplified text costs no callback */
  const folded = [...fold.keys()].filter(char => HAN.test(char))
  if (folded.length) folding = new RegExp(`[${folded.map(escapeRegExp).join("")}]`, "gu")
  index = prepared(data)
})

/* index.json as the worker reads it; the layout of its shards is helpcenter.search.shard_layout:
   the groups cut into parts first, a shard per part, in the order of "parts" */
function prepared(data) {
  const cut = new Map()
  let first = 0
  for (const [group, count] of data.parts) { cut.set(group, [first, count]); first += count }
  /* each synonyms line's phrases with how to find them in a query, made once */
  const synonyms = (data.synonyms || []).map(line => line.map(phrase => [phrase, HAN.test(phrase)
    ? text => text.includes(phrase) : (pattern => text => pattern.test(text))(new RegExp(`(?:^|[^a-z0-9])${escapeRegExp(phrase)}`))]))
  return { ...data, stopwords: new Set(data.stopwords), cut, small: first, synonyms,
           questionStops: new Set([...(data.stopwords || []), ...(data.fillers || [])]) }
}

/* object[key] if the object has it of its own: the index files are plain JSON objects, and a
   term such as 'constructor' must not find Object.prototype's */
function own(object, key) {
  return Object.hasOwn(object, key) ? object[key] : undefined
}

function pieceUrl(path) {
  return new URL(path, base).href
}

function piece(path) {
  const url = pieceUrl(path)
  if (!pieces.has(url))
    pieces.set(url, fetch(url).then(r => {
      if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`)
      return r.json()
    }).catch(error => { pieces.delete(url); throw error }))
  return pieces.get(url)
}

/* Same as helpcenter.search.normalize: full-width forms, lower case, and Traditional Chinese
   characters to Simplified with the index's table (index.json "fold", from OpenCC's data) */
const fold = new Map()
let folding = null   /* a pattern of the characters of `fold` */
const HAN_ALL = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g
function normalize(text) {
  text = text.normalize("NFKC").toLowerCase()
  return folding ? text.replace(folding, c => fold.get(c)) : text
}

/* Same as helpcenter.search.stem: lunr's Porter stemmer (vendor/porter-stemmer.js) */
importScripts(new URL("vendor/porter-stemmer.js", self.location.href).href)

function stem(word) {
  if (word.length <= 2 || !/^[a-z]+$/.test(word)) return word
  return porterStem(word)
}

/* Same as helpcenter.search.without_stops: the text with its Chinese stop words (的, 怎么办)
   blanked, a space for each character, longest first; the pattern made once per list */
const chineseStops = new WeakMap()
function withoutStops(text, stopwords) {
  if (!chineseStops.has(stopwords)) {
    const chinese = [...stopwords].filter(word => HAN.test(word)).sort().sort((a, b) => b.length - a.length)
    chineseStops.set(stopwords, chinese.length ? new RegExp(chinese.map(escapeRegExp).join("|"), "g") : null)
  }
  const pattern = chineseStops.get(stopwords)
  return pattern ? text.replace(pattern, word => " ".repeat(word.length)) : text
}

/* Same as helpcenter.search.word_of: didn't and didnt are didnt, customer's is customer */
function wordOf(token) {
  token = token.replace("’", "'")
  return token.endsWith("n't") ? token.replace("'", "") : token.split("'")[0]
}

/* Same as helpcenter.search.terms_of; returns [{ term, word }] */
function terms(text, stopwords) {
  const found = []
  for (const token of withoutStops(normalize(text), stopwords).match(TOKEN) || []) {
    if (HAN.test(token)) { found.push({ term: token, word: token }); continue }
    const word = wordOf(token)
    if (word && !stopwords.has(word)) found.push({ term: stem(word), word })
  }
  return found
}

/* Same as helpcenter.search.pairs_of: neighbouring characters, neighbouring kept words */
function pairs(text, stopwords) {
  const found = []
  let previous = null, kind = null, end = 0
  text = withoutStops(normalize(text), stopwords)
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0]
    const gap = text.slice(end, match.index)
    end = match.index + token.length
    if (HAN.test(token)) {
      if (kind === "han" && !gap) found.push(previous + token)
      previous = token; kind = "han"
      continue
    }
    const word = wordOf(token)
    if (kind !== "latin" || !WORD_GAP.test(gap)) { previous = null; kind = "latin" }
    if (!word || stopwords.has(word)) continue
    const term = stem(word)
    if (previous !== null) found.push(previous + " " + term)
    previous = term
  }
  return found
}

/* Same as helpcenter.search.whole_title: the term of a whole title */
function wholeTitle(termList) {
  return "=" + termList.join(" ")
}

/* Same as helpcenter.search.fnv1a: which shard holds a term */
function fnv1a(text) {
  let value = 0x811c9dc5
  for (const char of text) {
    value ^= char.codePointAt(0)
    value = Math.imul(value, 0x01000193) >>> 0
  }
  return value >>> 0
}

/* Same as helpcenter.search.group_of: [group, what picks its part (null: in every part)] */
function groupOf(term) {
  if (term.startsWith("=")) return [term.slice(1).split(" ")[0], term]
  if (term.startsWith("~")) return [term[1], term[2]]
  const space = term.indexOf(" ")
  if (space >= 0) return [term.slice(0, space), term.slice(space + 1)]
  if (hanPair(term)) return [term[0], term[1]]
  return [term, null]
}

/* Same as helpcenter.search.shards_of: the shards that hold a term */
function shardsOf(term) {
  const [group, pick] = groupOf(term)
  const cut = index.cut.get(group)
  if (cut) {
    const [first, count] = cut
    return pick === null ? Array.from({ length: count }, (_, part) => first + part) : [first + fnv1a(pick) % count]
  }
  return [index.small + fnv1a(group) % Math.max(1, index.shards - index.small)]
}

function shardPath(shard) {
  return `t/${index.shardHashes[Math.floor(shard / index.shardGroup)]}/${shard}.json`
}

function docPath(doc) {
  return `d/${index.docHashes[Math.floor(doc / index.docGroup)]}/${doc}.json`
}

/* term -> its postings ([doc delta, impact, ...]) or undefined, fetching the shards needed: a
   character or word that is in every part of its group is read from a part fetched already or
   fetched for a pair of the same query, so it costs no request of its own */
async function postings(termList) {
  const places = termList.map(term => [term, shardsOf(term)])
  const needed = new Set(places.filter(([, shards]) => shards.length === 1).map(([, [shard]]) => shard))
  const chosen = places.map(([term, shards]) => {
    const shard = shards.length === 1 ? shards[0] : shards.find(n => needed.has(n))
      ?? shards.find(n => pieces.has(pieceUrl(shardPath(n)))) ?? shards[0]
    needed.add(shard)
    return [term, shard]
  })
  const loaded = new Map(await Promise.all([...needed].map(async shard => [shard, await piece(shardPath(shard))])))
  for (const content of loaded.values()) {
    const list = own(content, CARDS)
    if (list && !carded.has(content)) {   /* a shard's cards are read once */
      carded.add(content)
      for (let i = 0; i + 2 < list.length; i += 3) cards.set(list[i], [list[i + 1], list[i + 2]])
    }
  }
  const found = new Map()
  for (const [term, shard] of chosen) {
    const list = own(loaded.get(shard), term)
    if (list) found.set(term, list)
  }
  return found
}

/* The words starting with a letter ([[word, documents], ...], sorted), or [] */
async function vocabulary(letter) {
  const hash = own(index.vocabulary, letter)
  return hash ? piece(`v/${hash}.json`) : []
}

/* Words of `words` starting with `prefix` */
function withPrefix(words, prefix, limit) {
  let low = 0, high = words.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (words[mid][0] < prefix) low = mid + 1; else high = mid
  }
  const found = []
  for (let i = low; i < words.length && found.length < limit && words[i][0].startsWith(prefix); i++)
    found.push(words[i][0])
  return found
}

/* Words one edit away from `term` (typos) when the word typed has 5+ letters (its stem may
   have fewer: 'lokced' is 'lokc'); most frequent first */
function nearby(words, term, word) {
  if (word.length < 5 || term.length < 4) return []
  return words.filter(([candidate]) => Math.abs(candidate.length - term.length) <= 1 && oneEdit(term, candidate))
    .sort((a, b) => b[1] - a[1]).slice(0, 5).map(([word]) => word)
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

/* The pair and whole-title terms of the query with its word at `at` read as `other` */
function fixedTerms(tokens, at, other) {
  const found = [], latin = token => token && !HAN.test(token.term)
  if (latin(tokens[at - 1])) found.push(`${tokens[at - 1].term} ${other}`)
  if (latin(tokens[at + 1])) found.push(`${other} ${tokens[at + 1].term}`)
  found.push(wholeTitle(tokens.map((token, n) => n === at ? other : token.term)))
  return found
}

/* `text` up to its MAX_TERMS-th different character or word, and at most twice as many in all
   (its pairs, each a shard part at most, stay as few) */
function bounded(text) {
  const seen = new Set()
  let count = 0
  for (const match of text.matchAll(TOKEN)) {
    seen.add(match[0])
    if (seen.size > MAX_TERMS || ++count > 2 * MAX_TERMS) return text.slice(0, match.index)
  }
  return text
}

/* The phrases of the synonyms lines that have a phrase of `text` (normalized), but those */
function otherwise(text) {
  const found = []
  for (const line of index.synonyms) {
    const has = line.filter(([, present]) => present(text))
    if (has.length) found.push(...line.filter(entry => !has.includes(entry)).map(([phrase]) => phrase))
  }
  return found
}

/* What to look up: term -> weight (words, their completions and typo fixes, pairs) */
async function analyze(query) {
  const text = bounded(normalize(query).replace(/[+\-"*~^:=]/g, " "))
  const long = new Set(text.match(HAN_ALL) || []).size > LONG_QUESTION
  const skipped = long ? index.questionStops : index.stopwords
  let tokens = terms(text, skipped)
  if (!tokens.length) tokens = terms(text, new Set())   /* only stop words: look for them in titles */
  const pairList = [...new Set(pairs(text, skipped))]
  const title = long ? terms(text, index.stopwords) : tokens   /* a whole title keeps its fillers */
  if (title.length) pairList.push(wholeTitle(title.map(t => t.term)))
  const exact = [...new Set(tokens.map(t => t.term))]
  const latin = tokens.filter(t => !HAN.test(t.term) && t.term.length >= 3)
  /* What the query names is fetched at once, its letters' word lists alongside; completions
     and typo fixes of its words are fetched as soon as those lists are here: in the same round
     trip when they are already (a word list serves every query with words of its letter) */
  const sounds = pairList.filter(hanPair).map(pair => "~" + pair)
  const named = postings([...exact, ...pairList, ...sounds])
  const lists = await Promise.all(latin.map(t => vocabulary(t.term[0])))
  const lookups = new Map()
  const add = (term, weight) => lookups.set(term, Math.max(lookups.get(term) || 0, weight))
  for (const term of exact) add(term, 1)
  for (const term of pairList) add(term, PAIR_WEIGHT)
  for (const term of sounds) add(term, SOUND_WEIGHT)
  latin.forEach(({ term, word }, n) => {
    const known = withPrefix(lists[n], term, 1)[0] === term   /* the index has it (every term is in its letter's list) */
    const at = tokens.indexOf(latin[n])
    const typing = at === tokens.length - 1 && !/\s$/.test(query)
    if (!known || typing)
      for (const other of withPrefix(lists[n], word.length > term.length ? term : word, 8))
        if (other !== term) add(other, known ? 0.4 : 0.7)
    if (!known && !withPrefix(lists[n], term, 1).length)
      nearby(lists[n], term, word).forEach((other, rank) => {
        add(other, 0.6)
        /* the two likeliest fixes also pair with the words around them, and make the title:
           'trnasfer failed' is looked up as 'transfer failed' */
        if (rank < 2) for (const fixed of fixedTerms(tokens, at, other)) add(fixed, 0.6)
      })
  })
  const more = [...lookups.keys()].filter(term => !exact.includes(term) && !pairList.includes(term) && !sounds.includes(term))
  const [found, extra] = await Promise.all([named, more.length ? postings(more) : new Map()])
  for (const [term, list] of extra) found.set(term, list)
  /* a homophone counts only when the pair typed is not in the index; its list starts with the
     pairs it stands for, which results mark (两布 marks 两步) */
  const meant = []
  for (const term of sounds) {
    if (found.has(term.slice(1))) found.delete(term)
    else if (typeof found.get(term)?.[0] === "string") meant.push(...found.get(term)[0].split(" "))
  }
  const words = tokens.filter(t => !HAN.test(t.term)).map(t => t.word)
  /* what the query says otherwise (data/search/synonyms.txt, as the index read it) is marked too */
  const said = otherwise(text)
  return { lookups, found, exact: new Set(exact), grams: [...pairList.filter(hanPair), ...meant, ...said.filter(p => HAN.test(p))],
           words: [...words, ...said.filter(p => !HAN.test(p))] }
}

/* Same as helpcenter.search.han_pair: two neighbouring Chinese characters */
function hanPair(term) {
  return term.length === 2 && HAN.test(term[0]) && HAN.test(term[1])
}

/* Per-document score and match count, one slot per document, made once and left at zero
   between queries (a Map per query costs more than the search itself at 10,000 articles) */
let tallies = null
function tally(count) {
  if (!tallies || tallies.scores.length < count)
    tallies = { scores: new Float64Array(count), matched: new Uint16Array(count), seen: new Uint8Array(count) }
  return tallies
}

async function search(query) {
  const { lookups, found, exact, grams, words } = await analyze(query)
  const { scores, matched, seen } = tally(index.count)
  const touched = []   /* the documents found, in the order first found */
  for (const [term, weight] of lookups) {
    const list = found.get(term)
    if (!list) continue
    const counts = exact.has(term)
    for (let p = typeof list[0] === "string" ? 1 : 0, doc = 0; p < list.length; p += 2) {
      doc += list[p]
      if (!seen[doc]) { seen[doc] = 1; touched.push(doc) }
      scores[doc] += weight * list[p + 1]
      if (counts) matched[doc]++   /* how many of the query's words and characters it has */
    }
  }
  const exactTerms = exact.size || 1
  const ranked = []
  for (const doc of touched) {
    ranked.push([doc, scores[doc] * (0.6 + 0.4 * matched[doc] / exactTerms)])
    scores[doc] = 0; matched[doc] = 0; seen[doc] = 0   /* clean for the next query */
  }
  ranked.sort((a, b) => b[1] - a[1] || a[0] - b[0])
  const best = ranked.length ? ranked[0][1] : 0
  const shown = ranked.filter(([, score]) => score >= best * 0.08).slice(0, MAX_RESULTS)
  const pattern = highlighter(grams, words), terms = [...grams, ...words]   /* once for all its results */
  const items = list => Promise.all(list.map(([doc, score]) =>
    piece(docPath(doc)).then(fragment => { fragments.set(doc, fragment); return [present(fragment, score, pattern, terms)] })))
  const top = shown.slice(0, FIRST_ANSWER)
  /* The first results at once from their cards when some fragment is still to come: titles
     first, their text in the complete answer, which follows in the next round trip */
  if (top.some(([doc]) => !fragments.has(doc)) && top.every(([doc]) => fragments.has(doc) || cards.has(doc))) {
    const first = top.map(([doc, score]) => [fragments.has(doc)
      ? present(fragments.get(doc), score, pattern, terms) : card(doc, score, pattern, terms)])
    return { first, rest: items(shown) }
  }
  const first = await items(top)
  const rest = shown.length > FIRST_ANSWER ? items(shown.slice(FIRST_ANSWER)).then(more => [...first, ...more]) : null
  return { first, rest }
}

/* A result from its card alone: its title, and room for the text that follows (no "missing"
   terms: what the text has is not known yet) */
function card(doc, score, pattern, terms) {
  const [title, location] = cards.get(doc)
  return { location, title: mark(title, pattern), text: '<p class="hc-result-pending"></p>', score,
           terms: Object.fromEntries(terms.map(term => [term, true])) }
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
  /* a negation typed without its apostrophe marks the text's didn't too */
  for (const word of words) if (word.length >= 2) parts.push(`\\b${escapeRegExp(word).replace(/nt$/, "n['’]?t")}[a-z]*`)
  if (!parts.length) return null
  parts.sort((a, b) => b.length - a.length)
  return new RegExp(parts.join("|"), "gi")
}

/* `text` in the form search reads it (normalize: 帳戶 as 账户), at the same positions, so that what
   a pattern finds there can be cut from the text itself; a character whose normal form has
   another length (ﬁ -> fi) stays as it is */
function folded(text, whole = normalize(text)) {
  if (whole.length === text.length) return whole
  /* character by character; a Chinese character's normal form is its fold, an ASCII one's its
     lower case, so only the other characters need normalize */
  return text.replace(OTHER_CHARS, char => {
    const form = normalize(char)
    return form.length === char.length ? form : char
  }).replace(/[A-Z]/g, char => char.toLowerCase()).replace(folding || /(?!)/g, char => fold.get(char))
}
const OTHER_CHARS = /[^\x00-\x7f\u3400-\u4dbf\u4e00-\u9fff]/gu

/* `text` as HTML, with what `pattern` finds in its folded form marked */
function mark(text, pattern) {
  if (!pattern) return escapeHtml(text)
  let out = "", last = 0
  for (const match of folded(text).matchAll(pattern)) {
    if (!match[0]) continue
    const end = match.index + match[0].length
    out += escapeHtml(text.slice(last, match.index)) + "<mark>" + escapeHtml(text.slice(match.index, end)) + "</mark>"
    last = end
  }
  return out + escapeHtml(text.slice(last))
}

/* The window of the text that shows most of the query: of the windows starting at a match of
   `pattern` in `text` (the text folded), the one with the most different terms of the query in
   it, then the most matches, then the first; it starts at the beginning of its sentence when
   that is near, else at a word, and ends at a word */
function snippet(doc, pattern, text, terms) {
  const size = index.lang.startsWith("zh") ? 90 : 180   /* zh, zh-Hant: characters are wider */
  const matches = pattern ? [...text.matchAll(pattern)].filter(match => match[0]) : []
  if (!matches.length) return doc.description
  const lead = Math.floor(size / 3), reach = size - lead
  const termOf = match => { const found = match[0].toLowerCase(); return terms.find(t => found.startsWith(t)) ?? found }
  let best = null
  for (let i = 0; i < matches.length; i++) {
    const seen = new Set()
    let j = i
    for (; j < matches.length && matches[j].index + matches[j][0].length <= matches[i].index + reach; j++)
      seen.add(termOf(matches[j]))
    if (!best || seen.size > best.terms || (seen.size === best.terms && j - i > best.count))
      best = { at: matches[i].index, terms: seen.size, count: j - i }
  }
  const start = windowStart(doc.text, best.at, lead)
  let end = Math.min(doc.text.length, start + size)
  if (end < doc.text.length) {
    const space = doc.text.lastIndexOf(" ", end)
    if (space > best.at && space > start + size * 0.7) end = space
  }
  return (start > 0 ? "…" : "") + doc.text.slice(start, end).trim() + (end < doc.text.length ? "…" : "")
}

/* Where a window showing the match at `at` starts: after the end of the sentence before it
   when that is at most `lead` characters back, else at a word up to `lead` back */
function windowStart(text, at, lead) {
  const from = Math.max(0, at - lead), before = text.slice(from, at)
  let stop = -1
  for (const end of [". ", "? ", "! ", "; ", ": ", "。", "？", "！", "；", "："]) {
    const found = before.lastIndexOf(end)
    if (found >= 0) stop = Math.max(stop, found + end.length)
  }
  if (stop >= 0) return from + stop
  if (from === 0) return 0
  const space = before.indexOf(" ")
  return space >= 0 ? from + space + 1 : from
}

/* A fragment's text and title in the form search reads them, made once per fragment */
const readable = new WeakMap()
function readableOf(doc) {
  if (!readable.has(doc)) {
    const text = normalize(doc.text)
    readable.set(doc, { hay: normalize(doc.title) + " " + text, text: folded(doc.text, text) })
  }
  return readable.get(doc)
}

function present(doc, score, pattern, terms) {
  const { hay, text } = readableOf(doc)
  const found = {}
  for (const term of terms) if (hay.includes(term)) found[term] = true
  return {
    location: doc.location,
    title: mark(doc.title, pattern),
    text: `<p>${mark(snippet(doc, pattern, text, terms), pattern)}</p>`,
    score,
    terms: found,
  }
}

/* ------------------------------------------------------------------------- */

/* What to post for a message: { reply, later }; for a query, `reply` holds its first results as
   soon as their fragments are here and `later` (if more were found) all of them */
async function handle(message) {
  switch (message.type) {
    case SETUP:
      await loading
      setup = true
      return { reply: { type: READY } }
    case QUERY:
      try {
        if (!setup) await loading
        if (!message.data.trim()) return { reply: { type: RESULT, data: { items: [] } } }
        const { first, rest } = await search(message.data)
        /* `more`: a second answer follows (unless a newer query comes first); Material ignores it */
        return { reply: { type: RESULT, data: { items: first, more: rest !== null } }, later: rest }
      } catch (error) {
        console.warn("Search failed:", error)
        return { reply: { type: RESULT, data: { items: [] } } }
      }
    default:
      throw new TypeError("Invalid message type")
  }
}

/* Answers in the order of the questions, so a slow early query never overwrites a later one;
   a query's complete results (Material renders every RESULT message anew) follow its first
   ones, unless a newer query came in meanwhile */
let queue = Promise.resolve()
let latest = 0   /* number of the newest QUERY received */
addEventListener("message", event => {
  const number = event.data && event.data.type === QUERY ? ++latest : 0
  queue = queue.then(() => handle(event.data)).then(({ reply, later }) => {
    postMessage(reply)
    if (later) later.then(items => {
      if (number === latest) postMessage({ type: RESULT, data: { items } })
    }, error => console.warn("Search failed:", error))
  }, error => console.warn(error))
})

/* For the tests: the same term rules as helpcenter/search.py */
self.helpcenterSearch = { stem, terms, pairs, wholeTitle, fnv1a, normalize, groupOf, withoutStops }
