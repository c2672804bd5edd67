"""The writers' live preview: every language at once on one address (the source language at
`/`, the others under their folder, as published), on MkDocs' own live-reload server,
checking for saves five times as often as `mkdocs serve` does (every 0.1 s instead of 0.5 s),
and rebuilding incrementally (MkDocs --dirty mode; the hook adds the pages that depend on
what changed). A save rebuilds only the language whose folder changed (every language when
a shared file changed: data, theme, configuration).

A rebuild that fails never leaves the server waiting: the error is logged in one line and
every page shows it in a banner until the next good build.

This is mkdocs.commands.serve.serve of MkDocs 1.6.1 (frozen) with those changes.
"""
from __future__ import annotations

import html
import logging
import shutil
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, BuildError, ConfigurationError, PluginError
from mkdocs.livereload import LiveReloadServer

POLLING_INTERVAL = 0.1
log = logging.getLogger("mkdocs.helpcenter.preview")


class _QuietDirty(logging.Filter):
    """--dirty is safe here (the hook keeps dependent pages current): drop MkDocs' warning."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "'dirty' build" not in record.getMessage()


@dataclass
class PreviewLanguage:
    lang: str
    config_file: Path
    prefix: str          # '' for the site root, 'en' for /en/
    docs_dir: Path


def _newest(folder: Path) -> float:
    try:
        return max((p.stat().st_mtime for p in folder.rglob("*") if p.is_file()), default=0.0)
    except OSError:
        return 0.0


class _Collect(logging.Handler):
    """The errors MkDocs and the hook log during one build, for the preview's banner."""

    def __init__(self):
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def failure_reason(error: BaseException) -> str:
    """One line saying why a build failed, never a traceback."""
    if isinstance(error, (Abort, BuildError, ConfigurationError, PluginError)):
        return str(error).strip() or type(error).__name__
    if isinstance(error, UnicodeDecodeError):
        return f"a file is not UTF-8 text ({error.reason}); save it as UTF-8"
    if isinstance(error, OSError) and error.filename:
        return f"{error.strerror}: {error.filename}"
    return f"{type(error).__name__}: {error}"


class PreviewServer(LiveReloadServer):
    """MkDocs' live-reload server with a 404 page per language and a banner on every page
    while the last rebuild failed."""

    def __init__(self, *args, not_found, **kwargs):
        super().__init__(*args, **kwargs)
        self.not_found = not_found
        self.problem: str | None = None
        self._request = threading.local()
        self.error_handler = lambda code: self.not_found(code, getattr(self._request, "path", "/"))

    def serve_request(self, environ, start_response):
        self._request.path = environ.get("PATH_INFO", "/")
        return super().serve_request(environ, start_response)

    def _inject_js_into_html(self, content, epoch):
        content = super()._inject_js_into_html(content, epoch)
        if not self.problem:
            return content
        banner = ('<div role="alert" data-preview-error style="position:fixed;z-index:1000;left:0;right:0;'
                  'bottom:0;padding:.8rem 1rem;background:#b91c1c;color:#fff;font:14px/1.4 sans-serif;'
                  'white-space:pre-wrap">Preview not updated: ' + html.escape(self.problem) + '</div>')
        at = content.rfind(b"</body>")
        at = len(content) if at < 0 else at
        return content[:at] + banner.encode() + content[at:]


def serve(languages: list[PreviewLanguage], dev_addr: str, watch: list[Path]) -> None:
    site_dir = Path(tempfile.mkdtemp(prefix="helpcenter-preview-"))
    logging.getLogger("mkdocs.commands.build").addFilter(_QuietDirty())
    host, port = dev_addr.rsplit(":", 1)
    root_url = f"http://{host}:{port}/"
    out = {item.lang: site_dir / item.prefix if item.prefix else site_dir for item in languages}

    def get_config(item: PreviewLanguage):
        config = load_config(config_file=str(item.config_file), site_dir=str(out[item.lang]), strict=False,
                             dev_addr=dev_addr)
        config.site_url = root_url + (item.prefix + "/" if item.prefix else "")
        return config

    configs = {item.lang: get_config(item) for item in languages}
    first = configs[languages[0].lang]
    first.plugins.on_startup(command="serve", dirty=True)
    seen = {"shared": 0.0, **{item.lang: 0.0 for item in languages}}

    def build_languages(changed: list[PreviewLanguage]) -> None:
        problems = []
        for item in changed:
            errors = _Collect()
            logging.getLogger("mkdocs").addHandler(errors)
            try:
                config = configs.pop(item.lang, None) or get_config(item)
                build(config, serve_url=config.site_url, dirty=True)
            except (Exception, SystemExit) as error:   # a writer's mistake must not stop the preview
                reason = failure_reason(error)
                log.error(f"[{item.lang}] {reason} (the preview shows the last good build until this is fixed)")
                errors.messages.append(reason)
            finally:
                logging.getLogger("mkdocs").removeHandler(errors)
            problems += [f"[{item.lang}] {message}" for message in dict.fromkeys(errors.messages)]
        server.problem = "\n".join(problems) or None

    def builder(config=None):
        shared = max([_newest(path) for path in watch] + [item.config_file.stat().st_mtime for item in languages])
        stamps = {item.lang: _newest(item.docs_dir) for item in languages}
        if shared != seen["shared"]:
            changed = languages
        else:
            changed = [item for item in languages if stamps[item.lang] != seen[item.lang]] or languages
        seen.update(shared=shared, **stamps)
        build_languages(changed)

    def not_found(code: int, path: str) -> bytes | None:
        folder = next((out[item.lang] for item in languages
                       if item.prefix and (path + "/").startswith(f"/{item.prefix}/")), site_dir)
        page = folder / f"{code}.html"
        return page.read_bytes() if code in (404, 500) and page.is_file() else None

    server = PreviewServer(builder=builder, host=host, port=int(port), root=str(site_dir), mount_path="/",
                           polling_interval=POLLING_INTERVAL, not_found=not_found)
    try:
        builder()
        server = first.plugins.on_serve(server, config=first, builder=builder) or server
        paths = [item.docs_dir for item in languages] + [item.config_file for item in languages] + list(watch)
        paths += [Path(extra) for extra in first.watch]
        for path in dict.fromkeys(paths):
            server.watch(str(path))
        server.serve()
    except KeyboardInterrupt:
        logging.getLogger("mkdocs").info("Shutting down...")
    finally:
        server.shutdown()
        first.plugins.on_shutdown()
        shutil.rmtree(site_dir, ignore_errors=True)
