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

  /* Open now / closed now, in the customer's own time; a closed first channel hands the
     highlight to the next open one. Without JavaScript the hours stay as text. */
  const DAYS = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 }

  function zonedNow(now, timeZone) {
    const parts = {}
    for (const { type, value } of new Intl.DateTimeFormat("en-US", {
      timeZone, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23"
    }).formatToParts(now)) parts[type] = value
    return { day: DAYS[parts.weekday], minutes: Number(parts.hour) * 60 + Number(parts.minute) }
  }

  function opening(hours, now) {
    const days = hours.dataset.hoursDays.split(",").map(Number)
    const open = Number(hours.dataset.hoursOpen), close = Number(hours.dataset.hoursClose)
    const here = zonedNow(now, hours.dataset.timeZone)
    if (days.includes(here.day) && here.minutes >= open && here.minutes < close) return { open: true }
    for (let ahead = 0; ahead <= 7; ahead++) {
      const wait = ahead * 1440 + open - here.minutes
      if (wait > 0 && days.includes((here.day + ahead) % 7))
        return { open: false, at: new Date(now.getTime() + wait * 60000 - now.getSeconds() * 1000) }
    }
    return { open: false }
  }

  function formatOpening(at, now) {
    const lang = document.documentElement.lang
    const sameDay = at.toDateString() === now.toDateString()
    return new Intl.DateTimeFormat(lang, sameDay
      ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }
      : { weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at)
  }

  function mountOpeningHours(strings) {
    const now = new Date()
    for (const block of document.querySelectorAll("[data-contact-channels]")) {   // contact blocks and callouts
      const items = [...block.querySelectorAll("li[data-channel-item]")]
      let highlighted = null
      for (const item of items) {
        const hours = item.querySelector(".hc-channel__hours")
        const status = item.querySelector("[data-channel-status]")
        if (!hours || !status) continue
        const state = opening(hours, now)
        item.dataset.open = state.open
        status.textContent = state.open ? strings.open
          : strings.closed + (state.at ? " · " + strings.opens.replace("%(time)s", formatOpening(state.at, now)) : "")
        status.hidden = false
        if (state.open && !highlighted) highlighted = item
      }
      if (!highlighted) continue
      for (const item of items) {
        const primary = item === highlighted
        item.classList.toggle("hc-channel--primary", primary)
        item.querySelector("a[data-channel]").classList.toggle("md-button--primary", primary)
      }
    }
  }

  /* Material's search dialog has no accessible name: give it the search box's own label. */
  function nameSearchDialog() {
    const dialog = document.querySelector(".md-search[role=dialog]")
    const input = document.querySelector("input.md-search__input")
    if (dialog && input && !dialog.hasAttribute("aria-label"))
      dialog.setAttribute("aria-label", input.getAttribute("aria-label") || input.placeholder)
  }

  /* "Was this helpful?": remembered per article, sent to the configured endpoint if any;
     "No" points the reader at the contact block's highlighted channel. */
  function mountHelpful(strings) {
    const box = document.querySelector("[data-helpful]")
    if (!box) return
    const key = `hc-helpful:${box.dataset.lang}:${box.dataset.slug}`
    const reply = box.querySelector("[data-helpful-reply]")
    const answered = answer => {
      box.querySelector(".hc-helpful__answers").hidden = true
      box.querySelector(".hc-helpful__question").hidden = true
      reply.textContent = answer === "no" ? strings.sorry : strings.thanks
    }
    let stored = null
    try { stored = localStorage.getItem(key) } catch (error) { /* storage blocked: ask anyway */ }
    if (stored) answered(stored)
    box.hidden = false
    box.addEventListener("click", event => {
      const button = event.target.closest("button[data-answer]")
      if (!button) return
      const answer = button.dataset.answer
      try { localStorage.setItem(key, answer) } catch (error) { /* still thank the reader */ }
      if (box.dataset.endpoint)
        fetch(box.dataset.endpoint, {
          method: "POST", mode: "no-cors", keepalive: true,
          headers: { "Content-Type": "text/plain;charset=UTF-8" },
          body: JSON.stringify({ slug: box.dataset.slug, lang: box.dataset.lang, answer }),
        }).catch(() => {})
      answered(answer)
      if (answer === "no") {
        const primary = document.querySelector("#hc-contact .hc-channel--primary a[data-channel]")
        if (primary) {
          primary.scrollIntoView({ behavior: "smooth", block: "center" })
          primary.focus({ preventScroll: true })
        }
      }
    })
  }

  /* Incident notices: shown from their start to their end, also between builds. */
  function showCurrentIncidents() {
    const now = Date.now()
    for (const notice of document.querySelectorAll("[data-incident]"))
      notice.hidden = !(Date.parse(notice.dataset.starts) <= now && now < Date.parse(notice.dataset.ends))
    const banner = document.querySelector(".md-banner")
    if (banner && banner.querySelector("[data-incident]"))
      banner.hidden = !banner.querySelector("[data-incident]:not([hidden])")
  }

  const strings = JSON.parse(document.getElementById("hc-strings")?.textContent || "{}")
  showCurrentIncidents()
  mountHelpful(strings)
  nameSearchDialog()
  mountOpeningHours(strings)
  mountSearchHelp()
  mountChatFallback()
})()
