// Pages/s of Readability.js (with jsdom building the DOM, as Node users run it) on the trafilatura-eval pages,
// one thread, a warm-up over the first 100 pages and then one measured round over all of them (jsdom is slow
// enough that one round is several minutes): the JavaScript peer of `newslens bench extraction`.
// Usage: npm ci --prefix bench/js && node --max-old-space-size=8192 bench/js/readability-bench.mjs \
//   ../shared/data/extraction/trafilatura-eval
import { readFileSync, readdirSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: node readability-bench.mjs DATASET_DIR");
  process.exit(2);
}
// Page addresses from the manifest, so that relative links resolve as they would on the site.
const urls = new Map();
for (const line of readFileSync(join(dir, "MANIFEST.tsv"), "utf8").split("\n").slice(1)) {
  const cols = line.split("\t");
  if (cols.length >= 5) urls.set(cols[0], cols[4]);
}
const pages = readdirSync(join(dir, "html"))
  .filter((f) => f.endsWith(".html.gz"))
  .sort()
  .map((f) => ({
    url: urls.get(f.replace(/\.gz$/, "")) || "https://example.org/",
    html: new TextDecoder("utf-8").decode(gunzipSync(readFileSync(join(dir, "html", f)))),
  }));
// jsdom reports CSS it cannot parse on a console; silence it so printing costs nothing.
const quiet = new VirtualConsole();

function round(list) {
  let failed = 0;
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (const page of list) {
    try {
      const dom = new JSDOM(page.html, { url: page.url, virtualConsole: quiet });
      new Readability(dom.window.document).parse();
      dom.window.close();
    } catch {
      failed++;
    }
  }
  // CPU time as well as wall time: on a shared machine the wall clock also counts waiting for a core.
  const cpu = process.cpuUsage(cpu0);
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, cpuSeconds: (cpu.user + cpu.system) / 1e6, failed };
}

round(pages.slice(0, 100));
const r = round(pages);
const version = JSON.parse(readFileSync(new URL("./node_modules/@mozilla/readability/package.json", import.meta.url))).version;
console.log(`Readability.js ${version} + jsdom, node ${process.version}: ${pages.length} pages, ${r.failed} failed,`
  + ` ${(pages.length / r.seconds).toFixed(1)} pages/s (${r.seconds.toFixed(1)} s, one thread),`
  + ` ${(pages.length / r.cpuSeconds).toFixed(1)} pages per CPU-second`);
