"""Text the hook adds to pages, in the page's language, from the theme's Babel catalogs."""
from __future__ import annotations

import html
from functools import lru_cache

from babel.support import NullTranslations, Translations

from .articles import Article
from .site import LOCALES_DIR


@lru_cache(maxsize=None)
def translator(lang: str) -> NullTranslations:
    """The same catalogs the templates use (overrides/locales/<lang>/LC_MESSAGES/messages.mo)."""
    return Translations.load(str(LOCALES_DIR), [lang])


def email_template(article: Article, lang: str) -> tuple[str, str]:
    """Subject and body of the prefilled e-mail: the article named, its `prepare` items as blanks."""
    _ = translator(lang).gettext
    subject = _("Help center: %(title)s") % {"title": article.meta.title}
    lines = [_("Hello, I read the article “%(title)s” and still need help.") % {"title": article.meta.title}, ""]
    lines += [_("%(item)s: ") % {"item": item} for item in article.meta.prepare]
    lines += [_("What happened: "), ""]
    return subject, "\n".join(lines)


def urgent_shortcut(lang: str) -> str:
    """A line at the top of a high-urgency article that jumps to its contact block, so that a
    customer whose money or account is at risk need not scroll through the whole answer."""
    text = html.escape(translator(lang).gettext("Money or account at risk? Contact us now"))
    return f'<p class="hc-urgent-shortcut"><a href="#hc-contact-title" data-urgent-shortcut>{text}</a></p>\n'
