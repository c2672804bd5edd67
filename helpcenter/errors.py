"""Content errors a writer can act on: file, line, what is wrong, how to fix it."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ContentError:
    path: str
    message: str
    fix: str = ""
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        fix = f" (fix: {self.fix})" if self.fix else ""
        return f"{where}: {self.message}{fix}"


class ContentErrors(Exception):
    """Raised with every error found, so a writer sees them all at once."""

    def __init__(self, errors: list[ContentError]):
        self.errors = list(errors)
        super().__init__("\n".join(str(e) for e in self.errors))
