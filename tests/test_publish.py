"""Self-hosted publishing: atomic switch, failures leave the live site alone, rollback."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, copy_project
from fault_tools import PREFIXES, copy_of, verify
from helpcenter.publish import PublishError, live_release, publish, releases, rollback, verify_site


def test_built_site_passes_verification(site):
    assert verify_site(site, PREFIXES) == []


def test_publish_switches_current_to_the_new_release(site, tmp_path):
    first = publish(tmp_path, copy_of(site), verify)
    assert (tmp_path / "current").is_symlink() and live_release(tmp_path) == first.resolve()
    assert (tmp_path / "current" / "en" / "index.html").is_file()


def test_crash_half_way_leaves_the_live_site_as_it_was(site, tmp_path):
    first = publish(tmp_path, copy_of(site), verify)

    def crashes(release: Path) -> bool:
        (release / "en").mkdir(parents=True)
        (release / "index.html").write_text("half", encoding="utf-8")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        publish(tmp_path, crashes, verify)
    assert live_release(tmp_path) == first.resolve()
    assert releases(tmp_path) == [first]


def test_a_site_that_fails_its_checks_does_not_go_live(site, tmp_path):
    first = publish(tmp_path, copy_of(site), verify)

    def without_english_home(release: Path) -> bool:
        shutil.copytree(site, release)
        (release / "en" / "index.html").unlink()
        return True

    with pytest.raises(PublishError, match="en: index.html is missing"):
        publish(tmp_path, without_english_home, verify)
    assert live_release(tmp_path) == first.resolve()


def test_rollback_returns_to_the_previous_release_and_old_ones_are_pruned(site, tmp_path):
    made = [publish(tmp_path, copy_of(site), verify) for _ in range(3)]
    assert releases(tmp_path) == made[1:]
    assert rollback(tmp_path) == made[1]
    assert live_release(tmp_path) == made[1].resolve()
    with pytest.raises(PublishError):
        rollback(tmp_path)


def test_publish_command_keeps_the_live_site_when_an_article_is_broken(tmp_path):
    project = copy_project(tmp_path / "project")
    target = tmp_path / "target"
    command = [sys.executable, "-m", "helpcenter"]
    ok = subprocess.run(command + ["publish", str(target)], cwd=project, capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    live = live_release(target)
    broken = project / "docs" / "en" / "account" / "zz-broken-publish.md"
    broken.write_text("---\ntitle: <b>x</b>\n---\n", encoding="utf-8")
    failed = subprocess.run(command + ["publish", str(target)], cwd=project, capture_output=True, text=True)
    assert failed.returncode == 1
    assert "docs/en/account/zz-broken-publish.md" in failed.stderr and "Traceback" not in failed.stderr
    assert live_release(target) == live and len(releases(target)) == 1
    back = subprocess.run(command + ["rollback", str(target)], cwd=project, capture_output=True, text=True)
    assert back.returncode == 1 and "no earlier release" in back.stderr
