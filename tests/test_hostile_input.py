"""Hostile and careless input, class by class: each is one clear line naming the file (the
line where there is one) and the fix, found by `check` without building, and never a
traceback; what reaches a page is harmless even when the build goes on (the preview)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, copy_project
from helpcenter.languages import site_languages
from helpcenter.checks import check_content

PREFIXES = site_languages(ROOT / "mkdocs.yml")   # every language of the site
HELPCENTER = [sys.executable, "-m", "helpcenter"]
ARTICLE = "zh/account/account-security.md"


@pytest.fixture
def tree(tmp_path):
    """A copy of the real docs and data folders to break."""
    shutil.copytree(ROOT / "docs", tmp_path / "docs")
    shutil.copytree(ROOT / "data", tmp_path / "data")
    return tmp_path


def problems(tree) -> list[str]:
    return [str(error) for error in check_content(tree / "docs", PREFIXES, tree / "data").errors]


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def set_front(tree, field: str, value: str, article: str = ARTICLE) -> Path:
    """Replace the line `field: ...` of an article's front matter with `value` (raw YAML)."""
    path = tree / "docs" / article
    lines = path.read_text(encoding="utf-8").split("\n")
    index = next(i for i, line in enumerate(lines) if line.startswith(f"{field}:"))
    lines[index] = value
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def append_body(tree, text: str, article: str = ARTICLE) -> int:
    """Add `text` at the end of an article; return the line its first line lands on."""
    path = tree / "docs" / article
    before = path.read_text(encoding="utf-8").rstrip("\n")
    path.write_text(before + "\n\n" + text + "\n", encoding="utf-8")
    return before.count("\n") + 3


def one_matching(found: list[str], *parts: str) -> str:
    matching = [line for line in found if all(part in line for part in parts)]
    assert len(matching) == 1, (parts, found)
    return matching[0]


# --- plain-text fields stay text -------------------------------------------------------

@pytest.mark.parametrize("value, message", [
    ('description: "一句话。\\n{: onmouseover=\\"alert(1)\\" }"', "must be one line of visible text (found a line break)"),
    ("description: |\n  一句话。\n  {: onmouseover=alert(1) }", "must be one line of visible text (found a line break)"),
    ('title: "账户\\e[31m安全"', "found an ESC character"),
    ('title: "账户\\u202e全安"', "found the invisible direction mark U+202E"),
    ('title: "账户\\0安全"', "found a NUL character"),
    ("title: " + "长" * 10_000, "title is 10000 characters long, at most 100 allowed"),
    ('title: "<img src=x onerror=alert(1)>"', "title must be plain text without HTML"),
    ('description: "被盗&amp;了"', "must be plain text without HTML"),
])
def test_plain_text_fields_reject_markup_and_invisible_characters(tree, value, message):
    set_front(tree, value.split(":")[0], value)
    line = one_matching(problems(tree), "docs/zh/account/account-security.md:", message)
    assert "(fix: " in line


def test_a_description_is_rendered_as_text_on_the_category_page_never_as_markdown(tmp_path):
    """Even if a description carrying Markdown got past the checks, the category page shows it."""
    from helpcenter.articles import Article, ArticleMeta
    import jinja2
    meta = ArticleMeta(title="T", description="说明 **粗** [链接](javascript:alert(1)) {: onclick=x }", urgency="low",
                       prepare=["x"], keywords=["x"])
    article = Article(path="docs/zh/a/b.md", src_uri="a/b.md", lang="zh", meta=meta)
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(ROOT / "overrides")), extensions=["jinja2.ext.i18n"])
    env.filters["url"] = lambda value: value
    html = env.get_template("partials/category-listing.html").render(category_articles=[article])
    assert "说明 **粗** [链接](javascript:alert(1)) {: onclick=x }" in html
    assert "<strong>" not in html and "<a href=\"javascript" not in html and "onclick=" not in html.replace("{: onclick", "")


# --- article bodies through the allowlist --------------------------------------------------

@pytest.mark.parametrize("payload, what", [
    ("<script>alert(1)</script>", "the HTML element <script>"),
    ('<iframe src="https://evil.example"></iframe>', "the HTML element <iframe>"),
    ('<form action="https://evil.example"><input name=x></form>', "the HTML element <form>"),
    ('<img src="x.png" alt="x" onerror="alert(1)">', "the event handler onerror= on <img>"),
    ("[点这里](javascript:alert(1))", "the link 'javascript:alert(1)'"),
    ("[点这里](JaVaScRiPt:alert(1))", "the link 'JaVaScRiPt:alert(1)'"),
    ("![截图](data:image/svg+xml;base64,PHN2Zz4=)", "the link 'data:image/svg+xml;base64,PHN2Zz4='"),
    ('<a href="vbscript:msgbox(1)">x</a>', "the link 'vbscript:msgbox(1)'"),
    ("段落\n{: onclick=\"alert(1)\" }", "the event handler onclick= on <p>"),
    ('<p style="position:fixed;top:0">x</p>', "the attribute style= on <p>"),
    ('<h2 id="__config">x</h2>', "the id '__config' on <h2>"),
    ("<svg><script>alert(1)</script></svg>", "the HTML element <svg>"),
])
def test_unsafe_html_in_an_article_is_an_error_with_its_line(tree, payload, what):
    line = append_body(tree, payload) + (1 if payload.startswith("段落") else 0)   # the attribute list's line
    found = one_matching(problems(tree), f"docs/zh/account/account-security.md:{line}: {what}")
    assert "is not allowed in articles" in found


def test_what_writers_need_passes_the_allowlist(tree):
    append_body(tree, "| 步骤 | 说明 |\n|:---|---:|\n| 1 | 按 <kbd>Ctrl</kbd> |\n\n"
                      "<details><summary>更多</summary>内容</details>\n\n"
                      "[官网](https://lumiwallet.example/) [邮件](mailto:a@b.example) [电话](tel:+8610)\n\n"
                      "`<script>` 是代码，`<img src=x>` 也是\n\n```html\n<script>alert(1)</script>\n```")
    assert problems(tree) == []


def test_unsafe_html_is_harmless_on_the_page_even_when_the_build_goes_on(tree):
    """The preview does not stop at errors: the page it shows must still be harmless."""
    payloads = ['<script>alert("s")</script>', '<img src="x.png" alt="x" onerror="alert(1)">',
                "[x](javascript:alert(1))", "段落\n{: onclick=\"alert(1)\" }", '<iframe src="https://e.example"></iframe>']
    append_body(tree, "\n\n".join(payloads))
    site = tree / "site"
    result = subprocess.run(HELPCENTER + ["build", "--docs-dir", str(tree / "docs"), "--site-dir", str(site)],
                            capture_output=True, text=True)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    html = render_non_strict(tree, "account/account-security.md")
    for bad in ("<script>alert", "onerror=", "javascript:", "onclick=", "<iframe"):
        assert bad not in html, bad


def render_non_strict(tree, src_uri: str) -> str:
    """Build the Chinese site as the preview does (errors logged, build goes on); one page's HTML."""
    code = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
from mkdocs.commands.build import build
from mkdocs.config import load_config
config = load_config(config_file={str(ROOT / 'mkdocs.zh.yml')!r}, docs_dir={str(tree / 'docs' / 'zh')!r},
                     site_dir={str(tree / 'preview')!r}, strict=False)
build(config)
"""
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    return (tree / "preview" / src_uri.removesuffix(".md") / "index.html").read_text(encoding="utf-8")


# --- nothing from outside the docs tree ------------------------------------------------

@pytest.mark.parametrize("target", ["/etc/passwd", "/proc/self/environ"])
def test_a_link_to_a_file_outside_the_folder_is_an_error_and_is_not_read(tree, target):
    link = tree / "docs" / "zh" / "account" / "notes.md"
    link.symlink_to(target)
    found = one_matching(problems(tree), "docs/zh/account/notes.md: is a link to")
    assert "nothing from outside the folder is published" in found


def test_a_linked_folder_is_an_error(tree):
    (tree / "docs" / "zh" / "etc").symlink_to("/etc")
    one_matching(problems(tree), "docs/zh/etc: is a link to a folder")


def test_build_refuses_links_before_reading_them_and_keeps_the_previous_site(tree):
    (tree / "docs" / "en" / "account" / "secrets.pdf").symlink_to("/proc/self/environ")
    site = tree / "site"
    site.mkdir()
    (site / "index.html").write_text("previous", encoding="utf-8")
    result = subprocess.run(HELPCENTER + ["build", "--docs-dir", str(tree / "docs"), "--site-dir", str(site)],
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert "docs/en/account/secrets.pdf: is a link to" in result.stderr and "Traceback" not in result.stderr
    assert (site / "index.html").read_text(encoding="utf-8") == "previous"


@pytest.mark.parametrize("name, message", [
    ("account/notes.txt", "is a .txt file; only Markdown pages, images"),
    ("account/evil.svg", "is a .svg file"),
    ("account/page.html", "is a .html file"),
    ("account/With Space.md", "'With Space' in its path is not lowercase letters"),
    ("account/percent%41.md", "'percent%41' in its path"),
    ("Account/x.md", "'Account' in its path"),
    ("account/photo.PNG", "its extension '.PNG' must be lowercase"),
])
def test_only_pages_images_and_pdfs_with_web_safe_names_are_published(tree, name, message):
    path = tree / "docs" / "zh" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("x", encoding="utf-8")
    one_matching(problems(tree), f"docs/zh/{name}: {message}")


# --- one YAML loader for everything ------------------------------------------------------

BOMB = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n' + "".join(
    f'{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},'
    f'*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)}]\n' for i in range(8))


def test_an_alias_bomb_in_front_matter_is_refused_at_once(tree):
    path = tree / "docs" / ARTICLE
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("---\n", "---\n" + BOMB, 1), encoding="utf-8")
    start = time.monotonic()
    found = problems(tree)
    assert time.monotonic() - start < 5
    assert one_matching(found, "docs/zh/account/account-security.md:2: uses a YAML alias")
    assert sum(len(line) for line in found) < 20_000


def test_an_alias_bomb_in_a_data_file_is_refused_at_once(tree):
    (tree / "data" / "common_problems.yml").write_text(BOMB + "list: *i\n", encoding="utf-8")
    start = time.monotonic()
    found = problems(tree)
    assert time.monotonic() - start < 5 and sum(len(line) for line in found) < 20_000
    assert any("data/common_problems.yml:1: uses a YAML alias" in line for line in found), found


def test_a_field_given_twice_names_both_lines(tree):
    path = tree / "docs" / ARTICLE
    replace_in(path, "urgency: low\n", "urgency: low\ntitle: 第二个标题\n")
    line = one_matching(problems(tree), "'title' is given twice")
    assert "docs/zh/account/account-security.md:" in line and "on lines 2 and" in line


def test_a_second_document_in_a_data_file_is_an_error_not_a_silent_cut(tree):
    path = tree / "data" / "contact.yml"
    replace_in(path, "\nescalation:\n", "\n---\nescalation:\n")
    one_matching(problems(tree), "contact.yml:", "holds more than one YAML document")


@pytest.mark.parametrize("file", ["docs/zh/account/account-security.md", "data/contact.yml",
                                  "data/common_problems.yml", "data/incidents.yml"])
def test_a_file_that_is_not_utf8_is_named_with_the_fix(tree, file):
    path = tree / file
    path.write_bytes(("# 注释\n" + path.read_text(encoding="utf-8")).encode("gbk", errors="replace"))
    line = one_matching(problems(tree), file.split("/", 1)[1], "is not UTF-8 text")
    assert "save the file as UTF-8" in line


def test_a_missing_contact_file_is_named_as_missing(tree):
    (tree / "data" / "contact.yml").unlink()
    line = one_matching(problems(tree), "contact.yml", "is missing")
    assert "create" in line


def test_data_file_errors_carry_the_line_of_the_faulty_field(tree):
    path = tree / "data" / "contact.yml"
    text = path.read_text(encoding="utf-8").replace("time_zone: Asia/Shanghai", "time_zone: Asia/Shanghia")
    path.write_text(text, encoding="utf-8")
    wrong = [number for number, line in enumerate(text.splitlines(), 1) if "Asia/Shanghia" in line]
    found = [line for line in problems(tree) if "Asia/Shanghia" in line]
    assert len(wrong) == 3 and len(found) == 3
    for number, line in zip(wrong, found):
        assert line.startswith(f"data/contact.yml:{number}: channels.") or f"contact.yml:{number}: " in line, line


def test_incident_errors_carry_a_line(tree):
    path = tree / "data" / "incidents.yml"
    replace_in(path, 'end: "2026-11-02 18:00"', 'end: "2026-11-02 6pm"')
    line = one_matching(problems(tree), "incidents.yml:", "is not a time like")
    number = next(n for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "6pm" in text)
    assert f"incidents.yml:{number}: " in line


# --- meaning ------------------------------------------------------------------------

@pytest.mark.parametrize("scheme", ["javascript", "data", "vbscript", "file", "https", "http", "tel", "JavaScript"])
def test_the_apps_scheme_cannot_be_a_standard_one(tree, scheme):
    replace_in(tree / "data" / "contact.yml", "app_scheme: lumiwallet", f"app_scheme: {scheme}")
    one_matching(problems(tree), "contact.yml:", "is not the app's own scheme")


def test_the_same_slug_in_two_categories_is_an_error(tree):
    for lang in ("zh", "en"):
        shutil.copy(tree / "docs" / lang / "account" / "account-security.md",
                    tree / "docs" / lang / "support" / "account-security.md")
    found = [line for line in problems(tree) if "has the same file name as" in line]
    assert len(found) == 2 and all("account/account-security.md" in line for line in found)


@pytest.mark.parametrize("value, reason", [
    ("template: ../../../../etc/passwd", "'template' is not for articles"),
    ("template: sitemap.xml", "'template' is not for articles"),
    ("search: {exclude: false}", "'search' is not for articles"),
    ("hide: [navigation, header]", "hide[1]"),
])
def test_front_matter_the_help_center_decides_itself_is_refused(tree, value, reason):
    path = tree / "docs" / ARTICLE
    replace_in(path, "urgency: low\n", f"urgency: low\n{value}\n")
    one_matching(problems(tree), "docs/zh/account/account-security.md:", reason)


def test_an_image_in_inline_code_is_text_not_an_image_without_alt(tree):
    append_body(tree, "HTML 里写 `<img src=\"a.png\">` 就会显示图片。")
    assert problems(tree) == []


# --- configuration ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def checkout(tmp_path_factory):
    """A copy of the repository (without .git, .venv, tests) whose configs a test may break."""
    return copy_project(tmp_path_factory.mktemp("checkout") / "repo")


@pytest.fixture
def config_copy(checkout):
    saved = {name: (checkout / name).read_bytes() for name in ("mkdocs.yml", "mkdocs.zh.yml", "mkdocs.en.yml")}
    yield checkout
    for name, data in saved.items():
        (checkout / name).write_bytes(data)


@pytest.mark.parametrize("old, new, message", [
    ("  time_zone: Asia/Shanghai", "  time_zone: Asia/Shanghia", "extra.time_zone: 'Asia/Shanghia' is not a known time zone"),
    ("  time_zone: Asia/Shanghai", "  time_zon: Asia/Shanghai", "extra.time_zon is not an option of the help center (fix: did you mean 'time_zone'?)"),
    ("      lang: en", "      language: en", "extra.alternate.1.language is not a known field"),
    ('  feedback_endpoint: ""', '  feedback_endpoint: "http://evil.example/collect"', "must be an https:// address"),
    ("      link: /en/", "      link: en", "must be the language's folder, like / or /en/"),
])
def test_a_configuration_mistake_is_one_line_and_help_still_works(config_copy, old, new, message):
    from helpcenter.errors import ContentErrors
    from helpcenter.settings import read_settings
    path = config_copy / "mkdocs.yml"
    replace_in(path, old, new)
    with pytest.raises(ContentErrors) as raised:
        read_settings(path)
    assert any(message in str(error) for error in raised.value.errors), raised.value.errors
    assert all(str(error).startswith("mkdocs.yml: ") for error in raised.value.errors)
    # the command line: --help works, a command says the mistake in one line and exits 1
    command = [sys.executable, "-m", "helpcenter"]   # run in the copy: it builds the copy
    helped = subprocess.run(command + ["--help"], capture_output=True, text=True, cwd=config_copy)
    checked = subprocess.run(command + ["check"], capture_output=True, text=True, cwd=config_copy)
    assert helped.returncode == 0 and "COMMAND" in helped.stdout
    assert checked.returncode == 1 and message in checked.stderr and "Traceback" not in checked.stderr


def test_a_bad_site_url_is_a_clear_build_error():
    from helpcenter.errors import ContentErrors
    from helpcenter.settings import check_site_url
    for url in ("help.example.com", "ftp://help.example.com/", "https://help.example.com", ""):
        with pytest.raises(ContentErrors):
            check_site_url(url)
    check_site_url("https://help.example.com/en/")
