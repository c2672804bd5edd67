#!/usr/bin/env python3
"""A large, realistic, seeded corpus of help-center articles for benchmarks.

Writes articles in the project's own format in Simplified Chinese and English, with the
same relative paths in both languages, so that build time, site size and search can be
measured at 100-2,000 articles per language::

    python scripts/corpus.py OUT_DIR --count 500 [--seed 1]

writes OUT_DIR/zh/... and OUT_DIR/en/...: a home page, one index.md per category and
``count`` articles per language. The same seed always gives the same files.

The sentences are data, in scripts/corpus/ (shared.yml: menus, title details and the
sentences every category shares; categories.yml; topics.yml), read with the project's
YAML loader. This file only assembles them. What the project defines, it takes from
the project: every article is validated with ``helpcenter.articles.load_article`` as it is
written (so a generated file that the checks would refuse fails here, naming the data),
English articles carry ``translated_from`` as ``helpcenter mark-translated`` writes it
(``mark_translated`` with the Chinese article's ``content_hash``), so they count as
up-to-date translations, and the pages a build needs are found with the project's own
loaders and link rules.

So that the tree builds with the project's own hooks, which require the articles named in
data/common_problems.yml, those articles (and the articles they link to) are copied as they
are from docs/ next to the generated ones; their titles are kept out of the generated ones.

Every article is assembled from topic-specific sentence pools (causes, steps, tips,
what to prepare, keywords) plus shared category and general sentences, filled in with
per-article details (amounts, times, limits, banks, devices, app menus). Both languages
are built from the same choices, so an article covers the same topic in both.
"""
from __future__ import annotations

import argparse
import posixpath
import random
import re
import shutil
import sys
from pathlib import Path

import yaml

from helpcenter.articles import Article, is_article, load_article
from helpcenter.contact import load_contact
from helpcenter.conversion import convert_pages, converter
from helpcenter.errors import ContentErrors
from helpcenter.frontmatter import parse_front_matter
from helpcenter.languages import site_alternates
from helpcenter.links import _LINK, _SCHEME, body_lines   # the link rules check_links applies
from helpcenter.paths import shown_path
from helpcenter.site import load_common_problems, load_library, markdown_files
from helpcenter.translations import mark_translated
from helpcenter.yamlfile import load_yaml_file

ROOT = Path(__file__).resolve().parent.parent
PROJECT_DOCS = ROOT / "docs"
COMMON_PROBLEMS_FILE = ROOT / "data" / "common_problems.yml"
CONTACT_FILE = ROOT / "data" / "contact.yml"
DATA = Path(__file__).resolve().parent / "corpus"

LANGS = ("zh", "en")


# --------------------------------------------------------------------------------------
# The data files, as the tuples the generator works with.
# --------------------------------------------------------------------------------------

def _data(name: str):
    return load_yaml_file(DATA / name, shown_path(DATA / name), "corpus data file").data


def _pair(item: dict) -> tuple[str, str]:
    return item["zh"], item["en"]


def _pairs(items: list[dict]) -> list[tuple[str, str]]:
    return [_pair(item) for item in items]


def _detail(item: dict) -> tuple[str, str, str]:
    """A title detail as (zh, en as used in an English title, en as used in a sentence)."""
    return item["zh"], item["en"], item.get("en_in_text", item["en"])


def _admonition(item: dict) -> tuple[str, str, str, str, str]:
    return item["kind"], item["title"]["zh"], item["title"]["en"], item["text"]["zh"], item["text"]["en"]


def _category(item: dict) -> dict:
    table = item["table"]
    return dict(slug=item["slug"], name=_pair(item["name"]), description=_pair(item["description"]),
                intro=_pair(item["intro"]), pads=_pairs(item["pads"]), admonition=_admonition(item["admonition"]),
                table=(_pair(table["heading"]), _pair(table["lead"]), _pair(table["header"]), _pairs(table["rows"])))


def _topic(item: dict) -> dict:
    return dict(
        slug=item["slug"], urgency=item["urgency"], related=tuple(item.get("related", ())),
        titles=[(title.get("detail", ""), title["zh"], title["en"]) for title in item["titles"]],
        descriptions=_pairs(item["descriptions"]), intro=_pairs(item["intro"]), facts=bool(item.get("facts")),
        causes_heading=_pairs(item.get("causes_heading", [])),
        causes=[(c["label"]["zh"], c["text"]["zh"], c["label"]["en"], c["text"]["en"]) for c in item["causes"]],
        steps=_pairs(item["steps"]), tips=_pairs(item["tips"]), prepare=_pairs(item["prepare"]),
        keywords=(item["keywords"]["zh"], item["keywords"]["en"]),
        detail_lines={kind: _pairs(lines) for kind, lines in item.get("detail_lines", {}).items()})


_SHARED = _data("shared.yml")
MENUS = {key: _pair(menu) for key, menu in _SHARED["menus"].items()}
POOLS = {kind: [_detail(item) for item in items] for kind, items in _SHARED["details"].items()}
CTX_LINES = {kind: _pairs(lines) for kind, lines in _SHARED["detail_lines"].items()}
FILL_KIND = {"venue": "place"}   # a venue (a physical place) fills the templates' {place}
HEAD_INTRO, HEAD_CAUSES, HEAD_STEPS, HEAD_TIPS, HEAD_CONTACT = (
    _pairs(_SHARED["headings"][part]) for part in ("intro", "causes", "steps", "tips", "contact"))
CAUSE_LEADS, FACT_LEADS, STEP_LEADS, LINK_LIST_LEADS = (
    _pairs(_SHARED["leads"][part]) for part in ("causes", "facts", "steps", "links"))
STEP_FINAL = _pairs(_SHARED["final_steps"])
CONTACT_PREP = _pairs(_SHARED["contact_prepare"])
CONTACT_CLOSE = _pairs(_SHARED["contact_close"])
LINK_INLINE = _pairs(_SHARED["inline_links"])
MORE_CAUSE, MORE_FACT = _pair(_SHARED["more_cause"]), _pair(_SHARED["more_fact"])
GENERIC_TIPS = _pairs(_SHARED["tips"])
GLOBAL_PADS = _pairs(_SHARED["pads"])
GLOBAL_ADMONITIONS = [_admonition(item) for item in _SHARED["admonitions"]]
DAYS = _pairs(_SHARED["days"])
AMOUNTS = list(_SHARED["amounts"])
HOME = tuple(_pair(_SHARED["home"][part]) for part in ("title", "description", "body"))
CATEGORIES = [_category(item) for item in _data("categories.yml")]
TOPICS = {category: [_topic(item) for item in items] for category, items in _data("topics.yml").items()}


# --------------------------------------------------------------------------------------
# The generator.
# --------------------------------------------------------------------------------------

_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
HAN_CHAR = re.compile(f"[{_HAN}]")
EN_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|\d[\d,.]*")
_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_HAN_THEN_LATIN = re.compile(f"([{_HAN}])([A-Za-z0-9])")
_LATIN_THEN_HAN = re.compile(f"([A-Za-z0-9%])([{_HAN}])")
_HAN_SPACE_HAN = re.compile(f"(?<=[{_HAN}]) (?=[{_HAN}])")

ZH_MIN, ZH_MAX = 400, 1500      # Chinese characters in a Chinese body
EN_MIN, EN_MAX = 250, 900       # words in an English body
TITLE_MAX = 100                 # what helpcenter.articles allows


def zh_spacing(text: str) -> str:
    """A space between Chinese and Latin letters or digits, as the project's articles write it,
    and none between two Chinese characters (e.g. after an amount in 元)."""
    text = _LATIN_THEN_HAN.sub(r"\1 \2", _HAN_THEN_LATIN.sub(r"\1 \2", text))
    return _HAN_SPACE_HAN.sub("", text)


def han_count(text: str) -> int:
    """Chinese characters of a Chinese text (what the length limits count)."""
    return len(HAN_CHAR.findall(text))


def word_count(text: str) -> int:
    """Words of an English Markdown text, link targets left out."""
    return len(EN_WORD.findall(_LINK_TARGET.sub("]", text)))


_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)   # libyaml when PyYAML has it


def front_matter(fields: dict) -> str:
    """Front matter that reads back as `fields` (plain scalars where YAML allows them)."""
    return "---\n" + yaml.dump(fields, Dumper=_DUMPER, allow_unicode=True, sort_keys=False, width=10**6) + "---\n"


def _money(value: float, lang: str, cents: bool = True) -> str:
    text = f"{value:,.2f}" if cents else f"{value:,.0f}"
    return f"{text} 元" if lang == "zh" else f"¥{text}"


def make_fill(rng: random.Random, details: dict[str, tuple]) -> dict[str, dict[str, str]]:
    """The per-article values the templates refer to, in both languages."""
    bank, bank2 = rng.sample(POOLS["bank"], 2)
    chosen = {"bank": bank, "device": rng.choice(POOLS["device"]),
              "place": rng.choice(POOLS["place"]), "when": rng.choice(POOLS["when"]),
              "person": rng.choice(POOLS["person"]), "detail": None}
    for kind, entry in details.items():
        kind = FILL_KIND.get(kind, kind)
        chosen[kind if kind in chosen else "detail"] = entry
    if chosen["bank"][0] == bank2[0]:
        bank2 = bank
    amount = rng.choice(AMOUNTS) + rng.choice([0, 0, 0, 0.5, 0.8, 0.9, 0.99])
    small = rng.choice([2, 3, 5, 8, 10, 12, 15, 20, 30, 50])
    large = rng.choice([8000, 12000, 15000, 26000, 38000, 45000, 60000, 88000, 120000])
    single = rng.choice([2000, 5000, 10000, 20000])
    daily = single * rng.choice([2, 3, 5])
    year = rng.choice([200000, 500000])
    days = rng.choice(DAYS)
    hours, minutes, tries = rng.choice([2, 6, 12, 24, 48, 72]), rng.choice([5, 10, 15, 30]), rng.choice([3, 5, 6])
    fee, min_fee, quota = rng.choice(["0.1%", "0.15%", "0.2%"]), rng.choice([0.1, 0.5, 1]), rng.choice([1000, 2000, 5000])
    clock = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    version = f"5.{rng.randint(2, 18)}.{rng.randint(0, 9)}"
    fill = {}
    for n, lang in enumerate(LANGS):
        word = 0 if lang == "zh" else 2   # zh, or en as used in a sentence
        values = {kind: chosen[kind][word] for kind in ("bank", "device", "place", "when", "person")}
        values.update({
            "bank2": bank2[word],
            "amount": _money(amount, lang), "amount_small": _money(small, lang),
            "amount_large": _money(large, lang, False),
            "limit_single": _money(single, lang, False), "limit_daily": _money(daily, lang, False),
            "limit_year": _money(year, lang, False), "free_quota": _money(quota, lang, False),
            "min_fee": _money(min_fee, lang), "fee_rate": fee, "days": days[n], "clock": clock, "version": version,
            "hours": f"{hours} 小时" if lang == "zh" else f"{hours} hours",
            "minutes": f"{minutes} 分钟" if lang == "zh" else f"{minutes} minutes",
            "tries": str(tries),
            "detail": chosen["detail"][word] if chosen["detail"] else "",
        })
        for key, (zh, en) in MENUS.items():
            values[key] = f"“{zh}”" if lang == "zh" else f"**{en}**"
        fill[lang] = values
    return fill


class PlannedArticle:
    """One planned article: where it goes, what it is about and its titles."""
    __slots__ = ("index", "category", "topic", "slug", "src", "title", "details")

    def __init__(self, index, category, topic, slug, title, details):
        self.index, self.category, self.topic, self.slug = index, category, topic, slug
        self.src = f"{category['slug']}/{slug}.md"
        self.title, self.details = title, details


def _title_combos(topic: dict, seed: int):
    """Title choices for a topic, in the order they are used: the plain title, then each
    template with each detail, then with a time added, and a number only as a last resort."""
    rng = random.Random(f"titles:{seed}:{topic['slug']}")
    templates = list(enumerate(topic["titles"]))
    plain = [(i, None) for i, t in templates if not t[0]]
    detailed = [(i, entry) for i, t in templates if t[0] for entry in POOLS[t[0]]]
    rng.shuffle(detailed)
    for i, entry in plain + detailed:
        yield i, entry, None, None
    with_time = [(i, entry, when) for i, entry in plain + detailed
                 if topic["titles"][i][0] != "when" for when in POOLS["when"]]
    rng.shuffle(with_time)
    for i, entry, when in with_time:
        yield i, entry, when, None
    number = 2
    while True:
        yield plain[0][0], None, None, number
        number += 1


def _render_title(topic: dict, combo) -> tuple[tuple[str, str], dict[str, tuple]]:
    i, entry, when, number = combo
    kind, zh, en = topic["titles"][i]
    details = {}
    if entry is not None:
        zh, en = zh.replace("{x}", entry[0]), en.replace("{x}", entry[1])
        details[kind] = entry
    if when is not None:
        zh, en = f"{zh}（{when[0]}）", f"{en} ({when[1]})"
        details["when"] = when
    if number is not None:
        zh, en = f"{zh}（{number}）", f"{en} ({number})"
    return (zh_spacing(zh), en), details


def plan_corpus(count: int, seed: int = 1, reserved: dict[str, set[str]] | None = None) -> list[PlannedArticle]:
    """Which articles there are: categories in turn, topics in turn within a category,
    each with a title that no other article of its language has (nor one of ``reserved``)
    and that is not too long for a title."""
    width = max(4, len(str(count)))
    combos = {}
    used = {lang: set((reserved or {}).get(lang, ())) for lang in LANGS}
    articles = []
    for index in range(count):
        category = CATEGORIES[index % len(CATEGORIES)]
        topics = TOPICS[category["slug"]]
        topic = topics[(index // len(CATEGORIES)) % len(topics)]
        source = combos.setdefault(topic["slug"], _title_combos(topic, seed))
        while True:
            title, details = _render_title(topic, next(source))
            if (title[0] not in used["zh"] and title[1] not in used["en"]
                    and max(len(title[0]), len(title[1])) <= TITLE_MAX):
                break
        used["zh"].add(title[0])
        used["en"].add(title[1])
        slug = f"{topic['slug']}-{index + 1:0{width}d}"
        articles.append(PlannedArticle(index, category, topic, slug, title, details))
    return articles


def pick_links(article: PlannedArticle, articles: list[PlannedArticle], by_category: dict[str, list[int]],
               rng: random.Random) -> list[PlannedArticle]:
    """1-3 other articles to link to: the same category first, then related ones."""
    if len(articles) < 2:
        return []
    wanted = min(rng.choice([1, 1, 2, 2, 3]), len(articles) - 1)
    me = article.index
    same = [j for j in by_category[article.category["slug"]]
            if j != me and articles[j].topic is not article.topic]
    related = [j for c in article.topic["related"] for j in by_category.get(c, [])]
    chosen: list[int] = []
    for pool in (same, related, same + related):
        if pool and len(chosen) < wanted:
            for _ in range(4):
                j = rng.choice(pool)
                if j != me and j not in chosen:
                    chosen.append(j)
                    break
    while len(chosen) < wanted:
        j = rng.randrange(len(articles))
        if j != me and j not in chosen:
            chosen.append(j)
    return [articles[j] for j in chosen]


def _href(source: PlannedArticle, target: PlannedArticle) -> str:
    if source.category is target.category:
        return f"{target.slug}.md"
    return f"../{target.category['slug']}/{target.slug}.md"


class Block:
    """A paragraph, list, table or admonition in both languages, with its length."""
    __slots__ = ("zh", "en", "han", "words", "pad", "link")

    def __init__(self, zh: str, en: str, pad: bool = False):
        self.zh, self.en, self.pad = zh_spacing(zh), en, pad
        self.link = "](" in en
        self.han, self.words = han_count(self.zh), word_count(en)


def _join(pairs: list[tuple[str, str]]) -> tuple[str, str]:
    return "".join(p[0] for p in pairs), " ".join(p[1] for p in pairs)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lower_item(text: str) -> str:
    """'Screenshot of the error' -> 'screenshot of the error', but 'ID document' stays."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def _prep_list(items: list[tuple[str, str]]) -> tuple[str, str]:
    zh = [i[0] for i in items]
    en = [_lower_item(i[1]) for i in items]
    if len(items) == 1:
        return zh[0], en[0]
    zh_last = "以及" if any("和" in item for item in zh) else "和"
    if any(" and " in item or "," in item for item in en):
        return "、".join(zh[:-1]) + zh_last + zh[-1], "; ".join(en[:-1]) + "; and " + en[-1]
    return "、".join(zh[:-1]) + zh_last + zh[-1], ", ".join(en[:-1]) + " and " + en[-1]


def build_article(article: PlannedArticle, links: list[PlannedArticle], seed: int) -> list[dict]:
    """The article in zh and en, built from the same choices: per language its front matter
    fields (title, description, urgency, prepare, keywords) and its Markdown body."""
    rng = random.Random(f"article:{seed}:{article.index}")
    topic, category = article.topic, article.category
    fill = make_fill(rng, article.details)

    def f(pair) -> tuple[str, str]:
        return pair[0].format_map(fill["zh"]), pair[1].format_map(fill["en"])

    facts = topic["facts"]
    sections: list[dict] = []

    # A: what is going on, and the line tying the body to the title's detail.
    intros = topic["intro"][:rng.choice([1, 2, 2])]
    sentences = [f(p) for p in intros]
    for kind in article.details:
        lines = topic["detail_lines"].get(kind) or CTX_LINES.get(FILL_KIND.get(kind, kind))
        if lines:
            sentences.append(f(rng.choice(lines)))
    sec_a = dict(head=f(rng.choice(HEAD_INTRO)) if rng.random() < 0.5 else None,
                 blocks=[Block(*_join(sentences))])
    sections.append(sec_a)

    # B: causes (or, for how-to topics, the cases and facts) as a bullet list.
    causes = topic["causes"]
    picked = sorted(rng.sample(range(len(causes)), rng.randint(min(3, len(causes)), min(5, len(causes)))))
    bullets = []
    for i in picked:
        zh_label, zh_text, en_label, en_text = causes[i]
        zh_item, en_item = f((f"- **{zh_label}**：{zh_text}", f"- **{en_label}:** {en_text}"))
        bullets.append((zh_item, en_item))
    head = rng.choice(topic["causes_heading"] or HEAD_CAUSES)
    lead = rng.choice(FACT_LEADS if facts else CAUSE_LEADS)
    sec_b = dict(head=f(head), blocks=[Block(*f(lead)),
                                       Block("\n".join(b[0] for b in bullets), "\n".join(b[1] for b in bullets))])
    sections.append(sec_b)

    # C: numbered steps, in their order, sometimes with a closing step and an admonition.
    steps = list(topic["steps"])
    if len(steps) > 4 and rng.random() < 0.4:
        del steps[rng.randrange(1, len(steps) - 1)]
    if len(steps) < 7 and rng.random() < 0.5:
        steps.append(rng.choice(STEP_FINAL))
    zh_steps, en_steps = zip(*(f(s) for s in steps))
    blocks = []
    if rng.random() < 0.6:
        blocks.append(Block(*f(rng.choice(STEP_LEADS))))
    blocks.append(Block("\n".join(f"{n}. {s}" for n, s in enumerate(zh_steps, 1)),
                        "\n".join(f"{n}. {s}" for n, s in enumerate(en_steps, 1))))
    if rng.random() < 0.25:
        kind, zh_title, en_title, zh_body, en_body = rng.choice([category["admonition"]] * 2 + GLOBAL_ADMONITIONS)
        zh_body, en_body = f((zh_body, en_body))
        blocks.append(Block(f'!!! {kind} "{zh_title}"\n    {zh_body}', f'!!! {kind} "{en_title}"\n    {en_body}'))
    sections.append(dict(head=f(rng.choice(HEAD_STEPS)), blocks=blocks))

    # D: a small table in about 30% of articles.
    if rng.random() < 0.3:
        t_head, t_lead, t_header, t_rows = category["table"]
        rows = t_rows if len(t_rows) <= 3 else [t_rows[i] for i in sorted(rng.sample(range(len(t_rows)),
                                                                                     rng.randint(3, len(t_rows))))]

        def table(lang: int) -> str:
            header = t_header[lang].split(" | ")
            out = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
            out += ["| " + f(row)[lang] + " |" for row in rows]
            return "\n".join(out)

        sections.append(dict(head=f(t_head), blocks=[Block(*f(t_lead)), Block(table(0), table(1))], optional=True))

    # E: tips in about 40% of articles.
    if rng.random() < 0.4:
        tips = rng.sample(topic["tips"], rng.randint(2, len(topic["tips"])))
        if rng.random() < 0.5:
            tips.append(rng.choice(GENERIC_TIPS))
        zh_tips, en_tips = zip(*(f(t) for t in tips))
        sections.append(dict(head=f(rng.choice(HEAD_TIPS)),
                             blocks=[Block("\n".join(f"- {t}" for t in zh_tips), "\n".join(f"- {t}" for t in en_tips))],
                             optional=True, tips=True))

    # F: what to have ready when contacting support, and links to other articles.
    prepare_idx = sorted(rng.sample(range(len(topic["prepare"])), rng.randint(2, min(5, len(topic["prepare"])))))
    prepare = [topic["prepare"][i] for i in prepare_idx]
    prep_zh, prep_en = _prep_list(prepare)
    contact_zh, contact_en = rng.choice(CONTACT_PREP)
    contact = (contact_zh.replace("{prep}", prep_zh), contact_en.replace("{prep}", prep_en))
    sec_f = dict(head=f(rng.choice(HEAD_CONTACT)) if rng.random() < 0.85 else None,
                 blocks=[Block(*_join([contact, f(rng.choice(CONTACT_CLOSE))]))])
    if len(links) == 1 or (links and rng.random() < 0.3):
        first, rest = links[0], links[1:]
        t_zh, t_en = rng.choice(LINK_INLINE)
        href = _href(article, first)
        target = sec_b if rng.random() < 0.4 else sec_f
        target["blocks"].append(Block(t_zh.format(t=first.title[0], h=href), t_en.format(t=first.title[1], h=href)))
    else:
        rest = links
    if rest:
        lead = rng.choice(LINK_LIST_LEADS)
        sec_f["blocks"].append(Block(lead[0] + "\n\n" + "\n".join(f"- [{a.title[0]}]({_href(article, a)})" for a in rest),
                                     lead[1] + "\n\n" + "\n".join(f"- [{a.title[1]}]({_href(article, a)})" for a in rest)))
    sections.append(sec_f)

    # 2-5 headings: drop the overview heading, then the tips, while there are too many.
    def headings() -> int:
        return sum(1 for s in sections if s["head"])
    if headings() > 5:
        sec_a["head"] = None
    if headings() > 5:
        sections[:] = [s for s in sections if not s.get("tips")]

    # Length: add paragraphs of shared sentences up to a per-article target, within the limits.
    def totals() -> tuple[int, int]:
        han = sum(b.han for s in sections for b in s["blocks"]) + sum(han_count(s["head"][0]) for s in sections if s["head"])
        words = sum(b.words for s in sections for b in s["blocks"]) + sum(word_count(s["head"][1]) for s in sections if s["head"])
        return han, words

    # Topic sentences not used yet come first, then the category's, then general ones.
    more = MORE_FACT if facts else MORE_CAUSE
    extra = [(more[0].format(label=causes[i][0], text=causes[i][1]),
              more[1].format(label=_capital(causes[i][2]), text=causes[i][3])) for i in range(len(causes))
             if i not in picked]
    extra += topic["intro"][len(intros):]
    if not any(s.get("tips") for s in sections):
        extra += topic["tips"]
    general = list(GLOBAL_PADS)
    rng.shuffle(general)
    topical = extra + list(category["pads"])
    rng.shuffle(topical)
    # At most 8 general sentences, unless more are needed to reach the minimum length.
    pool = [f(p) for p in topical + general[:8]]
    reserve = [f(p) for p in general[8:]]
    target = int(rng.triangular(ZH_MIN + 60, ZH_MAX - 200, 750))
    han, words = totals()
    slots = [sec_a, sec_b, sections[2], sec_f]
    used_slots = {id(slot): 0 for slot in slots}

    def short() -> bool:
        return han < ZH_MIN + 20 or words < EN_MIN + 10

    while (pool or (reserve and short())) and (han < target or short()):
        if not pool:
            pool, reserve = reserve, []
        size = rng.randint(2, 3)
        sentences, pool = pool[:size], pool[size:]
        block = Block(*_join(sentences), pad=True)
        if han + block.han > ZH_MAX - 40 or words + block.words > EN_MAX - 30:
            if not short():
                break
            continue
        open_slots = [slot for slot in slots if used_slots[id(slot)] < 2] or slots
        slot = rng.choice(open_slots)
        used_slots[id(slot)] += 1
        at = next((k for k, b in enumerate(slot["blocks"]) if b.link), len(slot["blocks"]))
        slot["blocks"].insert(at, block)
        han, words = han + block.han, words + block.words
    while (han > ZH_MAX or words > EN_MAX) and any(b.pad for s in sections for b in s["blocks"]):
        for s in sections:
            for b in s["blocks"]:
                if b.pad:
                    s["blocks"].remove(b)
                    break
            else:
                continue
            break
        han, words = totals()

    keywords = _keywords(rng, topic, article.details)
    description = f(rng.choice(topic["descriptions"]))
    out = []
    for n, lang in enumerate(LANGS):
        parts = []
        for s in sections:
            if s["head"]:
                parts.append("## " + (zh_spacing(s["head"][0]) if lang == "zh" else s["head"][1]))
            parts += [b.zh if lang == "zh" else b.en for b in s["blocks"]]
        out.append({"title": article.title[n],
                    "description": zh_spacing(description[0]) if lang == "zh" else description[1],
                    "urgency": topic["urgency"],
                    "prepare": [zh_spacing(p[0]) if lang == "zh" else p[1] for p in prepare],
                    "keywords": keywords[n], "body": "\n\n".join(parts) + "\n"})
    return out


def _keywords(rng: random.Random, topic: dict, details: dict[str, tuple]) -> tuple[list[str], list[str]]:
    """4-10 keywords per language, with the title's detail (a bank, a device...) among them."""
    out = []
    for n in range(2):
        pool = topic["keywords"][n]
        words = rng.sample(pool, rng.randint(4, min(9, len(pool))))
        for kind, entry in details.items():
            if kind != "when":
                word = entry[0] if n == 0 else entry[2]
                if word not in words and len(words) < 10:
                    words.append(word)
        out.append([zh_spacing(w) for w in words] if n == 0 else words)
    return out[0], out[1]


class Validator:
    """Each article as the project reads it (helpcenter.articles.load_article, with the
    urgency levels and channels of data/contact.yml): a generated file the checks would
    refuse fails here, naming the article and the topic its data comes from."""

    def __init__(self, contact_file: Path = CONTACT_FILE):
        book = load_contact(contact_file)
        self.urgency_levels, self.channels, self.shown = book.urgency_levels, list(book.channels), book.shown_channels

    def article(self, text: str, path: Path, src: str, lang: str, topic: str) -> Article:
        try:
            return load_article(text, path=shown_path(path), src_uri=src, lang=lang, urgency_levels=self.urgency_levels,
                                channel_names=self.channels, shown_channels=self.shown)
        except ContentErrors as error:
            raise ValueError(f"generated {lang} article {src} (topic {topic} of {shown_path(DATA / 'topics.yml')}) "
                             f"is not a valid article: {error}") from None


def article_texts(parts: list[dict], path: dict[str, Path], src: str, topic: str, validator: Validator) -> list[str]:
    """The files of one article in zh and en: the translation marked as translated from
    the source's content_hash, as `helpcenter mark-translated` marks it; both validated."""
    texts, source = [], None
    for lang, part in zip(LANGS, parts):
        body = part.pop("body")
        text = front_matter(part) + "\n" + body
        if source is not None:
            text = mark_translated(text, source.content_hash)
        article = validator.article(text, path[lang], src, lang, topic)
        source = source or article   # the first language is the source the others translate
        texts.append(text)
    return texts


def _linked_pages(body: str, src_uri: str) -> list[str]:
    """The pages of the same language that a page's Markdown links to (src paths), read as
    check_links reads them: outside fenced code, relative .md targets."""
    here = posixpath.dirname(src_uri)
    found = []
    for _, line in body_lines(body):
        for bang, _, target in _LINK.findall(line):
            target = target.split("#")[0].split("?")[0]
            if bang or not target.endswith(".md") or _SCHEME.match(target) or target.startswith("/"):
                continue
            linked = posixpath.normpath(posixpath.join(here, target))
            if not linked.startswith(".."):
                found.append(linked)
    return found


def project_pages(docs_root: Path = PROJECT_DOCS, common_problems: Path = COMMON_PROBLEMS_FILE) -> list[str]:
    """The project's pages a build of any docs folder needs: the articles named in
    data/common_problems.yml and, in turn, the pages they link to (src paths, e.g.
    'payments/payment-failed.md'), as the project's own loaders read them."""
    if not common_problems.is_file():
        return []
    book = load_contact(CONTACT_FILE)
    libraries = {lang: load_library(markdown_files(docs_root / lang), lang, book)
                 for lang in LANGS if (docs_root / lang).is_dir()}
    if LANGS[0] not in libraries:
        return []
    todo = [article.src_uri for article in load_common_problems(common_problems, libraries[LANGS[0]])]
    found: list[str] = []
    while todo:
        src = todo.pop(0)
        if src in found:
            continue
        found.append(src)
        for library in libraries.values():
            body = library.bodies.get(src, ("", 1))[0]
            todo += [linked for linked in _linked_pages(body, src) if linked in library.files]
    return found


def _title_of(path: Path) -> str | None:
    front = parse_front_matter(path.read_text(encoding="utf-8"), shown_path(path))
    title = front.data.get("title")
    return str(title).strip() if title else None


def _page(title: str, description: str, body: str) -> str:
    return front_matter({"title": title, "description": description}) + "\n" + body + "\n"


def generate_corpus(docs_dir: Path, count: int, seed: int = 1, *, include_common_problems: bool = True) -> list[str]:
    """Write `count` articles per language under docs_dir/zh and docs_dir/en (same relative
    paths in both), plus docs_dir/{zh,en}/index.md (home) and one index.md per category.
    Return the list of article src paths relative to the language folder, e.g.
    ['cards/card-declined-0001.md', ...].

    With ``include_common_problems`` (the default) the project's articles that
    data/common_problems.yml names, and those they link to, are copied from docs/ too
    (see ``project_pages``), because the build requires them; they are not in the list
    returned, and no generated title repeats theirs."""
    docs_dir = Path(docs_dir)
    copied = project_pages() if include_common_problems else []
    reserved = {lang: {t for t in (_title_of(PROJECT_DOCS / lang / src) for src in copied
                                   if (PROJECT_DOCS / lang / src).is_file()) if t} for lang in LANGS}
    articles = plan_corpus(count, seed, reserved)
    by_category: dict[str, list[int]] = {}
    for a in articles:
        by_category.setdefault(a.category["slug"], []).append(a.index)
    roots = {lang: docs_dir / lang for lang in LANGS}
    for n, lang in enumerate(LANGS):
        for category in CATEGORIES:
            folder = roots[lang] / category["slug"]
            folder.mkdir(parents=True, exist_ok=True)
            (folder / "index.md").write_text(
                _page(category["name"][n], category["description"][n], category["intro"][n]), encoding="utf-8")
        home_title, home_desc, home_body = (part[n] for part in HOME)
        listing = "\n".join(f"- [{c['name'][n]}]({c['slug']}/index.md)" for c in CATEGORIES)
        (roots[lang] / "index.md").write_text(_page(home_title, home_desc, home_body + "\n\n" + listing),
                                             encoding="utf-8")
    for src in copied:
        for lang in LANGS:
            source, target = PROJECT_DOCS / lang / src, roots[lang] / src
            if source.is_file() and not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target)
            index = PROJECT_DOCS / lang / posixpath.dirname(src) / "index.md"
            if index.is_file() and not (target.parent / "index.md").exists():
                shutil.copyfile(index, target.parent / "index.md")
    validator = Validator()
    for article in articles:
        assert is_article(article.src), article.src
        rng = random.Random(f"links:{seed}:{article.index}")
        links = pick_links(article, articles, by_category, rng)
        paths = {lang: roots[lang] / article.src for lang in LANGS}
        texts = article_texts(build_article(article, links, seed), paths, article.src, article.topic["slug"], validator)
        for lang, text in zip(LANGS, texts):
            paths[lang].write_text(text, encoding="utf-8")
    made_languages(docs_dir)
    return [a.src for a in articles]


def made_languages(docs_dir: Path) -> list[str]:
    """The site's other languages (extra.alternate of mkdocs.yml, e.g. zh-Hant converted from zh
    by OpenCC), made from the written ones as `helpcenter new-lang` makes them, so that the
    corpus builds with this help center's configuration."""
    made = []
    for alternate in site_alternates():
        lang, name = alternate["lang"], alternate.get("converter")
        if lang in LANGS:
            continue
        origin = alternate.get("converted_from") or alternate.get("translated_from") or LANGS[0]
        convert_pages(docs_dir / origin, docs_dir / lang, converter(name), converted=name is not None)
        made.append(lang)
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="corpus", description="Write a seeded corpus of help-center articles (zh and en) for benchmarks.")
    parser.add_argument("out_dir", metavar="OUT_DIR", help="folder to write OUT_DIR/zh and OUT_DIR/en into")
    parser.add_argument("--count", type=int, required=True, help="articles per language")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default: 1)")
    parser.add_argument("--no-common-problems", action="store_true",
                        help="don't copy the articles of data/common_problems.yml from docs/ (the build needs them)")
    args = parser.parse_args(argv)
    if args.count < 0:
        parser.error("--count must not be negative")
    out = Path(args.out_dir)
    sources = generate_corpus(out, args.count, args.seed, include_common_problems=not args.no_common_problems)
    copied = [] if args.no_common_problems else project_pages()
    expected = set(sources) | {"index.md"} | {f"{c['slug']}/index.md" for c in CATEGORIES}
    expected |= set(copied) | {posixpath.join(posixpath.dirname(src), "index.md") for src in copied}
    written = sum(1 for lang in LANGS for src in expected if (out / lang / src).is_file())
    print(f"Wrote {written} files to {out}: per language (zh, en) {len(sources)} generated articles, "
          f"{len(CATEGORIES)} category pages, a home page"
          + (f" and {len(copied)} articles of data/common_problems.yml copied from docs/" if copied else "")
          + f" (seed {args.seed}).")
    for lang in LANGS:
        stray = sorted(p.relative_to(out / lang).as_posix() for p in (out / lang).rglob("*.md")
                       if p.relative_to(out / lang).as_posix() not in expected)
        if stray:
            print(f"warning: {out / lang} also holds {len(stray)} other Markdown files "
                  f"(e.g. {stray[0]}); use an empty folder for a corpus of exactly {args.count}.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
