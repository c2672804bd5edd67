"""Contact routing: which channels an article suggests, in which order, with which links.

The channels and the urgency rules live in ``data/contact.yml``; this module validates that
file once and turns an article into the view of its contact block (plain data, no HTML).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.dates import get_day_names, get_timezone_name
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, RootModel, ValidationError, ValidationInfo, field_validator

from .errors import ContentError, ContentErrors
from .paths import shown_path
from .languages import catalog_locale, site_language_codes
from .text import plain_text_problem
from .yamlfile import load_yaml_file, validation_errors

SAFE_SCHEMES = ("https", "tel", "mailto")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_HOURS = re.compile(
    r"^(?P<first>[A-Za-z]{3})(?:-(?P<last>[A-Za-z]{3}))?\s+(?P<open>\d{2}:\d{2})-(?P<close>\d{2}:\d{2})$")


class Localized(RootModel[dict[str, str]]):
    """A text a customer sees, in every language of the site: {zh: ..., en: ...}. The languages
    are the site's (validation context "languages", from mkdocs.yml): none missing, none extra."""

    @field_validator("root")
    @classmethod
    def _every_language(cls, texts: dict[str, str], info: ValidationInfo) -> dict[str, str]:
        languages = (info.context or {}).get("languages") or list(texts)
        missing = [lang for lang in languages if lang not in texts]
        extra = [lang for lang in texts if lang not in languages]
        if missing:
            raise ValueError(f"has no text for {', '.join(missing)}; give one line per language "
                             f"({', '.join(f'{lang}: ...' for lang in languages)})")
        if extra:
            raise ValueError(f"'{extra[0]}' is not a language of the site ({', '.join(languages)})")
        cleaned = {}
        for lang, value in texts.items():
            value = value.strip()
            if not value:
                raise ValueError(f"{lang} must not be empty")
            problem = plain_text_problem(value, markup=False)   # escaped when shown; no invisible characters
            if problem:
                raise ValueError(f"{lang} {problem}")
            if len(value) > 300:
                raise ValueError(f"{lang} is {len(value)} characters long, at most 300 allowed")
            cleaned[lang] = value
        return cleaned

    def get(self, lang: str) -> str:
        return self.root[lang]


@dataclass(frozen=True)
class Hours:
    """Opening hours: the days (0 = Monday) and the minutes of the day it is open."""
    days: tuple[int, ...]
    open: int
    close: int

    @property
    def always(self) -> bool:
        return len(self.days) == 7 and self.open == 0 and self.close == 24 * 60

    @property
    def every_day(self) -> bool:
        return len(self.days) == 7

    @property
    def open_text(self) -> str:
        return f"{self.open // 60:02d}:{self.open % 60:02d}"

    @property
    def close_text(self) -> str:
        return f"{self.close // 60:02d}:{self.close % 60:02d}"


def known_time_zone(value: str) -> str:
    """`value` if it names a time zone (Asia/Shanghai); a ValueError saying the fix if not."""
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"'{value}' is not a known time zone; use a name like Asia/Shanghai") from None
    return value


TimeZone = Annotated[str, AfterValidator(known_time_zone)]


def parse_hours(text: str) -> Hours:
    """Parse 'Mon-Sun 08:00-22:00' (or 'Sat 10:00-16:00'); raise ValueError with the fix."""
    match = _HOURS.match(text.strip())
    if not match:
        raise ValueError(f"'{text}' is not like 'Mon-Sun 08:00-22:00'")
    first, last = match["first"].lower(), (match["last"] or match["first"]).lower()
    if first not in DAYS or last not in DAYS:
        raise ValueError(f"'{text}' has an unknown day; use {', '.join(d.title() for d in DAYS)}")
    start, end = DAYS.index(first), DAYS.index(last)
    days = tuple(range(start, end + 1)) if start <= end else tuple(range(start, 7)) + tuple(range(0, end + 1))
    minutes = []
    for value in (match["open"], match["close"]):
        hour, minute = int(value[:2]), int(value[3:])
        if hour > 24 or minute > 59 or (hour == 24 and minute):
            raise ValueError(f"'{value}' in '{text}' is not a time of day")
        minutes.append(hour * 60 + minute)
    if minutes[0] >= minutes[1]:
        raise ValueError(f"'{text}' closes before it opens; write the earlier time first")
    return Hours(days, minutes[0], minutes[1])


class Channel(BaseModel):
    model_config = ConfigDict(extra="forbid")
    label: Localized
    link: str
    web_link: str | None = None
    number: str | None = None
    address: str | None = None
    hours: str
    time_zone: TimeZone
    reply_time: Localized
    best_for: Localized
    lead: Localized   # the sentence above the channels when this channel is suggested first
    show: bool = True

    @field_validator("hours")
    @classmethod
    def _hours_parse(cls, value: str) -> str:
        parse_hours(value)
        return value


    @property
    def opening(self) -> Hours:
        return parse_hours(self.hours)


class Urgency(BaseModel):
    model_config = ConfigDict(extra="forbid")
    channels: list[str]
    lead: Localized
    shortcut: bool = False   # a "contact us now" link at the top of the article
    emphasis: bool = False   # the contact block and callouts drawn in the accent colour


class SocialLink(BaseModel):
    model_config = ConfigDict(extra="forbid")
    label: Localized
    link: str


class EscalationStep(BaseModel):
    model_config = ConfigDict(extra="forbid")
    step: Localized
    detail: Localized
    channels: list[str] = []
    links: list[SocialLink] = []


class ContactBook(BaseModel):
    """The whole of data/contact.yml, validated."""
    model_config = ConfigDict(extra="forbid")
    app_scheme: str
    channels: dict[str, Channel]
    urgency: dict[str, Urgency]
    escalation: list[EscalationStep] = []

    @property
    def urgency_levels(self) -> list[str]:
        return list(self.urgency)

    @property
    def shown_channels(self) -> list[str]:
        return [name for name, channel in self.channels.items() if channel.show]


def link_scheme(url: str) -> str:
    return urlsplit(url.strip()).scheme.lower()


# Schemes a browser or the system already handles: the app's own scheme must be none of them,
# or `app_scheme: javascript` would allow script links on every page.
STANDARD_SCHEMES = {"about", "blob", "chrome", "data", "file", "filesystem", "ftp", "http", "https", "javascript",
                    "mailto", "sms", "tel", "vbscript", "view-source", "ws", "wss", "intent", "content", "jar",
                    "resource", "ms-settings", "itms-services"}
_CUSTOM_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]{2,31}$")
Problem = tuple[tuple, str, str]   # (location in the file, what is wrong, the fix)


def meaning_problems(book: ContactBook) -> list[Problem]:
    """What the schema cannot see: safe links, known channel names, a shown channel for each urgency."""
    problems: list[Problem] = []
    scheme = book.app_scheme.strip().lower()
    if not _CUSTOM_SCHEME.match(scheme) or scheme in STANDARD_SCHEMES:
        problems.append((("app_scheme",), f"app_scheme '{book.app_scheme}' is not the app's own scheme "
                         "(standard schemes such as javascript, data, file, http(s), mailto or tel are not allowed)",
                         "write the scheme of the Lumi app's deep links, e.g. 'lumiwallet', in lowercase letters"))
    allowed = SAFE_SCHEMES + ((scheme,) if not problems else ())
    for name, channel in book.channels.items():
        for key in ("link", "web_link"):
            url = getattr(channel, key)
            if url is None:
                continue
            if link_scheme(url) not in allowed:
                problems.append((("channels", name, key), f"channels.{name}.{key}: '{url}' has a scheme that is "
                                 f"not allowed", f"use one of {', '.join(allowed)}"))
            elif key == "web_link" and link_scheme(url) != "https":
                problems.append((("channels", name, key), f"channels.{name}.web_link: '{url}' must be an https:// link",
                                 "give the web chat's https:// address"))
    shown = book.shown_channels
    for level, rule in book.urgency.items():
        for index, name in enumerate(rule.channels):
            if name not in book.channels:
                problems.append((("urgency", level, "channels", index), f"urgency.{level}.channels: unknown channel "
                                 f"'{name}'", f"use one of {', '.join(book.channels)}"))
        if not any(name in shown for name in rule.channels):
            listed = ", ".join(rule.channels) or "no channel"
            problems.append((("urgency", level, "channels"), f"urgency.{level}.channels: {listed} — no channel a "
                             "customer would see (hidden ones have show: false)",
                             f"list at least one of {', '.join(shown) or 'the channels'}"))
    for i, step in enumerate(book.escalation):
        for index, name in enumerate(step.channels):
            if name not in book.channels:
                problems.append((("escalation", i, "channels", index), f"escalation[{i}].channels: unknown channel "
                                 f"'{name}'", f"use one of {', '.join(book.channels)}"))
        for j, social in enumerate(step.links):
            if link_scheme(social.link) != "https":
                problems.append((("escalation", i, "links", j, "link"), f"escalation[{i}].links[{j}].link: "
                                 f"'{social.link}' must be an https:// link", "give the account's https:// address"))
    return problems


def link_scheme(url: str) -> str:
    return urlsplit(url.strip()).scheme.lower()


def load_contact(path: Path, languages: list[str] | None = None) -> ContactBook:
    """Read and validate the contact data file, every text in each of `languages` (default: the
    site's, from mkdocs.yml); raise ContentErrors naming field, line and fix."""
    shown = shown_path(path)
    document = load_yaml_file(path, shown, "contact data file")
    try:
        book = ContactBook.model_validate(document.data if document.data is not None else {},
                                          context={"languages": languages or site_language_codes()})
    except ValidationError as error:
        raise validation_errors(error, document, shown) from None
    problems = meaning_problems(book)
    if problems:
        raise ContentErrors([ContentError(shown, message, fix, document.line_of(location))
                             for location, message, fix in problems])
    return book


@dataclass(frozen=True)
class ContactOption:
    """One channel as an article's contact block shows it."""
    name: str
    label: str
    href: str
    web_href: str | None
    reply_time: str
    best_for: str
    hours: Hours
    time_zone: str
    number: str | None
    address: str | None
    days_label: str        # '' when open every day, else e.g. 'Mon–Fri' in the page's language
    time_zone_label: str   # e.g. '中国标准时间' / 'China Standard Time'


@dataclass(frozen=True)
class ContactBlock:
    urgency: str
    emphasis: bool
    lead: str
    options: list[ContactOption]
    prepare: list[str]


def days_label(hours: Hours, lang: str) -> str:
    """'' for every day, else the first and last day in the page's language (Babel's names)."""
    if hours.every_day:
        return ""
    names = get_day_names("abbreviated", locale=catalog_locale(lang))
    first, last = names[hours.days[0]], names[hours.days[-1]]
    return first if first == last else f"{first}–{last}"


def route(urgency: str, book: ContactBook, channels: list[str] | None = None) -> list[str]:
    """The names of the channels to suggest, first to last, leaving out hidden ones."""
    names = channels if channels else book.urgency[urgency].channels
    return [name for name in names if book.channels[name].show]


def lead_sentence(urgency: str, names: list[str], book: ContactBook, lang: str, own: str | None = None) -> str:
    """The sentence above the channels. It always speaks of the channel shown first: the
    urgency's lead when its first channel is the one shown first, else that channel's own
    lead (an article's `channels:` override, or a hidden channel, changed the order), unless
    the article gives its own `lead`."""
    if own:
        return own
    if not names:
        return book.urgency[urgency].lead.get(lang)
    if names[0] == book.urgency[urgency].channels[0]:
        return book.urgency[urgency].lead.get(lang)
    return book.channels[names[0]].lead.get(lang)


def mailto_href(address_link: str, subject: str, body: str) -> str:
    """A mailto: link with subject and body encoded so that any text survives."""
    return f"{address_link}?subject={quote(subject, safe='')}&body={quote(body, safe='')}"


def contact_block(*, slug: str, title: str, urgency: str, prepare: list[str], lang: str,
                  book: ContactBook, channels: list[str] | None = None,
                  email_subject: str, email_body: str, lead: str | None = None) -> ContactBlock:
    """The contact block of one article in one language (or of one passage of it, a callout)."""
    options = []
    names = route(urgency, book, channels)
    for name in names:
        channel = book.channels[name]
        href = channel.link.replace("{topic}", quote(slug, safe=""))
        if link_scheme(href) == "mailto":
            href = mailto_href(href, email_subject, email_body)
        web = channel.web_link.replace("{topic}", quote(slug, safe="")) if channel.web_link else None
        options.append(ContactOption(
            name=name, label=channel.label.get(lang), href=href, web_href=web,
            reply_time=channel.reply_time.get(lang), best_for=channel.best_for.get(lang),
            hours=channel.opening, time_zone=channel.time_zone,
            number=channel.number, address=channel.address,
            days_label=days_label(channel.opening, lang),
            time_zone_label=get_timezone_name(ZoneInfo(channel.time_zone), locale=catalog_locale(lang))))
    return ContactBlock(urgency=urgency, emphasis=book.urgency[urgency].emphasis, lead=lead_sentence(urgency, names, book, lang, lead),
                        options=options, prepare=list(prepare))


@dataclass(frozen=True)
class EscalationView:
    step: str
    detail: str
    options: list[ContactOption]
    links: list[tuple[str, str]]   # (label, https link)


def escalation_ladder(block: ContactBlock, book: ContactBook, lang: str) -> list[EscalationView]:
    """The escalation steps of the data file in one language; `block` lists every channel."""
    by_name = {option.name: option for option in block.options}
    return [EscalationView(step.step.get(lang), step.detail.get(lang),
                           [by_name[name] for name in step.channels if name in by_name],
                           [(link.label.get(lang), link.link) for link in step.links])
            for step in book.escalation]
