// Benchmark-only (scripts/search_benchmark.py): index the given built article pages with
// Pagefind's Node API (it runs the extended build, pagefind_extended, which segments Chinese).
// stdin: {"output": dir, "pages": [{"url": "/account/x/", "file": "/abs/site/account/x/index.html"}]}
// PAGEFIND: the path of the installed npm package (node_modules/pagefind).
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { pathToFileURL } from "node:url"

const pagefind = await import(pathToFileURL(join(process.env.PAGEFIND, "lib", "index.js")).href)

const job = JSON.parse(readFileSync(0, "utf-8"))
const { index, errors } = await pagefind.createIndex({ rootSelector: "article" })
if (errors.length) throw new Error(errors.join("; "))
for (const page of job.pages) {
  const added = await index.addHTMLFile({ url: page.url, content: readFileSync(page.file, "utf-8") })
  if (added.errors.length) throw new Error(added.errors.join("; "))
}
const written = await index.writeFiles({ outputPath: job.output })
if (written.errors.length) throw new Error(written.errors.join("; "))
await pagefind.close()
console.log(JSON.stringify({ pages: job.pages.length }))
