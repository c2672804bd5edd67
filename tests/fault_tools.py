"""Helpers of the fault tests (full disks, killed processes); not a test module itself."""
from __future__ import annotations

import errno
import hashlib
import importlib.util
import os
import shutil
import signal
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import ROOT
from helpcenter.languages import site_languages

HELPCENTER = [sys.executable, "-m", "helpcenter"]
PREFIXES = site_languages(ROOT / "mkdocs.yml")   # every language of the site


def load_cli():
    """The build runner (helpcenter/mkdocs_plugin/runner.py): build_language, report, build_site, ..."""
    from helpcenter.mkdocs_plugin import runner
    return runner


@contextmanager
def tmpfs(where: Path, size: int, inodes: int | None = None):
    """A small tmpfs mounted at `where` for the test, unmounted afterwards; skips without root."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    where.mkdir(parents=True, exist_ok=True)
    options = f"size={size}" + (f",nr_inodes={inodes}" if inodes else "")
    try:
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)],
                                 capture_output=True, text=True)
    except OSError as error:
        pytest.skip(f"cannot run mount: {error}")
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def fill_blocks(disk: Path, leave: int) -> None:
    """Write a file that leaves only about `leave` bytes free on `disk`."""
    stats = os.statvfs(disk)
    todo = stats.f_bavail * stats.f_frsize - leave
    chunk = b"\0" * (1 << 20)
    with open(disk / "filler", "wb") as handle:
        while todo > 0:
            handle.write(chunk[:min(todo, len(chunk))])
            todo -= len(chunk)


def fill_inodes(disk: Path) -> None:
    """Create empty files until the file system has no inode left."""
    folder = disk / "inode-filler"
    folder.mkdir()
    for number in range(1_000_000):
        try:
            (folder / str(number)).touch()
        except OSError as error:
            assert error.errno == errno.ENOSPC, error
            return


def tree_digest(folder: Path, skip: tuple[str, ...] = (".helpcenter-release",)) -> dict[str, str]:
    return {str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file() and path.name not in skip}


def mkdocs_processes(marker: str) -> list[int]:
    """Live (not zombie) processes running MkDocs whose command line mentions `marker`."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            command = Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
            state = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            continue
        if state not in ("Z", "X") and "mkdocs" in command and marker in command:
            found.append(int(entry))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def wait_for(condition, timeout: float, interval: float = 0.02):
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(interval)


def kill_9(process: subprocess.Popen) -> None:
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    if process.stdout:
        process.stdout.close()
    if process.stderr:
        process.stderr.close()


def assert_one_clear_line(result: subprocess.CompletedProcess, *expected: str) -> None:
    """Failed with exit code 1, said what (all of `expected`), and showed no traceback."""
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Traceback" not in output and 'File "' not in output, output
    for text in expected:
        assert text in result.stderr, output


def copy_of(site):
    """A build for publish(): a copy of an already built site (no MkDocs run)."""
    def build(folder: Path) -> bool:
        shutil.copytree(site, folder)
        return True
    return build


def verify(folder):
    """The checks publish() runs before the switch, for every language of the site."""
    from helpcenter.publish import verify_site
    return verify_site(folder, PREFIXES)
