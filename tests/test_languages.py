"""Links between the two languages of the same page."""
from helpcenter.languages import alternate_links

ALTERNATES = [{"lang": "zh", "name": "简体中文", "link": "/"}, {"lang": "en", "name": "English", "link": "/en/"}]


def hrefs(url, lang, available=None):
    return {a.lang: a.href for a in alternate_links(url, lang, ALTERNATES, available)}


def test_chinese_article_links_to_the_same_english_article():
    assert hrefs("account/account-locked/", "zh")["en"] == "../../en/account/account-locked/"


def test_english_article_links_back_to_the_same_chinese_article():
    assert hrefs("account/account-locked/", "en")["zh"] == "../../../account/account-locked/"


def test_home_pages_link_to_each_other():
    assert hrefs("", "zh")["en"] == "en/"
    assert hrefs("", "en")["zh"] == "../"


def test_missing_translation_links_to_the_other_home_page():
    assert hrefs("account/new/", "zh", {"zh": {"account/new/"}, "en": {""}})["en"] == "../../en/"
