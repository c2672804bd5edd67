"""The front matter schema: what a writer gets told for each mistake."""
from __future__ import annotations

import pytest

from helpcenter.articles import load_article
from helpcenter.errors import ContentErrors

GOOD = """---
title: 账户被锁定了怎么办？
description: 输错密码后账户会被临时锁定。
urgency: high
prepare:
  - 注册手机号
keywords:
  - 登不上
---
正文
"""


def load(text):
    return load_article(text, path="docs/zh/account/x.md", src_uri="account/x.md", lang="zh",
                        urgency_levels=["high", "medium", "low"], channel_names=["chat", "phone", "email"])


def errors_of(text) -> str:
    with pytest.raises(ContentErrors) as raised:
        load(text)
    return str(raised.value)


def test_good_article_loads():
    article = load(GOOD)
    assert article.slug == "x" and article.category == "account" and article.meta.urgency == "high"


def test_unknown_urgency_names_file_line_and_choices():
    message = errors_of(GOOD.replace("urgency: high", "urgency: urgent"))
    assert "docs/zh/account/x.md:4: urgency 'urgent' is not one of high, medium, low" in message


def test_missing_title_is_reported():
    assert "title is missing" in errors_of(GOOD.replace("title: 账户被锁定了怎么办？\n", ""))


def test_empty_prepare_is_reported():
    text = GOOD.replace("prepare:\n  - 注册手机号", "prepare: []")
    assert "docs/zh/account/x.md:5: prepare must have at least one item" in errors_of(text)


def test_html_in_title_is_rejected():
    text = GOOD.replace("账户被锁定了怎么办？", "<script>alert(1)</script>")
    assert "title must be plain text without HTML" in errors_of(text)


def test_bad_yaml_names_the_line():
    text = GOOD.replace("urgency: high", "urgency: [high")
    assert "front matter is not valid YAML" in errors_of(text)


def test_wrong_type_is_reported():
    assert "keywords must be a list" in errors_of(GOOD.replace("keywords:\n  - 登不上", "keywords: 登不上"))


def test_all_errors_are_reported_together():
    text = GOOD.replace("urgency: high", "urgency: 5").replace("title: 账户被锁定了怎么办？\n", "")
    message = errors_of(text)
    assert "title is missing" in message and "urgency" in message


def test_unknown_channel_is_reported():
    text = GOOD.replace("keywords:", "channels: [chat, fax]\nkeywords:")
    assert "unknown channel 'fax'" in errors_of(text)


def test_an_override_with_only_hidden_channels_is_an_error():
    text = GOOD.replace("keywords:", "channels: [chat]\nkeywords:")
    with pytest.raises(ContentErrors) as raised:
        load_article(text, path="docs/zh/account/x.md", src_uri="account/x.md", lang="zh",
                     urgency_levels=["high", "medium", "low"], channel_names=["chat", "phone", "email"],
                     shown_channels=["phone", "email"])
    assert "docs/zh/account/x.md:7: channels: chat leaves the contact block with no channel a customer can see" \
        in str(raised.value)


def test_an_empty_override_is_an_error():
    assert "channels: an empty list leaves the contact block" in errors_of(
        GOOD.replace("keywords:", "channels: []\nkeywords:"))


def test_an_articles_lead_needs_an_override_and_is_plain_text():
    assert "lead is only used with channels:" in errors_of(GOOD.replace("keywords:", "lead: 先打电话。\nkeywords:"))
    assert "lead must be plain text" in errors_of(
        GOOD.replace("keywords:", "channels: [chat]\nlead: <b>x</b>\nkeywords:"))
