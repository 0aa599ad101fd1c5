// Scratch (not committed): a 50,000-person network in Chromium under the automatic choice — time from
// the import report to the quick figures and to the refined (guaranteed-estimate) figures, the longest
// main-thread task, CPU seconds of this process tree (node + Chromium, all threads).
import { readdirSync, readFileSync } from "node:fs";
import { startHarness, openApp } from "../test/e2e/harness.ts";
import { plantedPartition } from "../test/bench/generate.ts";

const n = Number(process.argv[2] ?? 50000);
const graph = plantedPartition({ n, tiesPerNode: 10 });
const lines = ["from,to,strength"];
graph.forEachEdge((_e, a, s, t) => lines.push(`${s},${t},${String(a.strength)}`));

/** CPU seconds (user + system) of this process and every descendant (Chromium's processes). */
function treeCpu(): number {
  const parent = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, "utf8");
      const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parent.set(Number(d), Number(rest[1]));
      cpu.set(Number(d), (Number(rest[11]) + Number(rest[12]) + Number(rest[13]) + Number(rest[14])) / 100);
    } catch {
      /* gone */
    }
  }
  let total = 0;
  for (const [pid, c] of cpu) {
    let p: number | undefined = pid;
    while (p !== undefined && p > 1 && p !== process.pid) p = parent.get(p);
    if (p === process.pid) total += c;
  }
  const u = process.cpuUsage();
  return total + (u.user + u.system) / 1e6;
}

const h = await startHarness();
const t0 = Date.now();
const log = (...a: unknown[]) => console.log(((Date.now() - t0) / 1000).toFixed(1), ...a);
try {
  const { page } = await openApp(h);
  page.on("pageerror", (e) => log("pageerror", String(e).slice(0, 300)));
  page.on("crash", () => log("CRASH"));
  await page.evaluate(`(() => {
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: "longtask", buffered: false });
    window.__seen = {};
    window.__coalitionMap.store.subscribe((s) => {
      const a = window.__coalitionMap.dataset()?.analysis;
      const nodes = window.__coalitionMap.dataset()?.graph.order;
      if (nodes !== ${n}) return;
      if (a && !window.__seen.quick) window.__seen.quick = performance.now();
      if (a && a.refined && !window.__seen.refined) window.__seen.refined = performance.now();
    });
  })()`);
  const cpu0 = treeCpu();
  await page.setInputFiles("#file-input", [{ name: "net.csv", mimeType: "text/csv", buffer: Buffer.from(lines.join("\n") + "\n") }]);
  log("files given");
  await page.waitForSelector("#import-dialog[open]", { timeout: 1_800_000 });
  const tReport = await page.evaluate("performance.now()");
  const cpuReport = treeCpu();
  log("import report", (cpuReport - cpu0).toFixed(1), "CPU s");
  await page.click("#import-accept", { timeout: 1_800_000 });
  for (;;) {
    await page.waitForTimeout(3000);
    if (await page.evaluate(`window.__seen.refined !== undefined`)) break;
  }
  const cpuEnd = treeCpu();
  const r = JSON.parse(
    String(
      await page.evaluate(`JSON.stringify({
    seen: window.__seen,
    long: window.__long,
    method: window.__coalitionMap.dataset().analysis.report.summary.standingMethod,
    timings: window.__coalitionMap.dataset().analysis.timings,
  })`),
    ),
  ) as { seen: { quick: number; refined: number }; long: [number, number][]; method: unknown; timings: unknown };
  const after = r.long.filter(([s]) => s >= (tReport as number));
  log("report → quick figures", ((r.seen.quick - (tReport as number)) / 1000).toFixed(1), "s");
  log("report → refined figures", ((r.seen.refined - (tReport as number)) / 1000).toFixed(1), "s;", (cpuEnd - cpuReport).toFixed(1), "CPU s since the report");
  log("longest main-thread task since the report", Math.max(0, ...after.map(([, d]) => d)), "ms; tasks > 100 ms:", after.filter(([, d]) => d > 100).length, "; longest overall", Math.max(0, ...r.long.map(([, d]) => d)));
  log("longest tasks since the report (start s after the report, ms):", JSON.stringify([...after].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([st, d]) => [Math.round((st - (tReport as number)) / 100) / 10, d])));
  log("refined method", JSON.stringify(r.method));
  log("timings", JSON.stringify(r.timings));
  await page.screenshot({ path: `/tmp/mapest-${n}.png` });
} finally {
  await h.close();
}
