"""Self-hosted publishing under faults: concurrent publishes, kill -9 at several moments, a full
disk, leftovers of killed runs, a broken `current`, assets missing from the built pages."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import ROOT
from fault_tools import (HELPCENTER, PREFIXES, alive, assert_one_clear_line, copy_of, fill_blocks, fill_inodes,
                         kill_9, mkdocs_processes, tmpfs, tree_digest, verify, wait_for)
from helpcenter.publish import (LOCK, MARKER, WORK, PublishError, describe_os_error, exclusive,
                                live_release, new_release_id, publish, releases, rollback, verify_site)


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(HELPCENTER + list(args), cwd=ROOT, capture_output=True, text=True, timeout=120)


def work_left(target: Path) -> list[Path]:
    """What is in TARGET/.work (a publish in progress, or the leftovers of a killed one)."""
    return list((target / WORK).iterdir()) if (target / WORK).is_dir() else []


def assert_serves_a_complete_release(target: Path) -> None:
    live = live_release(target)
    assert live is not None and live in [r.resolve() for r in releases(target)]
    assert (live / MARKER).is_file()
    assert verify_site(target / "current", PREFIXES) == []


# -- checks before the switch: every stylesheet, script and image ------------------------------

def test_verification_finds_missing_stylesheets_scripts_and_images(site, tmp_path):
    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    css = next((copy / "assets" / "stylesheets").glob("helpcenter.*.css"))   # content-hashed names
    js = next((copy / "en" / "assets" / "javascripts").glob("helpcenter.*.js"))
    css.unlink()
    js.unlink()
    (copy / "en" / "assets" / "images" / "favicon.svg").unlink()
    page = copy / "account" / "account-locked" / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace(
        "</article>", '<img src="lock%20screen.png?v=2" alt="the lock message"></article>', 1), encoding="utf-8")

    problems = "\n".join(verify_site(copy, PREFIXES))
    assert f"assets/stylesheets/{css.name}, which is missing" in problems
    assert f"en/assets/javascripts/{js.name}, which is missing" in problems
    # the English 404 page loads it by absolute URL (/en/assets/...), the others relative to them
    assert "en/assets/images/favicon.svg, which is missing" in problems
    assert ("account/account-locked/index.html loads <img> lock%20screen.png?v=2: "
            "account/account-locked/lock screen.png, which is missing") in problems
    assert len(problems.splitlines()) == 4, problems   # one line per missing file, not per page

    (page.parent / "lock screen.png").write_bytes(b"\x89PNG")
    shutil.copy(site / "assets" / "stylesheets" / css.name, copy / "assets" / "stylesheets")
    assert "helpcenter.css" not in "\n".join(verify_site(copy, PREFIXES))
    assert "lock screen.png" not in "\n".join(verify_site(copy, PREFIXES))


def test_a_site_missing_a_stylesheet_does_not_go_live(site, tmp_path):
    first = publish(tmp_path, copy_of(site), verify)

    def without_stylesheet(folder: Path) -> bool:
        shutil.copytree(site, folder)
        next((folder / "assets" / "stylesheets").glob("helpcenter.*.css")).unlink()
        return True

    with pytest.raises(PublishError, match=r"helpcenter\.\w+\.css, which is missing"):
        publish(tmp_path, without_stylesheet, verify)
    assert live_release(tmp_path) == first.resolve() and releases(tmp_path) == [first]


def test_verifying_a_few_hundred_pages_takes_well_under_a_second(site, tmp_path):
    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    languages = {prefix for prefix in PREFIXES.values() if prefix}   # en, zh-hant: pages one level deeper
    articles = sorted(p.parent for p in copy.glob("*/*/index.html") if p.parent.parent.name not in languages)
    for number in range(400):
        shutil.copytree(articles[number % len(articles)], copy / "account" / f"zz-copy-{number}")
    assert len(list(copy.rglob("*.html"))) > 400
    start = time.perf_counter()
    assert verify_site(copy, PREFIXES) == []
    assert time.perf_counter() - start < 1.0


# -- releases: unique names, complete only, leftovers removed -----------------------------------

def test_release_names_cannot_collide(tmp_path):
    names = [new_release_id(tmp_path) for _ in range(300)]
    assert len(set(names)) == 300 and all(name.endswith(f"-{os.getpid()}") for name in names)
    assert names == sorted(names)   # they sort in the order they were made
    assert sorted(p.name for p in tmp_path.iterdir()) == names   # each one created, atomically


def test_work_folders_and_incomplete_releases_are_never_releases(site, tmp_path):
    first = publish(tmp_path, copy_of(site), verify)
    assert (first / MARKER).is_file() and not work_left(tmp_path)
    # what killed publishes leave: a work folder, a release without its marker (sorting after the
    # live one), an old-style temporary build folder inside releases/, a half-made symlink
    (tmp_path / WORK / "20990101-000000-000000-1" / "site" / "en").mkdir(parents=True)
    half = tmp_path / "releases" / "20990101-000000-000000-2"
    shutil.copytree(site, half)
    (tmp_path / "releases" / ".build-x1y2" / "zh").mkdir(parents=True)
    (tmp_path / ".current-99999").symlink_to("releases/.build-x1y2")

    assert releases(tmp_path) == [first]
    with pytest.raises(PublishError, match="no earlier release"):
        rollback(tmp_path)          # never to the incomplete one, however new its name
    assert live_release(tmp_path) == first.resolve()

    second = publish(tmp_path, copy_of(site), verify)
    assert releases(tmp_path) == [first, second]
    assert sorted(p.name for p in (tmp_path / "releases").iterdir()) == [first.name, second.name]
    assert not work_left(tmp_path) and not list(tmp_path.glob(".current-*"))


def test_current_as_a_real_folder_is_a_clear_error(site, tmp_path):
    (tmp_path / "current").mkdir()
    (tmp_path / "current" / "index.html").write_text("hand-made", encoding="utf-8")
    with pytest.raises(PublishError, match="is a real folder, not the symlink"):
        publish(tmp_path, copy_of(site), verify)
    for command in ("publish", "rollback"):
        result = run(command, str(tmp_path))
        assert_one_clear_line(result, f"{tmp_path / 'current'} is a real folder, not the symlink", "move it away")
    assert (tmp_path / "current" / "index.html").read_text(encoding="utf-8") == "hand-made"
    assert releases(tmp_path) == [] and not work_left(tmp_path)


def test_current_pointing_at_a_deleted_release_is_repaired_by_the_next_publish(site, tmp_path):
    first = publish(tmp_path, copy_of(site), verify)
    second = publish(tmp_path, copy_of(site), verify)
    shutil.rmtree(second)
    assert (tmp_path / "current").is_symlink() and not (tmp_path / "current").exists()
    third = publish(tmp_path, copy_of(site), verify)
    assert live_release(tmp_path) == third.resolve() and releases(tmp_path) == [first, third]
    assert_serves_a_complete_release(tmp_path)


# -- the lock ----------------------------------------------------------------------------------

def test_a_publish_waits_for_the_one_running_or_refuses_after_its_timeout(site, tmp_path):
    first = publish(tmp_path, copy_of(site), verify)
    said = []
    with exclusive(tmp_path, "publish"):
        with pytest.raises(PublishError, match=r"still running after 0\.3 s of waiting; nothing was changed"):
            publish(tmp_path, copy_of(site), verify, wait=0.3, on_wait=said.append)
        with pytest.raises(PublishError, match="still running"):
            rollback(tmp_path, wait=0.1)
    assert said and said[0].startswith(f"waiting for another publish of {tmp_path} to finish (publish, pid {os.getpid()})")
    assert live_release(tmp_path) == first.resolve() and not work_left(tmp_path)

    holding, release_it = threading.Event(), threading.Event()

    def other_publish():
        with exclusive(tmp_path, "rollback"):
            holding.set()
            release_it.wait(10)

    holder = threading.Thread(target=other_publish)
    holder.start()
    holding.wait(10)
    threading.Timer(0.3, release_it.set).start()
    said.clear()
    start = time.monotonic()
    second = publish(tmp_path, copy_of(site), verify, on_wait=said.append)   # waits as long as needed
    holder.join()
    assert time.monotonic() - start >= 0.25 and "(rollback, pid" in said[0]
    assert live_release(tmp_path) == second.resolve()


def test_two_publishes_at_once_both_end_cleanly(tmp_path):
    target = tmp_path / "srv"
    both = [subprocess.Popen(HELPCENTER + ["publish", str(target)], cwd=ROOT, text=True,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    results = [process.communicate(timeout=120) + (process.returncode,) for process in both]
    for out, err, code in results:
        assert code == 0 and "Published" in out and "Traceback" not in err, err
    assert sum("waiting for another publish" in err for _, err, _ in results) == 1
    assert len(releases(target)) == 2
    assert_serves_a_complete_release(target)
    assert not work_left(target) and (target / LOCK).is_file()


# -- kill -9 at several moments ----------------------------------------------------------------

# A real `helpcenter publish` process stopped for good at one moment, where the test kills it.
# The build is a copy of the built site there (the real build is killed in its own test).
PAUSED_PUBLISH = r"""
import importlib.util, shutil, sys, time
from pathlib import Path
root, moment, site, reached, target = sys.argv[1:]
import helpcenter.cli as cli
import helpcenter.publish

def copy(folder, *args, **kwargs):
    shutil.copytree(site, folder)
    return True

def stop_here(*args, **kwargs):
    Path(reached).write_text(moment)
    time.sleep(600)

cli.build_site = copy
if moment == "verification":
    cli.verify_site = stop_here
elif moment == "switch":
    helpcenter.publish.switch = stop_here
sys.exit(cli.main(["publish", target]))
"""


def start_publish(target: Path, moment: str, site: Path, reached: Path) -> subprocess.Popen:
    if moment == "build":
        command = HELPCENTER + ["publish", str(target)]
    else:
        command = [sys.executable, "-c", PAUSED_PUBLISH, str(ROOT), moment, str(site), str(reached), str(target)]
    return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.parametrize("moment", ["build", "verification", "switch"])
def test_kill_9_of_a_publish_leaves_a_complete_live_site_and_rollback_only_complete_ones(site, tmp_path, moment):
    target = tmp_path / "srv"
    first = publish(target, copy_of(site), verify)
    second = publish(target, copy_of(site), verify)
    live_files = tree_digest(target / "current")
    reached = tmp_path / "reached"

    process = start_publish(target, moment, site, reached)
    try:
        if moment == "build":
            children = wait_for(lambda: mkdocs_processes(str(target)), timeout=60)
            assert children, "the publish never started MkDocs"
        else:
            assert wait_for(reached.exists, timeout=60), process.communicate(timeout=5)
            children = []
    finally:
        kill_9(process)

    # its MkDocs children died with it: none keeps writing into TARGET
    assert wait_for(lambda: not any(alive(pid) for pid in children), timeout=1.0), children
    # a child forked just before the kill is still starting Python: it exits at its first line
    # (the parent is gone), before MkDocs runs; give it that long on a loaded machine
    assert wait_for(lambda: mkdocs_processes(str(target)) == [], timeout=5.0), mkdocs_processes(str(target))
    # the live site is the one before, whole
    assert live_release(target) == second.resolve()
    assert tree_digest(target / "current") == live_files
    assert_serves_a_complete_release(target)
    assert all((r / MARKER).is_file() and verify(r) == [] for r in releases(target))
    if moment == "switch":   # verified and moved into releases/, never switched to
        assert len(releases(target)) == 3
    else:
        assert releases(target) == [first, second]

    back = run("rollback", str(target))
    assert back.returncode == 0, back.stderr
    assert live_release(target) == first.resolve()   # the complete release before the live one
    assert_serves_a_complete_release(target)

    # the next publish removes what the killed one left
    third = publish(target, copy_of(site), verify)
    assert releases(target) == [first, third]
    assert sorted(p.name for p in (target / "releases").iterdir()) == [first.name, third.name]
    assert not work_left(target)


# -- a full disk -------------------------------------------------------------------------------

def site_bytes(site: Path) -> int:
    return sum(p.stat().st_size for p in site.rglob("*") if p.is_file())


def test_publish_onto_a_full_disk_fails_clearly_and_keeps_the_live_site(site, tmp_path):
    with tmpfs(tmp_path / "disk", size=site_bytes(site) + (8 << 20)) as disk:
        first = publish(disk, copy_of(site), verify)
        live_files = tree_digest(disk / "current")
        fill_blocks(disk, leave=256 << 10)

        result = run("publish", str(disk))
        assert_one_clear_line(result, "no space left on ", f"{disk / 'current'} still serves {first.name}")
        assert live_release(disk) == first.resolve() and releases(disk) == [first]
        assert tree_digest(disk / "current") == live_files
        assert verify_site(disk / "current", PREFIXES) == []
        assert not work_left(disk)

        # our own copying into a full disk: the same, in one line naming where
        with pytest.raises(OSError) as raised:
            publish(disk, copy_of(site), verify)
        assert describe_os_error(raised.value).startswith(f"no space left on {disk / WORK}")
        assert live_release(disk) == first.resolve() and not work_left(disk)


def test_publish_when_the_disk_has_no_inode_left_fails_in_one_line(site, tmp_path):
    with tmpfs(tmp_path / "disk", size=site_bytes(site) + (16 << 20), inodes=2000) as disk:
        first = publish(disk, copy_of(site), verify)
        fill_inodes(disk)
        result = run("publish", str(disk))
        assert_one_clear_line(result, f"Not published: no space left on {disk / WORK}")
        assert live_release(disk) == first.resolve()
        assert verify_site(disk / "current", PREFIXES) == []
        back = run("rollback", str(disk))
        assert_one_clear_line(back, "no earlier release")


def test_the_live_release_of_an_older_publish_stays_a_rollback_target(site, tmp_path):
    """Releases made before the completion marker: the live one is adopted once it passes the checks."""
    first = publish(tmp_path, copy_of(site), verify)
    (first / MARKER).unlink()     # as an older version of publish left it
    (tmp_path / "releases" / "20000101-000000").mkdir()    # and a half-built one of that time
    second = publish(tmp_path, copy_of(site), verify)
    assert releases(tmp_path) == [first, second]
    assert not (tmp_path / "releases" / "20000101-000000").exists()
    assert rollback(tmp_path) == first
