"""The writers' live preview (`helpcenter.py serve`), for real: both languages on one address
(so the language switch works), and a broken save that shows its error instead of hanging
the server, until the file is fixed."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from conftest import ROOT, stop
from browser import free_port


def get(url: str, timeout: float = 5) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


def wait_for(check, timeout: float = 30, every: float = 0.2):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            result = check()
        except OSError:
            result = None
        if result:
            return result
        time.sleep(every)
    raise AssertionError("timed out")


@pytest.fixture
def preview(tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", docs)
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "helpcenter", "serve", "--docs-dir",
                                str(docs), "--dev-addr", f"127.0.0.1:{port}"], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}/"
    try:
        wait_for(lambda: get(url, timeout=2)[0] == 200, timeout=60)
        yield url, docs
    finally:
        stop(process)


def test_the_preview_serves_every_language_and_the_switch_leads_to_a_page(preview):
    url, _ = preview
    status, zh = get(url + "account/account-locked/")
    assert status == 200 and 'lang="zh"' in zh
    switch = re.search(r'<a href="([^"]+)" hreflang="en"[^>]*data-language-switch', zh) or \
        re.search(r'data-language-switch="en"[^>]*href="([^"]+)"', zh) or re.search(r'href="([^"]+)"[^>]*data-language-switch="en"', zh)
    assert switch, "no switch to English on the page"
    target = urllib.request.urljoin(url + "account/account-locked/", switch.group(1))
    status, en = get(target)
    assert status == 200 and 'lang="en"' in en and "Still need help?" in en
    status, missing = get(url + "en/no/such/page/")
    assert status == 404 and 'lang="en"' in missing


def test_a_broken_save_shows_its_error_and_the_preview_recovers(preview):
    url, docs = preview
    article = docs / "zh" / "account" / "account-locked.md"
    good = article.read_bytes()
    article.write_bytes(good.decode("utf-8").replace("账户", "帐户", 1).encode("gbk"))
    page = wait_for(lambda: (lambda body: body if "data-preview-error" in body else None)(get(url, timeout=5)[1]))
    assert "account-locked.md" in page and "UTF-8" in page
    status, english = get(url + "en/", timeout=5)          # the rest of the site keeps answering
    assert status == 200
    article.write_bytes(good)
    wait_for(lambda: "data-preview-error" not in get(url + "account/account-locked/", timeout=5)[1])
    assert "账户被锁定" in get(url + "account/account-locked/")[1]
