"""MkDocs events of the help center. Each event picks its pages and calls plain functions
of the ``helpcenter`` package; nothing here decides anything on its own.

State lives in one dict per language (`_state(config)`): MkDocs is single-threaded, and the
preview builds every language in one process, with this module loaded once.
"""
from __future__ import annotations

import json
import logging
import os
import sys
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from jinja2 import BytecodeCache  # noqa: E402
from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.structure.files import File  # noqa: E402

from helpcenter.callouts import CalloutExtension, fill_slots  # noqa: E402
from helpcenter.catalogs import compile_catalogs  # noqa: E402
from helpcenter.contact import contact_block, escalation_ladder, load_contact  # noqa: E402
from helpcenter.errors import ContentErrors  # noqa: E402
from helpcenter.files import link_problems, name_error  # noqa: E402
from helpcenter.history import last_changes, last_updated, shown_day  # noqa: E402
from helpcenter.incidents import load_incidents, notices, unknown_articles  # noqa: E402
from helpcenter.incremental import newest_change, pages_to_rebuild  # noqa: E402
from helpcenter.languages import (absolute_alternates, alternate_links, category_nav,  # noqa: E402
                                  language_folders)
from helpcenter.related import related_articles  # noqa: E402
from helpcenter.rendering import email_template, urgent_shortcut  # noqa: E402
from helpcenter.sanitize import SCRIPT_HINT, clean, unsafe_html  # noqa: E402
from helpcenter.settings import check_site_url, load_settings  # noqa: E402
from helpcenter.search import SearchDoc, build_index, headings_of, load_search_config, plain_text  # noqa: E402
from helpcenter.site import (DATA_DIR, LOCALES_DIR, Library, load_common_problems,  # noqa: E402
                             load_library, markdown_files, shown_path, site_pages)
from helpcenter.translations import missing_here, missing_translation, stale_translations  # noqa: E402

log = logging.getLogger("mkdocs.plugins.helpcenter")


class MemoryBytecodeCache(BytecodeCache):
    """Jinja compiles each template once per process, not once per rebuild of `serve`."""

    def __init__(self):
        self.store: dict[str, bytes] = {}

    def load_bytecode(self, bucket):
        if bucket.key in self.store:
            bucket.bytecode_from_string(self.store[bucket.key])

    def dump_bytecode(self, bucket):
        self.store[bucket.key] = bucket.bytecode_to_string()
_startup = {"incremental": False}
_states: dict[str, dict] = {}


def _state(config) -> dict:
    """The state of the language `config` builds, created at its first build."""
    lang = config.theme["language"]
    if lang not in _states:
        incremental = _startup["incremental"]
        _states[lang] = {
            "incremental": incremental,
            "cache": {} if incremental else None,
            "related_cache": {} if incremental else None,
            "templates": MemoryBytecodeCache(),   # compiled templates, kept between rebuilds
            "search_docs": {},
        }
    return _states[lang]


def on_startup(command, dirty):
    compile_catalogs(LOCALES_DIR)
    # `helpcenter.py serve` runs MkDocs with --dirty: only changed pages are rendered, plus
    # (see on_files) the pages that show what changed. State is kept between rebuilds.
    _startup["incremental"] = command == "serve" and dirty
    _states.clear()


def on_config(config):
    """Load and check the data files once; a mistake in them stops the build right here."""
    state = _state(config)
    compile_catalogs(LOCALES_DIR)
    try:
        settings = load_settings(dict(config.extra), shown_path(Path(config.config_file_path)))
        check_site_url(config.site_url, shown_path(Path(config.config_file_path)))
    except ContentErrors as errors:
        raise PluginError("The configuration is invalid:\n  " + "\n  ".join(map(str, errors.errors))) from None
    state["settings"] = settings
    data = Path(settings.data_dir or DATA_DIR)
    try:
        state["contact"] = load_contact(data / "contact.yml")
        state["incidents"] = load_incidents(data / "incidents.yml")
    except ContentErrors as errors:
        raise PluginError("Data files are invalid:\n  " + "\n  ".join(map(str, errors.errors))) from None
    links = link_problems(Path(config.docs_dir))
    if links:   # before MkDocs walks the folder: nothing from outside it is ever read
        raise PluginError("Files that cannot be published:\n  " + "\n  ".join(map(str, links)))
    state["data"] = data
    state["lang"] = config.theme["language"]
    if not any(isinstance(ext, CalloutExtension) for ext in config.markdown_extensions):
        config.markdown_extensions.append(CalloutExtension())   # `!!! contact high "..."` passages
    if config.nav is None:
        config.nav = category_nav(Path(config.docs_dir))
    state["search"] = load_search_config(data / "search", state["lang"])
    if not state.get("incremental"):
        state["search_docs"] = {}
    return config


def on_files(files, config):
    """Check every page (all errors at once), add stand-ins for missing translations,
    find stale translations, related articles and last-changed dates."""
    state = _state(config)
    lang, book = state["lang"], state["contact"]
    docs_dir = os.path.abspath(config.docs_dir)
    for file in [f for f in files if f.src_dir and os.path.abspath(f.src_dir) == docs_dir]:
        error = name_error(Path(file.abs_src_path), file.src_uri)
        if error:   # never copied to the site; the error fails the build
            log.error(str(error))
            files.remove(file)
    docs_root = Path(config.docs_dir).parent
    alternates = [alt.model_dump() for alt in state["settings"].alternate]
    prefixes = language_folders(alternates)
    site = site_pages(docs_root, prefixes)
    state["available"] = site.urls
    state["fallback"] = fallbacks = missing_here(site, lang)
    for uri, other in fallbacks.items():
        log.warning(f"{missing_translation(docs_root, uri, lang, other)}; readers get the {other} text meanwhile")
        files.append(File.generated(config, uri, abs_src_path=str(docs_root / other / uri)))
    pages = {f.src_uri: Path(f.abs_src_path) for f in files.documentation_pages()}
    library = load_library(pages, lang, book, site, state.get("cache"))
    state["common_problems"] = load_common_problems(state["data"] / "common_problems.yml", library)
    urls = {article.slug: article.url for article in library.articles.values()}
    library.errors.extend(unknown_articles(state["incidents"], set(urls), shown_path(state["data"] / "incidents.yml")))
    for error in library.errors:
        log.error(str(error))
    related = related_articles(list(library.articles.values()), state["search"].stopwords,
                               cache=state.get("related_cache"))
    if state.get("incremental"):
        theme_and_data = newest_change([state["data"], Path(config.theme.custom_dir)])
        if "library" in state:
            render_dependents(state, files, library, related, theme_and_data)
        state["theme_and_data"] = theme_and_data
    state["search_docs"] = {uri: doc for uri, doc in state["search_docs"].items() if uri in library.articles}
    state["library"], state["related"] = library, related
    state["callout_env"] = None   # made again for this build, when a page has a callout
    state["changes"] = last_changes(docs_root / lang)
    state["notices"] = notices(state["incidents"], datetime.now(timezone.utc), lang, urls)
    source = next(iter(prefixes))
    state["stale"] = set()
    if lang != source:
        originals = load_library(markdown_files(docs_root / source), source, book, cache=state.get("cache"))
        state["stale"] = stale_translations(library, originals)
        for uri in sorted(state["stale"]):
            log.info(f"{library.articles[uri].path}: translation may be out of date (its source changed)")
    return files


def render_dependents(state: dict, files, library: Library, related: dict, theme_and_data: float) -> None:
    """In an incremental rebuild, have MkDocs also render the pages that show what changed."""
    changed = {f.src_uri for f in files.documentation_pages() if f.is_modified()}
    common = {a.src_uri for a in state["common_problems"]}
    extra = pages_to_rebuild(changed, state["library"], library, state["related"], related, common)
    if theme_and_data != state.get("theme_and_data"):   # a template or data file changed: all pages
        extra = None
    for file in files.documentation_pages():
        if extra is None or file.src_uri in extra:
            file.is_modified = lambda: True


def on_env(env, config, files):
    """What every page shows the same way: common problems, every channel, the escalation
    ladder, incident notices."""
    state = _state(config)
    if "templates" in state:
        env.bytecode_cache = state["templates"]
    lang, book = state["lang"], state["contact"]
    all_channels = contact_block(
        slug="help-center", title=config.site_name, urgency=next(iter(book.urgency)), prepare=[], lang=lang,
        book=book, channels=list(book.channels), email_subject=config.site_name, email_body="")
    env.globals.update(common_problems=state["common_problems"], all_channels=all_channels,
                       escalation=escalation_ladder(all_channels, book, lang), notices=state["notices"])
    return env


def on_page_markdown(markdown, page, config, files):
    # Our own index replaces Material's (see on_post_build); Material's documented
    # `search.exclude` keeps its plugin from indexing, and segmenting, the page twice.
    page.meta["search"] = {"exclude": True}
    return markdown


def on_page_content(html, page, config, files):
    state = _state(config)
    other = state["fallback"].get(page.file.src_uri)
    source = page.file.content_string
    if other is None and SCRIPT_HINT.search(source):   # raw HTML, an attribute list or a scheme: check it
        for error in unsafe_html(html, body=source, body_line=1, path=shown_path(Path(page.file.abs_src_path))):
            log.error(str(error))
    html = clean(html)   # published sanitized in every case, also in the preview
    if other is not None:   # a page shown in another language until it is translated
        html = f'<div lang="{other}">{html}</div>'
    article = state["library"].articles.get(page.file.src_uri)
    if article is not None:
        state["search_docs"][page.file.src_uri] = SearchDoc(
            location=page.url, title=article.meta.title, description=article.meta.description,
            keywords=article.meta.keywords, headings=headings_of(html), body=plain_text(html))
        html = fill_slots(html, lambda urgency: callout_channels(state, config, article, urgency))
        if state["contact"].urgency[article.meta.urgency].shortcut:
            html = urgent_shortcut(state["lang"]) + html
    return html


def callout_channels(state: dict, config, article, urgency: str) -> str:
    """The channels of a `!!! contact LEVEL` passage, from the theme's partial (pages are
    rendered to HTML before MkDocs makes the page templates' environment: this one is the
    theme's own, made once per build)."""
    book, lang = state["contact"], state["lang"]
    if urgency not in book.urgency:
        return ""   # reported by the content checks, which fail the build
    subject, body = email_template(article, lang)
    block = contact_block(slug=article.slug, title=article.meta.title, urgency=urgency, prepare=[], lang=lang,
                          book=book, email_subject=subject, email_body=body)
    if state.get("callout_env") is None:
        state["callout_env"] = config.theme.get_env()
        state["callout_env"].bytecode_cache = state["templates"]
    return state["callout_env"].get_template("partials/contact-callout.html").render(callout=block)


def on_page_context(context, page, config, nav):
    state = _state(config)
    lang = state["lang"]
    alternates = [alt.model_dump() for alt in state["settings"].alternate]
    context["alternates"] = alternate_links(page.url, lang, alternates, state["available"])
    context["hreflang"] = absolute_alternates(page.url, config.site_url, lang, alternates, state["available"])
    src = page.file.src_uri
    context["translation_notice"] = ("fallback" if src in state["fallback"] else
                                     "stale" if src in state["stale"] else None)
    if src.endswith("/index.md"):   # a category page lists its articles (partials/category-listing.html)
        context["category_articles"] = state["library"].category_articles(src.rsplit("/", 1)[0])
    article = state["library"].articles.get(src)
    if article is not None:
        subject, body = email_template(article, lang)
        context["article"] = article
        context["contact"] = contact_block(
            slug=article.slug, title=article.meta.title, urgency=article.meta.urgency,
            prepare=article.meta.prepare, lang=lang, book=state["contact"],
            channels=article.meta.channels, email_subject=subject, email_body=body, lead=article.meta.lead)
        context["related"] = state["related"].get(src, [])
        day = last_updated(Path(page.file.abs_src_path), src, state["changes"],
                           state["settings"].time_zone)
        context["last_updated"] = shown_day(day, lang)
    return context


def on_post_build(config):
    state = _state(config)
    docs = [state["search_docs"][src] for src in sorted(state["search_docs"])]
    index = build_index(docs, state["search"])
    path = Path(config.site_dir) / "search" / "articles.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
