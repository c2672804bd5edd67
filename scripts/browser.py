"""The site in a real browser, for tests and benchmarks: a static host on 127.0.0.1 that
behaves like the production one, headless Chromium, and the real search box."""
from __future__ import annotations

import contextlib
import functools
import gzip as gzip_module
import io
import socket
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
SEARCH_INPUT = "input.md-search__input"
SEARCH_RESULTS = ".md-search-result__list > .md-search-result__item"
# Add to a context (context.add_init_script) before its pages load: listens to the search
# worker's messages. `window.__search.more`: whether its last answer said a complete one follows
# (data.more), so that search() reads the list once it is complete; `ready`: when it answered
# READY; `first` / `complete`: per typed query (an empty one, the box cleared, is not timed), ms
# from the QUERY message to its first answer and to its complete list. Answers come in the order
# of the queries; a query's complete list is the answer without `more`.
WATCH_SEARCH = """(() => {
  const Native = window.Worker
  if (!Native) return
  const watch = window.__search = { ready: null, more: null, first: [], complete: [], pending: [] }
  window.Worker = class extends Native {
    constructor(url, options) {
      super(url, options)
      this.addEventListener("message", event => {
        const data = event.data, now = performance.now()
        if (data && data.type === 1 && watch.ready === null) watch.ready = now
        if (!data || data.type !== 3) return
        watch.more = !!(data.data && data.data.more)
        const query = watch.pending[0]
        if (!query) return
        if (query.timed && !query.answered) watch.first.push(now - query.sent)
        query.answered = true
        if (watch.more) return
        if (query.timed) watch.complete.push(now - query.sent)
        watch.pending.shift()
      })
    }
    postMessage(message, ...rest) {
      if (message && message.type === 2)
        watch.pending.push({ sent: performance.now(), timed: !!String(message.data || "").trim(), answered: false })
      return super.postMessage(message, ...rest)
    }
  }
})()"""
GZIP_SUFFIXES = {".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".map", ".wasm"}


class SiteHandler(SimpleHTTPRequestHandler):
    """A static host like the real one: unknown paths get the 404 page of their language
    (like nginx with one error_page per language folder), or the site's only 404 page
    (like GitHub Pages) when `one_404` is set."""
    one_404 = False
    gzip = False          # compress text files, like a production host (benchmarks)
    _compressed: dict = {}
    # Like a production host: connections kept open between requests, and each response sent
    # at once (without TCP_NODELAY the body waits ~40 ms for the ACK of the headers: Nagle's
    # algorithm against delayed ACKs, a stall no real host has).
    protocol_version = "HTTP/1.1"

    def setup(self):
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, *args):
        pass

    def send_head(self):
        """With `gzip`, text files go out gzip-compressed to clients that accept it (Pagefind's
        own .pf_* files are compressed already); otherwise exactly the standard handler."""
        if not self.gzip or "gzip" not in self.headers.get("Accept-Encoding", ""):
            return super().send_head()
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if not path.is_file() or path.suffix not in GZIP_SUFFIXES:
            return super().send_head()
        key = (str(path), path.stat().st_mtime_ns)
        body = self._compressed.get(key)
        if body is None:
            body = self._compressed[key] = gzip_module.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def send_error(self, code, message=None, explain=None):
        root = Path(self.directory)
        english = self.path.startswith("/en/") and not self.one_404
        page = root / "en" / "404.html" if english else root / "404.html"
        if code != 404 or not page.exists():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


class Server(ThreadingHTTPServer):
    request_queue_size = 64   # a page opens many connections at once (the default backlog is 5)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def serve_site(site_dir: Path, one_404: bool = False, port: int = 0, gzip: bool = False):
    """Serve a built site on 127.0.0.1 (a free port by default); yields its base URL ending in '/'.
    With `gzip`, text files are sent gzip-compressed (the phone benchmark)."""
    handler = type("Handler", (SiteHandler,), {"one_404": one_404, "gzip": gzip, "_compressed": {}})
    server = Server(("127.0.0.1", port), functools.partial(handler, directory=str(site_dir)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def launch_chromium(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)


# Settled: the query is in the box and the result panel says how many results it found (not
# "Initializing search", nor "Type to start searching", which shows when the engine is ready).
_SETTLED = """([placeholder, query]) => {
  const meta = document.querySelector('.md-search-result__meta');
  const input = document.querySelector('input.md-search__input');
  const config = document.getElementById('__config');
  const ready = config ? JSON.parse(config.textContent).translations['search.result.placeholder'] : null;
  const shown = meta ? meta.textContent.trim() : null;
  return meta && input.value === query && shown !== placeholder && shown !== ready;
}"""


_CLEARED = """() => document.querySelectorAll('.md-search-result__list > .md-search-result__item').length === 0"""


def open_search(page) -> str:
    """Open the search overlay and return the result panel's placeholder text."""
    phone_button = page.locator("label.md-header__button[for='__search']")
    if phone_button.is_visible():   # on a phone the search box opens from the header's button
        phone_button.click()
    else:
        page.click(SEARCH_INPUT)
    page.wait_for_selector(SEARCH_INPUT, state="visible")
    return page.inner_text(".md-search-result__meta").strip()


def search(page, query: str, placeholder: str, timeout: float = 15000) -> list[str]:
    """Type `query` into the search box and return the result links (article URLs), best first,
    once the list is complete (the page's context needs WATCH_SEARCH)."""
    if not page.evaluate("window.__search !== undefined"):
        raise RuntimeError("search() reads the worker's answers: add WATCH_SEARCH to the context (add_init_script)")
    page.fill(SEARCH_INPUT, "")
    page.press(SEARCH_INPUT, "End")   # Material reads the query on keyup, not on input
    # the previous query's results must be gone first, or they would be read as this one's
    page.wait_for_function(_CLEARED, timeout=timeout)
    page.fill(SEARCH_INPUT, query)
    page.press(SEARCH_INPUT, "End")
    page.wait_for_function(_SETTLED, arg=[placeholder, query], timeout=timeout)
    page.wait_for_timeout(30)
    # the worker's first answer may be followed by the complete list (search-worker.js)
    page.wait_for_function("window.__search.more !== true", timeout=timeout, polling=10)
    links = page.eval_on_selector_all(
        SEARCH_RESULTS, "items => items.map(i => i.querySelector('a.md-search-result__link').href)")
    return [link.split("?")[0].split("#")[0] for link in links]  # drop Material's ?h= highlight
