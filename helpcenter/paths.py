"""Where things are in this repository, and paths as writers see them."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
CONTACT_FILE = DATA_DIR / "contact.yml"
SEARCH_DATA_DIR = DATA_DIR / "search"
LOCALES_DIR = ROOT / "overrides" / "locales"


def shown_path(path: Path) -> str:
    """A path as writers see it: relative to the repository (or the working folder) when it is inside it."""
    resolved = Path(path).absolute()
    for base in (ROOT, Path.cwd()):
        try:
            return resolved.relative_to(base).as_posix()
        except ValueError:
            continue
    return str(path)
