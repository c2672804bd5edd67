"""Text the help center writes outside templates (the prefilled e-mail), in the page's language,
from the theme's Babel catalogs; a catalog edited while the preview runs is read again."""
from __future__ import annotations

from babel.support import NullTranslations, Translations

from .articles import Article
from .languages import catalog_locale
from .paths import LOCALES_DIR


_loaded: dict[str, tuple[float, NullTranslations]] = {}


def translator(lang: str) -> NullTranslations:
    """The same catalogs the templates use (overrides/locales/<lang>/LC_MESSAGES/messages.mo),
    loaded again when the compiled catalog changed."""
    locale = catalog_locale(lang)   # the catalog folder of zh-Hant is zh_TW
    compiled = LOCALES_DIR / locale / "LC_MESSAGES" / "messages.mo"
    stamp = compiled.stat().st_mtime if compiled.exists() else 0.0
    known = _loaded.get(lang)
    if known is None or known[0] != stamp:
        known = _loaded[lang] = (stamp, Translations.load(str(LOCALES_DIR), [locale]))
    return known[1]


def email_template(article: Article, lang: str) -> tuple[str, str]:
    """Subject and body of the prefilled e-mail: the article named, its `prepare` items as blanks."""
    _ = translator(lang).gettext
    subject = _("Help center: %(title)s") % {"title": article.meta.title}
    lines = [_("Hello, I read the article “%(title)s” and still need help.") % {"title": article.meta.title}, ""]
    lines += [_("%(item)s: ") % {"item": item} for item in article.meta.prepare]
    lines += [_("What happened: "), ""]
    return subject, "\n".join(lines)


