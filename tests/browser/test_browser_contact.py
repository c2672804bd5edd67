"""The contact block as a customer sees it, at a given time, in a given time zone."""
from __future__ import annotations

from datetime import datetime
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import pytest

from conftest import LANGS

pytestmark = pytest.mark.browser
SHANGHAI = ZoneInfo("Asia/Shanghai")


def open_article(browser, base_url, path, *, at, timezone="Asia/Shanghai", lang="zh"):
    context = browser.new_context(timezone_id=timezone, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.clock.set_fixed_time(at)
    page.goto(f"{base_url}{LANGS[lang]}{path}")
    return context, page


def channel(page, name):
    return page.locator(f"aside.hc-contact li[data-channel-item='{name}']")


def test_phone_is_closed_at_half_past_eleven_and_chat_takes_the_highlight(browser, base_url):
    context, page = open_article(browser, base_url, "payments/transfer-failed/",
                                 at=datetime(2026, 11, 25, 23, 30, tzinfo=SHANGHAI))
    phone = channel(page, "phone")
    assert phone.get_attribute("data-open") == "false"
    assert "现在不在服务时间" in phone.locator("[data-channel-status]").inner_text()
    assert "08:00" in phone.locator("[data-channel-status]").inner_text()
    assert "hc-channel--primary" not in phone.get_attribute("class")
    assert "hc-channel--primary" in channel(page, "chat").get_attribute("class")
    assert phone.is_visible()
    context.close()


def test_phone_is_open_at_ten_and_stays_first(browser, base_url):
    context, page = open_article(browser, base_url, "payments/transfer-failed/",
                                 at=datetime(2026, 11, 25, 10, 0, tzinfo=SHANGHAI))
    phone = channel(page, "phone")
    assert phone.get_attribute("data-open") == "true"
    assert phone.locator("[data-channel-status]").inner_text() == "现在可用"
    assert "hc-channel--primary" in phone.get_attribute("class")
    context.close()


def test_opening_time_is_shown_in_the_customers_own_time_zone(browser, base_url):
    # 23:30 in Shanghai is 16:30 in Berlin (CET); phone opens 08:00 Shanghai = 01:00 Berlin.
    context, page = open_article(browser, base_url, "payments/transfer-failed/", lang="en",
                                 at=datetime(2026, 11, 25, 23, 30, tzinfo=SHANGHAI), timezone="Europe/Berlin")
    status = channel(page, "phone").locator("[data-channel-status]").inner_text()
    assert status.startswith("Closed now") and "01:00" in status and "your time" in status
    context.close()


@pytest.mark.parametrize("lang, subject, blank, last", [
    ("zh", "帮助中心咨询：", "{}：", "问题描述："),
    ("en", "Help center: ", "{}: ", "What happened: "),
])
def test_mailto_body_is_a_template_in_the_page_language(page, base_url, lang, subject, blank, last):
    page.goto(f"{base_url}{LANGS[lang]}account/account-security/")   # low urgency: e-mail first
    title = page.inner_text("article h1")
    href = page.get_attribute("aside.hc-contact a[data-channel='email']", "href")
    assert "\n" not in href and " " not in href
    query = parse_qs(urlsplit(href).query)
    assert query["subject"] == [subject + title]
    lines = query["body"][0].splitlines()
    assert title in lines[0]
    prepare = page.locator(".hc-prepare li").all_inner_texts()
    assert len(prepare) >= 2
    for item in prepare:
        assert blank.format(item) in lines
    assert last in lines


def test_without_javascript_the_hours_are_still_shown(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{base_url}payments/transfer-failed/")
    hours = channel(page, "phone").locator(".hc-channel__hours").inner_text()
    assert "08:00" in hours and "22:00" in hours
    assert not channel(page, "phone").locator("[data-channel-status]").is_visible()
    context.close()
