"""'Was this helpful?' as a reader uses it, with and without a feedback endpoint."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from conftest import LANGS, ROOT
from browser import serve_site

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang, thanks", [("zh", "感谢您的反馈。"), ("en", "Thank you for telling us.")])
def test_yes_thanks_the_reader_and_is_remembered(page, base_url, lang, thanks):
    page.goto(f"{base_url}{LANGS[lang]}payments/payment-failed/")
    box = page.locator("[data-helpful]")
    assert box.is_visible()
    box.locator("button[data-answer='yes']").click()
    assert box.locator("[data-helpful-reply]").inner_text() == thanks
    page.reload()
    assert not page.locator("[data-helpful] button[data-answer='yes']").is_visible()
    assert page.locator("[data-helpful-reply]").inner_text() == thanks


@pytest.mark.parametrize("lang", LANGS)
def test_no_points_at_the_primary_contact_channel(page, base_url, lang):
    page.goto(f"{base_url}{LANGS[lang]}account/account-locked/")
    page.click("[data-helpful] button[data-answer='no']")
    reply = page.inner_text("[data-helpful-reply]")
    assert ("抱歉" if lang == "zh" else "Sorry") in reply
    focused = page.evaluate("document.activeElement.dataset.channel")
    primary = page.get_attribute("aside.hc-contact .hc-channel--primary a[data-channel]", "data-channel")
    assert focused == primary
    page.wait_for_timeout(600)   # smooth scrolling
    assert page.locator("aside.hc-contact .hc-channel--primary a[data-channel]").is_visible()
    box = page.locator("aside.hc-contact .hc-channel--primary a[data-channel]").bounding_box()
    assert 0 <= box["y"] <= page.viewport_size["height"]


class Collector(BaseHTTPRequestHandler):
    received: list = []

    def log_message(self, *args):
        pass

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        Collector.received.append(json.loads(body))
        self.send_response(204)
        self.end_headers()


def test_answers_are_posted_to_the_configured_endpoint(browser, tmp_path):
    collector = ThreadingHTTPServer(("127.0.0.1", 0), Collector)
    threading.Thread(target=collector.serve_forever, daemon=True).start()
    endpoint = f"http://127.0.0.1:{collector.server_address[1]}/feedback"
    config = tmp_path / "en.yml"
    config.write_text(f"INHERIT: {ROOT / 'mkdocs.en.yml'}\ndocs_dir: {ROOT / 'docs' / 'en'}\n"
                      f"theme:\n  custom_dir: {ROOT / 'overrides'}\n"
                      f"extra:\n  feedback_endpoint: {endpoint}\n", encoding="utf-8")
    site = tmp_path / "site"
    build = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site / "en")],
                           cwd=ROOT, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert build.returncode == 0, build.stderr
    context = browser.new_context()
    page = context.new_page()
    with serve_site(site) as base:
        page.goto(base + "en/payments/transfer-failed/")
        page.click("[data-helpful] button[data-answer='no']")
        page.wait_for_timeout(500)
    context.close()
    collector.shutdown()
    assert Collector.received == [{"slug": "transfer-failed", "lang": "en", "answer": "no"}]


def test_without_javascript_the_question_is_not_offered(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "payments/payment-failed/")
    assert not page.locator("[data-helpful]").is_visible()
    context.close()
