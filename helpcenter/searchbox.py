"""Drive the site's real search box in a Playwright page (tests and the search benchmark)."""
from __future__ import annotations

INPUT = "input.md-search__input"
RESULTS = ".md-search-result__list > .md-search-result__item"

_SETTLED = """([placeholder, query]) => {
  const meta = document.querySelector('.md-search-result__meta');
  const input = document.querySelector('input.md-search__input');
  return meta && input.value === query && meta.textContent.trim() !== placeholder;
}"""


def open_search(page) -> str:
    """Open the search overlay and return the result panel's placeholder text."""
    if page.is_visible(INPUT):
        page.click(INPUT)
    else:
        page.locator("label[for='__search']:visible").first.click()
        page.wait_for_selector(INPUT, state="visible")
    return page.inner_text(".md-search-result__meta").strip()


def search(page, query: str, placeholder: str, timeout: float = 15000) -> list[str]:
    """Type `query` into the search box and return the result links (article URLs), best first."""
    page.fill(INPUT, "")
    page.press(INPUT, "End")   # Material reads the query on keyup, not on input
    page.fill(INPUT, query)
    page.press(INPUT, "End")
    page.wait_for_function(_SETTLED, arg=[placeholder, query], timeout=timeout)
    page.wait_for_timeout(30)
    links = page.eval_on_selector_all(
        RESULTS, "items => items.map(i => i.querySelector('a.md-search-result__link').href)")
    return [link.split("?")[0].split("#")[0] for link in links]  # drop Material's ?h= highlight
