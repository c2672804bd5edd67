"""A passage with its own urgency (`!!! contact LEVEL "title"`): checked with its line,
rendered as the writer's text followed by that urgency's channels."""
from __future__ import annotations

import re

import markdown
import pytest

from helpcenter.callouts import CalloutExtension, check_callouts, fill_slots
from helpcenter.contact import load_contact, route
from helpcenter.site import CONTACT_FILE

LEVELS = ["high", "medium", "low"]
BODY = """
## 先做什么

!!! contact high "如果怀疑账户已被盗用"

    立即冻结账户。

```
!!! contact urgent "in a code block: not a callout"
```
"""


def check(body, levels=LEVELS):
    return check_callouts(body, body_line=10, path="docs/zh/a/b.md", urgency_levels=levels)


def test_a_well_formed_callout_passes():
    assert check(BODY) == []


@pytest.mark.parametrize("line, message", [
    ('!!! contact urgent "标题"', "contact callout urgency 'urgent' is not one of high, medium, low"),
    ('!!! contact "标题"', "needs exactly one urgency"),
    ('!!! contact high low "标题"', "needs exactly one urgency"),
    ('!!! contact high', "contact callout has no title"),
    ('!!! contact high ""', "contact callout has no title"),
    ('??? contact high "标题"', "must start with '!!!'"),
])
def test_a_malformed_callout_is_one_error_with_its_line(line, message):
    errors = check(f"text\n\n{line}\n\n    body\n")
    assert len(errors) == 1
    assert str(errors[0]).startswith("docs/zh/a/b.md:12: ") and message in str(errors[0])
    assert "(fix: " in str(errors[0])


def render(text):
    return markdown.markdown(text, extensions=["admonition", CalloutExtension()])


def test_rendering_keeps_the_writers_text_and_leaves_a_slot_for_the_channels():
    html = render('!!! contact high "如果怀疑账户已被盗用"\n\n    立即冻结账户。\n')
    assert '<div class="admonition hc-callout hc-callout--high" data-urgency="high">' in html
    assert '<p class="admonition-title">如果怀疑账户已被盗用</p>' in html
    assert "<p>立即冻结账户。</p>" in html
    filled = fill_slots(html, lambda urgency: f"<ol data-filled='{urgency}'></ol>")
    assert "<p>立即冻结账户。</p>\n<ol data-filled='high'></ol></div>" in filled and "hc-callout__slot" not in filled


def test_other_admonitions_are_left_alone():
    html = render('!!! tip "提示"\n\n    text\n\n!!! warning contact "x"\n\n    y\n')
    assert "hc-callout" not in html


def built_callouts(site):
    found = []
    for path in sorted(site.rglob("*/index.html")):
        html = path.read_text(encoding="utf-8")
        for match in re.finditer(r'<div class="admonition hc-callout[^"]*" data-urgency="(\w+)">(.*?)</ol>', html, re.S):
            found.append((path.relative_to(site).as_posix(), match.group(1), match.group(2)))
    return found


def test_articles_use_callouts_in_both_languages(site):
    pages = {page for page, _, _ in built_callouts(site)}
    assert any(page.startswith("en/") for page in pages) and any(not page.startswith("en/") for page in pages)


def test_every_built_callout_shows_its_urgencys_channels_in_order(site):
    book = load_contact(CONTACT_FILE)
    for page, urgency, html in built_callouts(site):
        shown = re.findall(r'data-channel-item="(\w+)"', html)
        assert shown == route(urgency, book), page
        first = re.search(r'<li class="([^"]*)" data-channel-item="(\w+)"', html)
        assert "hc-channel--primary" in first.group(1) and first.group(2) == shown[0], page   # the first is highlighted
        assert 'class="hc-channel__hours"' in html and "data-channel-status" in html, page
