"""When each article last changed, from git history, for the "Last updated" line.

One `git log` for a whole language folder instead of one per file. (The maintained plugin,
mkdocs-git-revision-date-localized-plugin 1.6.3, asks git for `--diff-filter=r`, which
Debian 12's git 2.39 answers with nothing, so every page fell back to the build date.)
Files git does not know yet (a writer's unsaved work, a generated corpus) use their mtime.
"""
from __future__ import annotations

import subprocess
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from babel.dates import format_date

from .languages import catalog_locale


def last_changes(folder: Path) -> dict[str, datetime]:
    """Path relative to `folder` -> time of the last commit that touched it."""
    try:
        top = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=folder, capture_output=True,
                             text=True, check=True).stdout.strip()
        log = subprocess.run(["git", "log", "--format=@%ct", "--name-only", "--no-renames", "--", "."],
                             cwd=folder, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return {}
    changes: dict[str, datetime] = {}
    when = None
    base = folder.resolve()
    for line in log.splitlines():
        if line.startswith("@"):
            when = datetime.fromtimestamp(int(line[1:]), tz=timezone.utc)
        elif line and when is not None:
            path = (Path(top) / line).resolve()
            try:
                relative = path.relative_to(base).as_posix()
            except ValueError:
                continue
            changes.setdefault(relative, when)   # newest first: keep the first seen
    return changes


def last_updated(path: Path, relative: str, changes: dict[str, datetime], zone: str) -> date:
    """The day an article last changed, in the help center's time zone."""
    when = changes.get(relative) or datetime.fromtimestamp(path.stat().st_mtime, tz=timezone.utc)
    return when.astimezone(ZoneInfo(zone)).date()


@dataclass(frozen=True)
class ShownDay:
    """A day as a page shows it: machine-readable and in the reader's language."""
    iso: str    # 2026-11-25
    text: str   # 2026年11月25日 / November 25, 2026


def shown_day(day: date, lang: str) -> ShownDay:
    return ShownDay(day.isoformat(), format_day(day, lang))


def format_day(day: date, lang: str) -> str:
    """'2026年11月25日' / 'November 25, 2026': the locale's long date format (Babel)."""
    return format_date(day, format="long", locale=catalog_locale(lang))
