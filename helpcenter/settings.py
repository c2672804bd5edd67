"""The project's own options in the MkDocs configs (`extra:` of mkdocs.yml), declared once,
with their defaults, and validated when a build starts: a typo is one line naming the option
and the fix, never a traceback."""
from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Annotated
from urllib.parse import urlsplit

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .contact import TimeZone
from .errors import ContentError, ContentErrors

# Keys of `extra` that Material for MkDocs reads; allowed beside ours.
MATERIAL_EXTRA = {"alternate", "analytics", "annotate", "consent", "generator", "homepage", "social", "status",
                  "tags", "version"}


def _https_or_empty(value: str) -> str:
    value = value.strip()
    parts = urlsplit(value)
    local = parts.scheme == "http" and parts.hostname in ("127.0.0.1", "localhost", "::1")   # trying it out
    if value and not local and (parts.scheme != "https" or not parts.netloc):
        raise ValueError(f"'{value}' must be an https:// address, or empty to keep answers in the browser only")
    return value


class Alternate(BaseModel):
    """One language of the site, as Material's language selector declares it."""
    model_config = ConfigDict(extra="forbid")
    name: Annotated[str, Field(min_length=1, max_length=40)]
    link: str
    lang: Annotated[str, Field(pattern=r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")]
    tag: Annotated[str, Field(pattern=r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")] | None = None   # BCP 47, for hreflang
    # Babel locale of dates and UI catalogs (overrides/locales/<locale>/), language_TERRITORY as
    # MkDocs looks catalogs up (zh_TW for zh-Hant); default: the code
    locale: Annotated[str, Field(pattern=r"^[a-z]{2,3}(?:_[A-Z]{2})?$")] | None = None
    translated_from: str | None = None   # the language its pages are translated from (default: the source)
    converted_from: str | None = None    # ... or converted from by OpenCC, with `converter`
    converter: str | None = None

    @field_validator("link")
    @classmethod
    def _folder(cls, value: str) -> str:
        if not value.startswith("/") or not value.endswith("/") or "//" in value or ".." in value:
            raise ValueError(f"'{value}' must be the language's folder, like / or /en/")
        return value


# The provinces' one-character names, as the filing numbers begin (mainland China only).
PROVINCES = "京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川贵黔云滇藏陕甘青宁新"
ICP_FILING = re.compile(rf"[{PROVINCES}]ICP[备证][0-9]{{6,10}}号(?:-[0-9]{{1,3}})?")
PUBLIC_SECURITY_FILING = re.compile(rf"[{PROVINCES}]公网安备([0-9]{{14}})号")


def _filing(pattern: re.Pattern, what: str):
    """A validator of one kind of filing number: empty, or in the registry's format."""
    def check(value: str) -> str:
        value = value.strip()
        if value and not pattern.fullmatch(value):
            raise ValueError(f"'{value}' is not {what}, or empty when the site has none")
        return value
    return check


_icp_filing = _filing(ICP_FILING, "an ICP filing number like 沪ICP备12345678号-1 (province, ICP备 or ICP证, "
                                  "its digits, 号, and the site's -N if it has one)")
_public_security_filing = _filing(PUBLIC_SECURITY_FILING, "a public security filing number like "
                                                          "沪公网安备31010402000001号 (province, 公网安备, 14 digits, 号)")


class Settings(BaseModel):
    """`extra:` of mkdocs.yml: the help center's options."""
    model_config = ConfigDict(extra="forbid")
    time_zone: TimeZone = "Asia/Shanghai"            # the day shown as "Last updated"
    feedback_endpoint: Annotated[str, AfterValidator(_https_or_empty)] = ""   # where "Was this helpful?" goes
    alternate: Annotated[list[Alternate], Field(min_length=1)]   # the languages; the first is the source, at /
    data_dir: str | None = None                       # another data folder (set by `build --data-dir`)
    # Mainland China: shown in the footer of every page, linked to the registries; empty: not shown.
    icp_filing: Annotated[str, AfterValidator(_icp_filing)] = ""                           # 沪ICP备12345678号-1
    public_security_filing: Annotated[str, AfterValidator(_public_security_filing)] = ""   # 沪公网安备31010402000001号

    @model_validator(mode="after")
    def _languages(self) -> "Settings":
        langs = [alt.lang for alt in self.alternate]
        if len(set(langs)) != len(langs):
            raise ValueError(f"alternate: a language is listed twice ({', '.join(langs)})")
        if self.alternate[0].link != "/":
            raise ValueError("alternate: the first language is the source and is published at /; give it link: /")
        for alt in self.alternate:
            origin = alt.converted_from or alt.translated_from
            if origin is not None and (origin not in langs or origin == alt.lang):
                raise ValueError(f"alternate: {alt.lang} is made from '{origin}', which is not another language "
                                 f"of the site ({', '.join(langs)})")
            if (alt.converted_from is None) != (alt.converter is None):
                raise ValueError(f"alternate: {alt.lang} needs both converted_from and converter (e.g. s2twp)")
        links = [alt.link for alt in self.alternate]
        if len(set(links)) != len(links):
            raise ValueError(f"alternate: two languages share a folder ({', '.join(links)})")
        if self.public_security_filing and not self.icp_filing:
            raise ValueError("public_security_filing is set but icp_filing is not: a site filed with the "
                             "public security bureau has an ICP filing number too; set icp_filing")
        return self


def _message(item: dict, known: list[str]) -> tuple[str, str]:
    location = ".".join(str(part) for part in item["loc"])
    name = str(item["loc"][0]) if item["loc"] else ""
    if item["type"] == "extra_forbidden":
        if len(item["loc"]) == 1:
            close = difflib.get_close_matches(name, known, n=1)
            return (f"extra.{location} is not an option of the help center",
                    f"did you mean '{close[0]}'?" if close else f"use one of {', '.join(known)}, or remove it")
        return f"extra.{location} is not a known field", "give each language name, link and lang"
    if item["type"] == "missing":
        return f"extra.{location} is missing", "see the comments in mkdocs.yml"
    return (f"extra.{location}: {item['msg'].removeprefix('Value error, ')}" if location else
            f"extra: {item['msg'].removeprefix('Value error, ')}", "see the comments in mkdocs.yml")


def load_settings(extra: dict, shown: str = "mkdocs.yml") -> Settings:
    """The validated options; ContentErrors with one line per mistake."""
    ours = {key: value for key, value in (extra or {}).items() if key not in MATERIAL_EXTRA or key == "alternate"}
    try:
        return Settings.model_validate(ours)
    except ValidationError as error:
        known = list(Settings.model_fields)
        raise ContentErrors([ContentError(shown, *_message(item, known)) for item in error.errors()]) from None


def check_site_url(site_url: str | None, shown: str = "mkdocs.yml") -> None:
    """site_url must be the absolute http(s) address the site is served at, ending in '/'."""
    parts = urlsplit(site_url or "")
    if parts.scheme not in ("http", "https") or not parts.netloc or not (site_url or "").endswith("/"):
        raise ContentErrors([ContentError(shown, f"site_url '{site_url}' must be the site's address, like "
                                          "https://help.example.com/ (ending in /)", "set site_url in mkdocs.yml")])


def read_settings(mkdocs_yml: Path) -> Settings:
    """The options of mkdocs.yml without MkDocs (for the command line)."""
    import yaml

    from .languages import config_loader
    shown = mkdocs_yml.name
    try:
        config = yaml.load(mkdocs_yml.read_text(encoding="utf-8"), Loader=config_loader()) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise ContentErrors([ContentError(shown, f"cannot be read: {str(error).splitlines()[0]}",
                                          "check the file (UTF-8, valid YAML)")]) from None
    if not isinstance(config, dict):
        raise ContentErrors([ContentError(shown, "is not a list of 'option: value' lines", "check the file")])
    return load_settings(config.get("extra") or {}, shown)
