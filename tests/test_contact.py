"""Contact routing and the contact data file, as plain functions."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
import yaml

from helpcenter.contact import contact_block, load_contact, parse_hours, route
from helpcenter.errors import ContentErrors
from helpcenter.site import CONTACT_FILE


@pytest.fixture(scope="module")
def book():
    return load_contact(CONTACT_FILE)


def block(book, urgency="high", lang="zh", channels=None, prepare=("交易时间", "金额")):
    return contact_block(slug="payment-failed", title="付款失败", urgency=urgency, prepare=list(prepare),
                         lang=lang, book=book, channels=channels,
                         email_subject="帮助中心咨询：付款失败 & 退款?", email_body="交易时间：\n金额：\n#1")


def test_high_urgency_suggests_live_chat_then_phone(book):
    assert route("high", book) == ["chat", "phone"]


def test_medium_urgency_suggests_phone_then_live_chat(book):
    assert route("medium", book) == ["phone", "chat"]


def test_low_urgency_suggests_email_then_live_chat(book):
    assert route("low", book) == ["email", "chat"]


def test_article_channels_override_the_urgency_order(book):
    assert route("low", book, ["chat", "phone", "email"]) == ["chat", "phone", "email"]


def test_hidden_channel_is_left_out(book):
    hidden = book.model_copy(deep=True)
    hidden.channels["chat"].show = False
    assert route("high", hidden) == ["phone"]


def test_chat_link_carries_the_article_as_topic_with_a_web_fallback(book):
    chat = block(book).options[0]
    assert chat.href == "lumiwallet://support/chat?topic=payment-failed"
    assert chat.web_href.startswith("https://") and "topic=payment-failed" in chat.web_href


def test_phone_link_is_tel_in_e164(book):
    phone = block(book).options[1]
    assert phone.href.startswith("tel:+") and phone.href[5:].isdigit()


def test_mailto_subject_and_body_survive_encoding(book):
    email = block(book, urgency="low").options[0]
    parts = urlsplit(email.href)
    assert parts.scheme == "mailto"
    query = parse_qs(parts.query)
    assert query["subject"] == ["帮助中心咨询：付款失败 & 退款?"]
    assert query["body"] == ["交易时间：\n金额：\n#1"]
    assert "\n" not in email.href and " " not in email.href and "#" not in email.href


def test_block_shows_labels_in_the_page_language(book):
    assert block(book, lang="zh").options[0].label == "在线客服"
    assert block(book, lang="en").options[0].label == "Live chat"


def test_block_keeps_the_prepare_list(book):
    assert block(book).prepare == ["交易时间", "金额"]


def test_hours_parse_days_and_times():
    hours = parse_hours("Mon-Fri 09:00-18:00")
    assert hours.days == (0, 1, 2, 3, 4) and hours.open == 540 and hours.close == 1080


@pytest.mark.parametrize("text", ["8-22", "Mon-Sun 22:00-08:00", "Mon-Xyz 08:00-22:00", "Mon-Sun 25:00-26:00"])
def test_hours_that_do_not_parse_are_rejected(text):
    with pytest.raises(ValueError):
        parse_hours(text)


def write_variant(tmp_path: Path, change) -> Path:
    data = yaml.safe_load(CONTACT_FILE.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "contact.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


@pytest.mark.parametrize("change, expected", [
    (lambda d: d["channels"]["chat"].__setitem__("link", "javascript:alert(1)"), "scheme that is not allowed"),
    (lambda d: d["channels"]["chat"].__setitem__("web_link", "data:text/html,hi"), "scheme that is not allowed"),
    (lambda d: d["urgency"]["high"].__setitem__("channels", ["chat", "pigeon"]), "unknown channel 'pigeon'"),
    (lambda d: d["channels"]["phone"].__setitem__("time_zone", "Mars/Olympus"), "not a known time zone"),
    (lambda d: d["channels"]["phone"].__setitem__("hours", "8 to 10"), "is not like 'Mon-Sun 08:00-22:00'"),
    (lambda d: d["channels"]["phone"]["label"].pop("en"), "channels.phone.label: has no text for en"),
])
def test_bad_contact_data_is_a_clear_error(tmp_path, change, expected):
    with pytest.raises(ContentErrors) as raised:
        load_contact(write_variant(tmp_path, change))
    assert expected in str(raised.value)
    assert "contact.yml" in str(raised.value)


def hide(book, *names):
    hidden = book.model_copy(deep=True)
    for name in names:
        hidden.channels[name].show = False
    return hidden


@pytest.mark.parametrize("urgency", ["high", "medium", "low"])
def test_the_lead_is_the_urgencys_when_its_first_channel_is_shown_first(book, urgency):
    shown = block(book, urgency=urgency)
    assert shown.lead == book.urgency[urgency].lead.get("zh")
    assert shown.options[0].name == book.urgency[urgency].channels[0]


@pytest.mark.parametrize("urgency, channels", [("low", ["chat", "phone", "email"]), ("medium", ["chat", "email"]),
                                               ("high", ["email", "chat"])])
def test_with_an_override_the_lead_speaks_of_the_channel_shown_first(book, urgency, channels):
    for lang in ("zh", "en"):
        shown = block(book, urgency=urgency, channels=channels, lang=lang)
        assert shown.options[0].name == channels[0]
        assert shown.lead == book.channels[channels[0]].lead.get(lang)
        assert shown.lead != book.urgency[urgency].lead.get(lang)


def test_an_override_that_starts_like_the_urgency_keeps_the_urgencys_lead(book):
    assert block(book, urgency="high", channels=["chat", "email"]).lead == book.urgency["high"].lead.get("zh")


def test_when_the_urgencys_first_channel_is_hidden_the_lead_follows_the_next(book):
    shown = block(hide(book, "chat"), urgency="high")
    assert [option.name for option in shown.options] == ["phone"]
    assert shown.lead == book.channels["phone"].lead.get("zh")


def test_an_articles_own_lead_wins(book):
    shown = contact_block(slug="x", title="x", urgency="low", prepare=[], lang="zh", book=book,
                          channels=["chat", "email"], email_subject="", email_body="", lead="先在线咨询。")
    assert shown.lead == "先在线咨询。"


@pytest.mark.parametrize("change", [
    lambda d: d["urgency"]["high"].__setitem__("channels", []),
    lambda d: [d["channels"][name].__setitem__("show", False) for name in d["urgency"]["medium"]["channels"]],
])
def test_an_urgency_without_a_shown_channel_is_a_build_error(tmp_path, change):
    with pytest.raises(ContentErrors) as raised:
        load_contact(write_variant(tmp_path, change))
    assert "no channel a customer would see" in str(raised.value)


def test_every_channel_and_urgency_lead_exists_in_both_languages(book):
    for name, channel in book.channels.items():
        assert channel.lead.get("zh") and channel.lead.get("en"), name
