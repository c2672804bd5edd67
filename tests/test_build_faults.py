"""The build runner never hides the cause: an exception in a child, a killed child, a full disk,
a killed build; always one clear line and no traceback, and the previous site/ untouched."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

from conftest import ROOT, run_build
from fault_tools import (HELPCENTER, alive, assert_one_clear_line, fill_blocks, fill_inodes, kill_9, load_cli,
                         mkdocs_processes, tmpfs, tree_digest, wait_for)

NOT_UTF8 = b"# Locked\n\nCaf\xe9 \xff\xfe\n"


def plain_mkdocs_project(folder: Path) -> Path:
    """The smallest MkDocs project (no hooks of ours), with one page that is not UTF-8."""
    (folder / "docs").mkdir(parents=True)
    (folder / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    (folder / "docs" / "bad.md").write_bytes(NOT_UTF8)
    config = folder / "mkdocs.yml"
    config.write_text("site_name: faults\ndocs_dir: docs\n", encoding="utf-8")
    return config


def test_an_unexpected_exception_in_a_child_is_one_line_with_its_message(tmp_path, capsys):
    cli = load_cli()
    config = plain_mkdocs_project(tmp_path)
    lang, code, output = cli.build_language("zh", tmp_path / "out", config)
    assert code != 0
    cli.report(lang, output, code, tmp_path / "out")
    shown = capsys.readouterr().err
    assert "[zh] the build stopped: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9" in shown, shown
    assert "Error reading page 'bad.md'" in shown      # MkDocs' own error line, naming the page
    assert "Traceback" not in shown and 'File "' not in shown and "^^^" not in shown, shown
    assert len([line for line in shown.splitlines() if "the build stopped" in line]) == 1


def test_a_traceback_printed_by_a_child_is_reduced_to_its_exception(tmp_path, capsys):
    """Whatever prints a traceback (here plain `python -m mkdocs`), report shows the exception, not frames."""
    config = plain_mkdocs_project(tmp_path)
    plain = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d", str(tmp_path / "out")],
                           cwd=ROOT, capture_output=True, text=True)
    assert "Traceback" in plain.stderr and plain.returncode != 0
    load_cli().report("en", plain.stdout + plain.stderr, plain.returncode)
    shown = capsys.readouterr().err
    assert "[en] the build stopped: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9" in shown, shown
    assert 'File "' not in shown and "^^^" not in shown, shown


def test_a_child_killed_by_a_signal_says_so(tmp_path, capsys):
    cli = load_cli()
    config = plain_mkdocs_project(tmp_path)
    (tmp_path / "docs" / "bad.md").unlink()
    out = tmp_path / "killed-out"
    result = {}
    worker = threading.Thread(target=lambda: result.update(run=cli.build_language("zh", out, config)))
    worker.start()
    children = wait_for(lambda: mkdocs_processes(str(out)), timeout=30, interval=0.005)
    assert children, "MkDocs never started"
    for pid in children:
        os.kill(pid, signal.SIGKILL)
    worker.join(30)
    lang, code, output = result["run"]
    assert code == -signal.SIGKILL
    cli.report(lang, output, code)
    assert "[zh] the build stopped: MkDocs was killed by SIGKILL (out of memory?)" in capsys.readouterr().err


def test_build_command_with_an_article_that_is_not_utf8_fails_without_a_traceback(tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", docs)
    (docs / "zh" / "account" / "zz-not-utf8.md").write_bytes(b"---\ntitle: x\n---\n" + NOT_UTF8)
    result = run_build(tmp_path / "site", "--docs-dir", str(docs))
    assert_one_clear_line(result, "zz-not-utf8.md", "was left as it was")
    assert not (tmp_path / "site").exists()


def test_build_onto_a_full_disk_says_so_and_keeps_the_previous_site(site, tmp_path):
    size = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    with tmpfs(tmp_path / "disk", size=size + (8 << 20)) as disk:
        shutil.copytree(site, disk / "site")
        before = tree_digest(disk / "site")
        fill_blocks(disk, leave=256 << 10)
        result = run_build(disk / "site")
        assert_one_clear_line(result, "the build stopped: no space left on ", f"{disk / 'site'} was left as it was")
        assert tree_digest(disk / "site") == before
        assert not list(disk.glob(".build-*")) and not (disk / "site.previous").exists()


def test_build_when_our_own_files_cannot_be_made_says_so_in_one_line(site, tmp_path):
    with tmpfs(tmp_path / "disk", size=64 << 20, inodes=1000) as disk:
        shutil.copytree(site, disk / "site")
        before = tree_digest(disk / "site")
        fill_inodes(disk)
        result = run_build(disk / "site")
        assert_one_clear_line(result, f"Build failed: no space left on {disk / '.build-'}",
                              f"{disk / 'site'} was left as it was")
        assert tree_digest(disk / "site") == before


def test_kill_9_of_a_build_takes_its_children_along_and_keeps_the_site(site, tmp_path):
    shutil.copytree(site, tmp_path / "site")
    before = tree_digest(tmp_path / "site")
    build = subprocess.Popen(HELPCENTER + ["build", "--site-dir", str(tmp_path / "site")], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        children = wait_for(lambda: mkdocs_processes(str(tmp_path)), timeout=60)
        assert children, "the build never started MkDocs"
    finally:
        kill_9(build)
    assert wait_for(lambda: not any(alive(pid) for pid in children), timeout=1.0), children
    assert tree_digest(tmp_path / "site") == before
    leftovers = list(tmp_path.glob(f".build-{build.pid}-*"))
    assert leftovers
    load_cli().remove_stale_work(tmp_path)      # what the next build does first
    assert not any(path.exists() for path in leftovers)
