"""Articles: the front matter schema, declared once, and loading an article from its file.

An article is any Markdown file in a category folder except ``index.md``; index pages
(the home page and the category pages) only carry a title and a description.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import PurePosixPath
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError, field_validator

from .errors import ContentError, ContentErrors
from .frontmatter import FrontMatter, parse_front_matter, without_bookkeeping
from .text import plain_text_problem

PlainText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]

FIXES = {
    "title": "write the customer's question as plain text, e.g. 'title: 账户被锁定了怎么办？'",
    "description": "write one plain sentence of at most 200 characters",
    "urgency": "use one of the urgency levels of data/contact.yml",
    "prepare": "list what the customer should have ready, one item per '- ' line",
    "keywords": "list what customers type that the text may not say, one per '- ' line",
    "channels": "list channel names of data/contact.yml, e.g. 'channels: [chat, phone]', or remove the field",
    "show": "use 'channel-table' or 'escalation-ladder', or remove the field",
    "lead": "write one plain sentence of at most 200 characters about the channel shown first, or remove the field",
    "translated_from": "let `helpcenter mark-translated` write it",
    "converted_from": "let `helpcenter new-lang` write it",
    "reviewed_from": "let `helpcenter mark-reviewed` write it",
    "untranslated": "translate the page, then run `helpcenter mark-translated` on it",
}
LENGTH_REASONS = {
    "title": " (longer titles are cut off in search results and on phones)",
    "description": " (search engines and the search box show about this much)",
    "prepare": " (one short item a customer can have ready)",
    "keywords": " (one word or short phrase a customer types)",
}
PLACEHOLDER = "TODO"
SHOWABLE = ("channel-table", "escalation-ladder")


def _plain(value: str) -> str:
    problem = plain_text_problem(value)
    if problem:
        raise ValueError(problem)
    return value


def page_hash(text: str) -> str:
    """Short hash of a page's file as a converter or translator reads it (its bookkeeping
    fields left out): what `converted_from` and `reviewed_from` record."""
    return hashlib.sha256(without_bookkeeping(text.lstrip("\ufeff")).encode("utf-8")).hexdigest()[:10]


class PageMeta(BaseModel):
    """Front matter of the home page and of category pages."""
    model_config = ConfigDict(extra="forbid")
    # In a language made from another (helpcenter/conversion.py): page_hash of the source page
    converted_from: str | None = None   # it was converted from (by `new-lang --convert`)
    reviewed_from: str | None = None    # a native reader reviewed it against (`mark-reviewed`)
    untranslated: str | None = None     # it is still a copy of, waiting for its translation
    title: Annotated[PlainText, Field(max_length=100)]
    description: Annotated[PlainText, Field(max_length=200)]
    hide: list[Literal["navigation", "toc", "path", "footer"]] = []   # parts of Material's page to leave out

    _plain_title = field_validator("title", "description")(_plain)



class ArticleMeta(PageMeta):
    """Front matter of an article: what writers fill in, checked before anything is built."""
    urgency: str
    prepare: Annotated[list[Annotated[PlainText, Field(max_length=120)]], Field(min_length=1, max_length=20)]
    keywords: Annotated[list[Annotated[PlainText, Field(max_length=60)]], Field(min_length=1, max_length=60)]
    channels: list[str] | None = None
    lead: Annotated[PlainText, Field(max_length=200)] | None = None   # the contact block's own lead
    show: list[str] = []
    translated_from: str | None = None   # in a translation: content_hash of the source it matches

    @field_validator("prepare", "keywords")
    @classmethod
    def _items_plain(cls, values: list[str]) -> list[str]:
        return [_plain(value) for value in values]

    @field_validator("lead")
    @classmethod
    def _lead_plain(cls, value: str | None) -> str | None:
        return None if value is None else _plain(value)

    @field_validator("show")
    @classmethod
    def _showable(cls, values: list[str]) -> list[str]:
        for value in values:
            if value not in SHOWABLE:
                raise ValueError(f"'{value}' is not one of {', '.join(SHOWABLE)}")
        return values


class Article(BaseModel):
    """A validated article: where it lives, what its front matter says, and its text."""
    path: str          # as shown to writers, e.g. docs/zh/account/account-locked.md
    src_uri: str       # relative to the language folder, e.g. account/account-locked.md
    lang: str
    meta: ArticleMeta
    body: str = ""
    body_line: int = 1  # line of the file where the body starts

    @property
    def content_hash(self) -> str:
        """Short hash of what a translator translates: the front matter texts and the body."""
        meta = self.meta
        text = "\n".join([meta.title, meta.description, *meta.prepare, *meta.keywords, self.body.strip()])
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]

    @property
    def slug(self) -> str:
        return PurePosixPath(self.src_uri).stem

    @property
    def category(self) -> str:
        return PurePosixPath(self.src_uri).parent.as_posix()

    @property
    def url(self) -> str:
        """The article's URL relative to its language root, e.g. account/account-locked/."""
        return PurePosixPath(self.src_uri).with_suffix("").as_posix() + "/"


def is_article(src_uri: str) -> bool:
    path = PurePosixPath(src_uri)
    return path.suffix == ".md" and path.name != "index.md" and len(path.parts) >= 2


def _describe(item: dict[str, Any]) -> tuple[str, str]:
    """(field, message) for one pydantic error, in a writer's words."""
    loc = [str(part) for part in item["loc"]]
    name = loc[0] if loc else "front matter"
    field = name + "".join(f"[{part}]" for part in loc[1:])
    kind, value = item["type"], item.get("input")
    if kind == "missing":
        return name, f"{name} is missing"
    if kind == "extra_forbidden":
        return name, f"'{name}' is not a known field"
    if kind in ("list_type", "string_type"):
        wanted = "a list" if kind == "list_type" else "text"
        return name, f"{field} must be {wanted}, not {type(value).__name__} {value!r}"
    if kind == "too_short" and isinstance(value, list):
        return name, f"{field} must have at least one item"
    if kind == "string_too_short":
        return name, f"{field} must not be empty"
    if kind == "string_too_long":
        why = LENGTH_REASONS.get(name, "")
        return name, f"{field} is {len(value)} characters long, at most {item['ctx']['max_length']} allowed{why}"
    if kind == "too_long" and isinstance(value, list):
        return name, f"{field} has {len(value)} items, at most {item['ctx']['max_length']} allowed"
    return name, f"{field} {item['msg'].removeprefix('Value error, ')}"


RESERVED = {  # front matter MkDocs or Material act on, which the help center decides itself
    "template": "the help center chooses each page's template",
    "search": "search is the help center's own (keywords: tells it what customers type)",
    "status": "the help center does not mark pages with a status",
    "icon": "pages have no icons", "subtitle": "pages have no subtitle",
    "redirect": "pages are published at the address of their file",
}


def validate_meta(model: type[PageMeta], front: FrontMatter, path: str) -> list[ContentError]:
    problems = [ContentError(path, f"'{name}' is not for articles: {why}", f"remove the '{name}:' line",
                             front.lines.get(name)) for name, why in RESERVED.items() if name in front.data]
    data = {key: value for key, value in front.data.items() if key not in RESERVED}
    try:
        model.model_validate(data)
    except ValidationError as error:
        for item in error.errors():
            name, message = _describe(item)
            line = front.document.line_of(item["loc"]) if front.document else front.lines.get(name)
            problems.append(ContentError(path, message, FIXES.get(name, "remove the field or correct its name"), line))
    return problems


def load_article(text: str, *, path: str, src_uri: str, lang: str,
                 urgency_levels: list[str], channel_names: list[str],
                 shown_channels: list[str] | None = None) -> Article:
    """Validate an article's front matter against the schema and the contact data
    (`shown_channels`: the channels customers see; default: all of `channel_names`)."""
    shown_channels = channel_names if shown_channels is None else shown_channels
    front = parse_front_matter(text, path)
    problems = validate_meta(ArticleMeta, front, path)
    if not problems:
        meta = ArticleMeta.model_validate(front.data)
        if meta.urgency not in urgency_levels:
            problems.append(ContentError(
                path, f"urgency '{meta.urgency}' is not one of {', '.join(urgency_levels)}",
                FIXES["urgency"], front.lines.get("urgency")))
        for name in ("title", "description"):
            if PLACEHOLDER in getattr(meta, name):
                problems.append(ContentError(
                    path, f"{name} still has the template's {PLACEHOLDER}", FIXES[name], front.lines.get(name)))
        for name in meta.channels or []:
            if name not in channel_names:
                problems.append(ContentError(
                    path, f"channels: unknown channel '{name}', use one of {', '.join(channel_names)}",
                    FIXES["channels"], front.lines.get("channels")))
        if meta.channels is not None and not any(name in shown_channels for name in meta.channels):
            problems.append(ContentError(
                path, f"channels: {', '.join(meta.channels) or 'an empty list'} leaves the contact block with no "
                      f"channel a customer can see (hidden channels have show: false in data/contact.yml)",
                f"list at least one of {', '.join(shown_channels)}, or remove the field", front.lines.get("channels")))
        if meta.lead is not None and not meta.channels:
            problems.append(ContentError(
                path, "lead is only used with channels: (without them the urgency's lead speaks of its channels)",
                "remove lead, or give channels: too", front.lines.get("lead")))
    if problems:
        raise ContentErrors(problems)
    return Article(path=path, src_uri=src_uri, lang=lang, meta=meta, body=front.body,
                   body_line=front.body_line)


def load_page_meta(text: str, *, path: str) -> PageMeta:
    """Validate the front matter of a home or category page."""
    front = parse_front_matter(text, path)
    problems = validate_meta(PageMeta, front, path)
    if problems:
        raise ContentErrors(problems)
    return PageMeta.model_validate(front.data)
