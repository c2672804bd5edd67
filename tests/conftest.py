"""Shared fixtures: the real site built once with the real mkdocs, served on 127.0.0.1,
and a real headless Chromium driven through Playwright."""
from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))   # the browser harness the benchmarks share (scripts/browser.py)

from browser import WATCH_SEARCH, free_port, launch_chromium, serve_site  # noqa: E402
from helpcenter.languages import site_languages  # noqa: E402

HELPCENTER = [sys.executable, "-m", "helpcenter"]   # the writers' and CI's command, as installed

ARTICLES = {  # slug -> (category, urgency, contact channels in the order the block must show them)
    "account-stolen": ("account", "high", ["chat", "phone"]),
    "wrong-recipient": ("payments", "high", ["chat", "phone"]),
    "account-locked": ("account", "medium", ["phone", "chat"]),
    "payment-failed": ("payments", "low", ["email", "chat"]),
    "transfer-failed": ("payments", "medium", ["phone", "chat"]),
    "account-security": ("account", "low", ["email", "chat"]),
    "slow-response": ("support", "medium", ["chat", "phone", "email"]),
    "contact-support": ("support", "low", ["chat", "phone", "email"]),
}
LANGS = {"zh": "", "en": "en/"}   # the two written by hand; tests with texts of their own use these
# every language of the site (zh-Hant is converted from zh), for tests that hold for any language
ALL_LANGS = {lang: (prefix + "/" if prefix else "") for lang, prefix in site_languages(ROOT / "mkdocs.yml").items()}


def pytest_collection_modifyitems(items):
    """The slow tests first: pytest-xdist hands tests out in this order, and a long test at the
    end would leave the other workers idle."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


def copy_project(dest: Path) -> Path:
    """A copy of the project (docs, data, configs, catalogs; no .git, .venv, tests, caches) that a
    test may change: commands run with cwd=copy work on it (the project root is found from cwd).
    Tests never write into the checkout itself: other tests build it at the same time."""
    shutil.copytree(ROOT, dest, ignore=shutil.ignore_patterns(
        ".git", ".venv", ".cache", "site", "test-artifacts", "tests", "__pycache__", ".pytest_cache", "*.egg-info"))
    return dest


def run_build(site_dir: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([*HELPCENTER, "build", "--site-dir", str(site_dir), *extra],
                          cwd=ROOT, capture_output=True, text=True)


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The site as published (site_url of mkdocs.yml), built once for all test processes
    (pytest-xdist's workers share the parent of their temporary folders); read-only for tests."""
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent
    site_dir = shared / "published-site"
    with open(shared / "published-site.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)   # the first worker builds, the others wait for it
        if not (shared / "published-site.built").exists():
            shutil.rmtree(site_dir, ignore_errors=True)
            result = run_build(site_dir)
            assert result.returncode == 0, result.stdout + result.stderr
            (shared / "published-site.built").touch()
    return site_dir


@pytest.fixture(scope="session")
def base_url(tmp_path_factory):
    """The site built for, and served at, a 127.0.0.1 address, so that every absolute link
    (canonical, hreflang) leads to the test server like it leads to the real host."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    site_dir = tmp_path_factory.mktemp("served") / "site"
    result = run_build(site_dir, "--site-url", url)
    assert result.returncode == 0, result.stdout + result.stderr
    with serve_site(site_dir, port=port) as served:
        assert served == url
        yield url


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(WATCH_SEARCH)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True,
                                  device_scale_factor=2)
    context.add_init_script(WATCH_SEARCH)
    page = context.new_page()
    yield page
    context.close()


def stop(process) -> None:
    """End a server the test started: politely, then for good."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
