/* Small page behaviours of the help center, on top of Material's bundle. */
(() => {
  "use strict"

  /* Search never ends in a dead end: under the results, or instead of them, offer the
     contact channels and the common problems (the #hc-search-help template). */
  function mountSearchHelp() {
    const template = document.getElementById("hc-search-help")
    const result = document.querySelector(".md-search-result")
    const list = document.querySelector(".md-search-result__list")
    const input = document.querySelector("input.md-search__input")
    if (!template || !result || !list || !input) return
    const help = template.content.firstElementChild.cloneNode(true)
    help.hidden = true
    list.after(help)
    const update = () => {
      const typed = input.value.trim().length > 0
      help.hidden = !typed
      help.classList.toggle("hc-search-help--empty", typed && list.children.length === 0)
    }
    new MutationObserver(update).observe(list, { childList: true })
    input.addEventListener("input", update)
    input.addEventListener("keyup", update)
  }

  /* Chat: try the app's deep link; if the app did not open, go to the web chat. */
  function mountChatFallback() {
    document.addEventListener("click", event => {
      const link = event.target.closest("a[data-web-href]")
      if (!link || /^https?:/i.test(link.getAttribute("href"))) return
      const web = link.dataset.webHref
      let left = false
      const leave = () => { left = true }
      window.addEventListener("pagehide", leave, { once: true })
      document.addEventListener("visibilitychange", leave, { once: true })
      setTimeout(() => { if (!left && document.visibilityState === "visible") window.location.href = web }, 1500)
    })
  }

  mountSearchHelp()
  mountChatFallback()
})()
