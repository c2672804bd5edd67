"""The help center as a MkDocs plugin (`plugins: [helpcenter]`, registered by the package's
entry point, as Material's plugins and mkdocs-static-i18n are). Each event picks its pages
and calls plain functions of the ``helpcenter`` package; nothing here decides anything on
its own, and nothing outside this subpackage knows MkDocs.

MkDocs keeps one instance of the plugin per process (it has `on_startup`), and the preview
builds every language in one process: the state is one `LanguageBuild` per language.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from jinja2 import BytecodeCache, Environment
from mkdocs.config import base
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from ..articles import Article
from ..callouts import CalloutExtension, fill_slots
from ..catalogs import compile_catalogs
from ..contact import ContactBook, contact_block, escalation_ladder, load_contact
from ..errors import ContentErrors
from ..files import link_problems, name_error
from ..history import last_changes, last_updated, shown_day
from ..incidents import Incident, Notice, load_incidents, notices, unknown_articles
from ..incremental import newest_change, pages_to_rebuild
from ..languages import (absolute_alternates, alternate_links, category_nav, language_folders,
                         open_graph_locale, origins, source_language)
from ..paths import DATA_DIR, LOCALES_DIR, shown_path
from ..related import related_articles
from ..rendering import email_template
from ..sanitize import SCRIPT_HINT, clean, unsafe_html
from ..search import SearchConfig, SearchDoc, headings_of, load_search_config, own_text, plain_text, write_index
from ..settings import Settings, check_site_url, load_settings
from ..site import Library, load_common_problems, load_library, markdown_files, site_pages
from ..translations import missing_here, missing_translation, stale_translations, untranslated_pages

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


@dataclass
class PreviewCaches:
    """What the preview keeps between the rebuilds of one language. Each is bounded by the
    files that exist: entries of edited or deleted files are pruned at every rebuild."""
    pages: dict = field(default_factory=dict)          # parsed pages by (file, mtime, size, ...), see load_library
    source_pages: dict = field(default_factory=dict)   # the same for the source language (translation state)
    related: dict = field(default_factory=dict)        # src_uri -> (article, related-article signature)
    search_docs: dict[str, SearchDoc] = field(default_factory=dict)   # src_uri -> its text, cut once


@dataclass
class LanguageBuild:
    """What the plugin knows of one language. Data files are read in on_config; the rest is
    decided in on_files for the pages of this build."""
    lang: str
    settings: Settings                     # extra: of mkdocs.yml, validated
    data: Path                             # the data folder (contact.yml, incidents.yml, ...)
    contact: ContactBook                   # channels, urgency rules, escalation ladder
    incidents: list[Incident]
    search: SearchConfig                   # stop words of this language
    caches: PreviewCaches | None           # only in the preview
    templates: MemoryBytecodeCache         # compiled templates, kept for the whole process
    library: Library | None = None         # every page of this language, validated
    related: dict[str, list[Article]] = field(default_factory=dict)
    available: dict[str, set[str]] = field(default_factory=dict)   # lang -> page URLs it has
    fallback: dict[str, str] = field(default_factory=dict)         # src_uri -> language shown instead (preview)
    stale: set[str] = field(default_factory=set)                   # translations whose source changed
    common_problems: list[Article] = field(default_factory=list)
    changes: dict[str, datetime] = field(default_factory=dict)     # src path -> last commit
    notices: list[Notice] = field(default_factory=list)
    search_docs: dict[str, SearchDoc] = field(default_factory=dict)
    theme_and_data: float = 0.0            # newest change of a template or data file (preview)
    callout_env: Environment | None = None

    @property
    def alternates(self) -> list[dict]:
        return [alt.model_dump() for alt in self.settings.alternate]


class HelpCenterConfig(base.Config):
    """The plugin has no options of its own: the help center's options are `extra:` of
    mkdocs.yml (helpcenter/settings.py), which the command line reads without MkDocs too."""


class HelpCenterPlugin(BasePlugin[HelpCenterConfig]):
    def __init__(self):
        self.incremental = False                       # the preview: MkDocs' --dirty rebuilds
        self.builds: dict[str, LanguageBuild] = {}     # language -> its state
        self.caches: dict[str, PreviewCaches] = {}     # language -> what the preview keeps
        self.templates = MemoryBytecodeCache()

    def on_startup(self, *, command, dirty):
        compile_catalogs(LOCALES_DIR)
        # The preview runs MkDocs with --dirty: only changed pages are rendered, plus (see
        # on_files) the pages that show what changed.
        self.incremental = command == "serve" and dirty
        self.caches.clear()

    def build_of(self, config) -> LanguageBuild:
        return self.builds[config.theme["language"]]

    def on_config(self, config):
        """Read and check the configuration and the data files; a mistake stops the build here."""
        compile_catalogs(LOCALES_DIR)
        shown = shown_path(Path(config.config_file_path))
        lang = config.theme["language"]
        try:
            settings = load_settings(dict(config.extra), shown)
            check_site_url(config.site_url, shown)
            data = Path(settings.data_dir or DATA_DIR)
            codes = [alt.lang for alt in settings.alternate]
            contact, incidents = load_contact(data / "contact.yml", codes), load_incidents(data / "incidents.yml", codes)
            search = load_search_config(data / "search", lang)
        except ContentErrors as errors:
            raise PluginError("The configuration or a data file is invalid:\n  "
                              + "\n  ".join(map(str, errors.errors))) from None
        links = link_problems(Path(config.docs_dir))
        if links:   # before MkDocs walks the folder: nothing from outside it is ever read
            raise PluginError("Files that cannot be published:\n  " + "\n  ".join(map(str, links)))
        caches = self.caches.setdefault(lang, PreviewCaches()) if self.incremental else None
        previous = self.builds.get(lang)
        self.builds[lang] = LanguageBuild(
            lang=lang, settings=settings, data=data, contact=contact, incidents=incidents,
            search=search, caches=caches, templates=self.templates,
            library=previous.library if previous and caches else None,
            related=previous.related if previous and caches else {},
            common_problems=previous.common_problems if previous and caches else [],
            theme_and_data=previous.theme_and_data if previous and caches else 0.0)
        if not any(isinstance(ext, CalloutExtension) for ext in config.markdown_extensions):
            config.markdown_extensions.append(CalloutExtension())   # `!!! contact high "..."` passages
        if config.nav is None:
            config.nav = category_nav(Path(config.docs_dir))
        return config

    def on_files(self, files: Files, *, config):
        """Check every page (all errors at once), add stand-ins for missing translations,
        find stale translations, related articles and last-changed dates."""
        build = self.build_of(config)
        lang, book, caches = build.lang, build.contact, build.caches
        docs_dir = os.path.abspath(config.docs_dir)
        for file in [f for f in files if f.src_dir and os.path.abspath(f.src_dir) == docs_dir]:
            error = name_error(Path(file.abs_src_path), file.src_uri)
            if error:   # never copied to the site; the error fails the build
                log.error(str(error))
                files.remove(file)
        docs_root = Path(config.docs_dir).parent
        prefixes = language_folders(build.alternates)
        site = site_pages(docs_root, prefixes)
        build.available = site.urls
        build.fallback = missing_here(site, lang)
        for uri, other in build.fallback.items():
            log.warning(f"{missing_translation(docs_root, uri, lang, other)}; readers get the {other} text meanwhile")
            files.append(File.generated(config, uri, abs_src_path=str(docs_root / other / uri)))
        pages = {f.src_uri: Path(f.abs_src_path) for f in files.documentation_pages()}
        library = load_library(pages, lang, book, site, caches.pages if caches else None)
        common = load_common_problems(build.data / "common_problems.yml", library)
        urls = {article.slug: article.url for article in library.articles.values()}
        library.errors.extend(unknown_articles(build.incidents, set(urls), shown_path(build.data / "incidents.yml")))
        for error in library.errors:
            log.error(str(error))
        related = related_articles(list(library.articles.values()), build.search.stopwords,
                                   cache=caches.related if caches else None)
        if caches is not None:
            theme_and_data = newest_change([build.data, Path(config.theme.custom_dir)])
            if build.library is not None:
                self.render_dependents(build, files, library, related, common, theme_and_data)
            build.theme_and_data = theme_and_data
            build.search_docs = caches.search_docs
            for uri in set(caches.search_docs) - set(library.articles):
                del caches.search_docs[uri]
        build.library, build.related, build.common_problems = library, related, common
        build.callout_env = None   # made again for this build, when a page has a callout
        build.changes = last_changes(docs_root / lang)
        build.notices = notices(build.incidents, datetime.now(timezone.utc), lang, urls)
        source = origins(build.alternates).get(lang, source_language(prefixes))
        build.stale = set()
        for error in untranslated_pages(library, source):
            log.error(str(error))
        if lang != source_language(prefixes):
            originals = load_library(markdown_files(docs_root / source), source, book,
                                     cache=caches.source_pages if caches else None)
            build.stale = stale_translations(library, originals)
            for uri in sorted(build.stale):
                log.info(f"{library.articles[uri].path}: translation may be out of date (its source changed)")
        return files

    @staticmethod
    def render_dependents(build: LanguageBuild, files: Files, library: Library, related: dict,
                          common: list[Article], theme_and_data: float) -> None:
        """In an incremental rebuild, have MkDocs also render the pages that show what changed:
        their built page is dated back, which is how MkDocs' --dirty mode tells a page is out of
        date (File.is_modified); it stays in place, so a rebuild that fails still serves it."""
        changed = {f.src_uri for f in files.documentation_pages() if f.is_modified()}
        extra = pages_to_rebuild(changed, build.library, library, build.related, related,
                                 {a.src_uri for a in build.common_problems} | {a.src_uri for a in common})
        if theme_and_data != build.theme_and_data:   # a template or data file changed: all pages
            extra = None
        for file in files.documentation_pages():
            if (extra is None or file.src_uri in extra) and file.src_uri not in changed:
                try:
                    os.utime(file.abs_dest_path, (0, 0))
                except FileNotFoundError:
                    pass   # not built yet: MkDocs renders it anyway

    def on_env(self, env, *, config, files):
        """What every page shows the same way: common problems, every channel, the escalation
        ladder, incident notices."""
        build = self.build_of(config)
        env.bytecode_cache = build.templates
        book, lang = build.contact, build.lang
        all_channels = contact_block(
            slug="help-center", title=config.site_name, urgency=next(iter(book.urgency)), prepare=[], lang=lang,
            book=book, channels=list(book.channels), email_subject=config.site_name, email_body="")
        env.globals.update(common_problems=build.common_problems, all_channels=all_channels,
                           escalation=escalation_ladder(all_channels, book, lang), notices=build.notices,
                           og_locale=open_graph_locale(lang))
        return env

    def on_page_markdown(self, markdown, *, page, config, files):
        # Our own index replaces Material's (see on_post_build); Material's documented
        # `search.exclude` keeps its plugin from indexing, and segmenting, the page twice.
        page.meta["search"] = {"exclude": True}
        return markdown

    def on_page_content(self, html, *, page, config, files):
        build = self.build_of(config)
        src = page.file.src_uri
        other = build.fallback.get(src)
        # the text on_files read; only a page whose front matter failed is read again
        body, body_line = build.library.bodies.get(src) or (page.file.content_string, 1)
        if other is None and SCRIPT_HINT.search(body):   # raw HTML, an attribute list or a scheme: check it
            for error in unsafe_html(html, body=body, body_line=body_line, path=shown_path(Path(page.file.abs_src_path))):
                log.error(str(error))
        html = clean(html)   # published sanitized in every case, also in the preview
        if other is not None:   # a page shown in another language until it is translated
            html = f'<div lang="{other}">{html}</div>'
        article = build.library.articles.get(src)
        if article is not None:
            build.search_docs[src] = SearchDoc(
                location=page.url, title=article.meta.title, description=article.meta.description,
                keywords=article.meta.keywords, headings=headings_of(html), body=plain_text(html),
                indexed_body=own_text(html))
            html = fill_slots(html, lambda urgency: self.callout_channels(build, config, article, urgency))
            if build.contact.urgency[article.meta.urgency].shortcut:
                html = self.render(build, config, "partials/urgent-shortcut.html") + html
        return html

    @staticmethod
    def render(build: LanguageBuild, config, template: str, **context) -> str:
        """A partial of the theme, for HTML the plugin adds to a page's content (pages are
        rendered before MkDocs makes the page templates' environment: this is the theme's own,
        made once per build)."""
        if build.callout_env is None:
            build.callout_env = config.theme.get_env()
            build.callout_env.bytecode_cache = build.templates
        return build.callout_env.get_template(template).render(**context)

    def callout_channels(self, build: LanguageBuild, config, article: Article, urgency: str) -> str:
        """The channels of a `!!! contact LEVEL` passage."""
        if urgency not in build.contact.urgency:
            return ""   # reported by the content checks, which fail the build
        subject, body = email_template(article, build.lang)
        block = contact_block(slug=article.slug, title=article.meta.title, urgency=urgency, prepare=[],
                              lang=build.lang, book=build.contact, email_subject=subject, email_body=body)
        return self.render(build, config, "partials/contact-callout.html", callout=block)

    def on_page_context(self, context, *, page, config, nav):
        build = self.build_of(config)
        lang, src = build.lang, page.file.src_uri
        context["alternates"] = alternate_links(page.url, lang, build.alternates, build.available)
        context["hreflang"] = absolute_alternates(page.url, config.site_url, lang, build.alternates, build.available)
        context["translation_notice"] = ("fallback" if src in build.fallback else
                                         "stale" if src in build.stale else None)
        if src.endswith("/index.md"):   # a category page lists its articles (partials/category-listing.html)
            context["category_articles"] = build.library.category_articles(src.rsplit("/", 1)[0], build.contact)
        article = build.library.articles.get(src)
        if article is not None:
            subject, body = email_template(article, lang)
            context["article"] = article
            context["contact"] = contact_block(
                slug=article.slug, title=article.meta.title, urgency=article.meta.urgency,
                prepare=article.meta.prepare, lang=lang, book=build.contact,
                channels=article.meta.channels, email_subject=subject, email_body=body, lead=article.meta.lead)
            context["related"] = build.related.get(src, [])
            day = last_updated(Path(page.file.abs_src_path), src, build.changes, build.settings.time_zone)
            context["last_updated"] = shown_day(day, lang)
        return context

    def on_post_build(self, *, config):
        build = self.build_of(config)
        docs = [build.search_docs[src] for src in sorted(build.search_docs)]
        write_index(Path(config.site_dir) / "search", docs, build.search)
