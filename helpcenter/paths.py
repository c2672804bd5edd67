"""Where things are in this repository, and paths as writers see them."""
from __future__ import annotations

from pathlib import Path

def project_root() -> Path:
    """The help center being built: the folder above the working folder that holds mkdocs.yml
    and data/ (so the installed command works in any checkout), else this package's checkout."""
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if (folder / "mkdocs.yml").is_file() and (folder / "data").is_dir():
            return folder
    return Path(__file__).resolve().parent.parent


ROOT = project_root()
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
