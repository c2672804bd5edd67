"""Incident notices (data/incidents.yml): which to show, validated like every data file."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from .contact import Localized, TimeZone
from .errors import ContentError
from .paths import shown_path
from .languages import site_language_codes
from .text import plain_text_problem
from .yamlfile import load_yaml_file, validation_errors


class Incident(BaseModel):
    model_config = ConfigDict(extra="forbid")
    message: Localized
    article: str | None = None
    start: str
    end: str
    time_zone: TimeZone


    @field_validator("start", "end")
    @classmethod
    def _time(cls, value: str) -> str:
        try:
            datetime.strptime(value, "%Y-%m-%d %H:%M")
        except ValueError:
            raise ValueError(f"'{value}' is not a time like '2026-11-25 08:00'") from None
        return value

    @field_validator("message")
    @classmethod
    def _plain(cls, value: Localized) -> Localized:
        for text in value.root.values():
            problem = plain_text_problem(text)
            if problem:
                raise ValueError(problem)
        return value

    @model_validator(mode="after")
    def _ends_after_start(self) -> "Incident":
        if self.ends <= self.starts:
            raise ValueError(f"ends ({self.end}) before it starts ({self.start})")
        return self

    def _at(self, value: str) -> datetime:
        return datetime.strptime(value, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(self.time_zone))

    @property
    def starts(self) -> datetime:
        return self._at(self.start)

    @property
    def ends(self) -> datetime:
        return self._at(self.end)


class IncidentFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    incidents: list[Incident] = []


def load_incidents(path: Path, languages: list[str] | None = None) -> list[Incident]:
    """The incidents of data/incidents.yml (none when the file does not exist), validated."""
    if not path.exists() and not path.is_symlink():
        return []
    shown = shown_path(path)
    document = load_yaml_file(path, shown, "incidents file")
    try:
        return IncidentFile.model_validate(document.data if document.data is not None else {},
                                           context={"languages": languages or site_language_codes()}).incidents
    except ValidationError as error:
        raise validation_errors(error, document, shown) from None


@dataclass(frozen=True)
class Notice:
    message: str
    article_url: str | None
    starts: str   # ISO 8601, for the page to show and hide it on time
    ends: str
    active: bool  # active when built; a later one is rendered hidden until it starts


def notices(incidents: list[Incident], now: datetime, lang: str, urls: dict[str, str]) -> list[Notice]:
    """The incidents that have not ended at `now`, in one language; `urls` maps slug -> URL."""
    return [Notice(i.message.get(lang), urls.get(i.article) if i.article else None,
                   i.starts.isoformat(), i.ends.isoformat(), i.starts <= now)
            for i in incidents if i.ends > now]


def unknown_articles(incidents: list[Incident], slugs: set[str], shown: str) -> list[ContentError]:
    """An error for each incident that links to an article that does not exist."""
    return [ContentError(shown, f"article '{i.article}' does not exist",
                         "use the slug (file name without .md) of an article, or remove `article`")
            for i in incidents if i.article and i.article not in slugs]
