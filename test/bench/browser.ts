/**
 * The map in a real browser at scale: how long the page's main thread is blocked while a large
 * network is imported, analysed, laid out and drawn, and how fast a hover and a click answer.
 *
 * `npx vite build && npx tsx test/bench/browser.ts 10000 50000 [--profile] [--trace] [--workers N] [--no-pause]`
 *
 * For each size, the bench's seeded planted-partition network (generate.ts, 10 ties per node) is
 * written as an edge list and opened through the file input, as a person would; a `longtask`
 * PerformanceObserver, installed before the app's own script runs, records every main-thread task
 * over 50 ms with the phase it fell in (import → report shown → accepted → map drawn → analysed →
 * hover → click). Printed as a table; written to test-artifacts/browser-bench.json. `--profile`
 * also writes a Chrome CPU profile of the main thread (test-artifacts/browser-N.cpuprofile).
 * `--trace` writes a Chrome trace (test-artifacts/browser-N.trace.json: where a frame waits for
 * software WebGL). `--workers N` and `--no-pause` run the refine on N workers, or without its pause
 * while the page is used (the page's `?e2e&refineWorkers=N&refinePause=off`), to compare.
 * Timings are informative (never a pass/fail test); the load average and the browser's CPU seconds
 * are printed beside them.
 */
import { loadavg } from "node:os";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { ARTIFACTS, openApp, startHarness, WAIT_MS, waitForReady } from "../e2e/harness.js";
import { plantedPartition } from "./generate.js";

interface Phase {
  name: string;
  /** Page time (performance.now) when the phase began. */
  at: number;
}

interface LongTask {
  start: number;
  duration: number;
  phase: string;
  /** For a script: what ran (the event or callback, and the function). */
  what?: string;
}

export interface BrowserFigures {
  nodes: number;
  ties: number;
  /** From choosing the file to the import report shown. */
  reportMs: number;
  /** From accepting the report to the first picture on the map (a big map: its nodes, placed by the layout; the page's own clock). */
  drawnMs: number;
  /** From accepting the report to the map drawn whole, ties included (the page's own clock). */
  allDrawnMs: number;
  /** From accepting the report to every analysis attached. */
  readyMs: number;
  /**
   * From accepting the report to the final figures (exact, or the estimate with a stated margin):
   * above 5,000 people the first figures are quick estimates, refined in the background.
   */
  finalMs: number;
  /** Whether the hover and click below happened while the figures were still being refined. */
  hoverWhileRefining: boolean;
  longestTaskMs: number;
  longestTaskPhase: string;
  /** The longest run of the app's own script (Long Animation Frames' script entries): the part the code controls. */
  longestScriptMs: number;
  longestScript: string;
  tasksOver100: number;
  blockedMs: number;
  hoverMs: number;
  clickMs: number;
  load: number;
  /** CPU seconds of the browser's processes (all threads: page, workers, GPU) from "accept" to the final figures. */
  cpuS: number;
  tasks: LongTask[];
  scripts: LongTask[];
}

function edgeList(n: number): { text: string; ties: number } {
  const graph = plantedPartition({ n, tiesPerNode: 10 });
  const lines = ["from,to,strength"];
  graph.forEachEdge((_e, a, s, t) => lines.push(`${s},${t},${String(a.strength)}`));
  return { text: `${lines.join("\n")}\n`, ties: lines.length - 1 };
}

const OBSERVER = `
  window.__phases = [{ name: "start", at: performance.now() }];
  window.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
  window.__scripts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      for (const sc of e.scripts ?? [])
        if (sc.duration > 50) window.__scripts.push({ start: sc.startTime, duration: sc.duration, what: [sc.invoker, sc.sourceFunctionName].filter(Boolean).join(" ") });
  }).observe({ type: "long-animation-frame", buffered: true });
  window.__drawn = {};
  document.addEventListener("click", (e) => { if (e.target && e.target.id === "import-accept") window.__acceptAt = performance.now(); }, true);
  const mapEl = document.getElementById("map");
  if (mapEl) new MutationObserver(() => { const d = mapEl.dataset.drawn; if (d && window.__drawn[d] === undefined) window.__drawn[d] = performance.now(); }).observe(mapEl, { attributes: true, attributeFilter: ["data-drawn"] });
  // A build before the map said what it has drawn (no data-drawn): two frames after the network is on the map.
  const appEl = document.getElementById("app");
  if (appEl) new MutationObserver(() => {
    if (window.__acceptAt !== undefined && appEl.dataset.nodes === window.__nodes && window.__drawn.frames === undefined) requestAnimationFrame(() => requestAnimationFrame(() => (window.__drawn.frames ??= performance.now())));
  }).observe(appEl, { attributes: true, attributeFilter: ["data-nodes"] });
`;

/**
 * Records (window.__final, page time) when the new network's final figures arrive: exact, or the
 * estimate with a stated margin (the store resets them to null with the new network). A string:
 * the bench runs under tsx, whose helpers must not end up in the page.
 */
const FINAL_FIGURES = `
  window.__final = null;
  const m = window.__coalitionMap;
  const isFinal = (f) => f === "exact" || f === "estimates";
  if (m && isFinal(m.store.state.figures)) window.__final = performance.now();
  m?.store.subscribe((st) => {
    if (window.__final === null && isFinal(st.figures)) window.__final = performance.now();
  });
`;

/** CPU seconds used so far by this process's children and theirs (the browser: page, workers, GPU process), from /proc. */
function browserCpuSeconds(): number {
  const tick = 100; // USER_HZ
  const parent = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parent.set(Number(name), Number(fields[1]));
      cpu.set(Number(name), (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / tick);
    } catch {
      // the process ended meanwhile
    }
  }
  const mine = (pid: number): boolean => {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) if (p === process.pid) return true;
    return false;
  };
  let sum = 0;
  for (const [pid, s] of cpu) if (mine(pid)) sum += s;
  return sum;
}

async function mark(page: Page, name: string): Promise<void> {
  await page.evaluate((n) => (window as unknown as { __phases: Phase[] }).__phases.push({ name: n, at: performance.now() }), name);
}

/** The largest node's position on screen. */
async function biggest(page: Page): Promise<{ x: number; y: number } | null> {
  return page.evaluate(() => {
    const r = window.__coalitionMap?.map.sigma;
    const g = r?.getGraph();
    if (!r || !g) return null;
    let best = "";
    let bestDegree = -1;
    g.forEachNode((n) => {
      const d = g.degree(n);
      if (d > bestDegree) {
        best = n;
        bestDegree = d;
      }
    });
    const d = r.getNodeDisplayData(best);
    return d ? r.framedGraphToViewport({ x: d.x, y: d.y }) : null;
  });
}

/**
 * How the page runs the refine, for comparing (the page's test hooks): `workers`, that many refine
 * workers instead of the page's own choice; `pause: false`, the refine runs on while the page is used.
 */
export interface RefineOptions {
  workers?: number;
  pause?: boolean;
}

/** Open a generated network of `n` nodes in the built app and measure (see the header). */
export async function measureBrowser(n: number, profile = false, trace = false, refine: RefineOptions = {}): Promise<BrowserFigures> {
  const { text, ties } = edgeList(n);
  const h = await startHarness();
  try {
    const { page, context } = await openApp(h);
    const query = `${refine.workers ? `&refineWorkers=${refine.workers}` : ""}${refine.pause === false ? "&refinePause=off" : ""}`;
    if (query) {
      await page.goto(`${h.origin}/?e2e${query}`);
      await waitForReady(page);
    }
    await page.evaluate(OBSERVER);
    await page.evaluate((nodes) => ((window as unknown as { __nodes: string }).__nodes = String(nodes)), n);
    const cdp = profile ? await context.newCDPSession(page) : null;
    if (trace) await h.browser.startTracing(page, { path: `${ARTIFACTS}/browser-${n}.trace.json`, categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink", "gpu", "cc", "v8"] });
    if (cdp) {
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 1000 });
      await cdp.send("Profiler.start");
    }
    const wait = { timeout: 30 * WAIT_MS };
    const pageT0 = await page.evaluate(() => performance.now()); // the page is idle: its clock against ours
    const t0 = Date.now();
    await mark(page, "import");
    await page.setInputFiles("#file-input", [{ name: `net-${n}.csv`, mimeType: "text/csv", buffer: Buffer.from(text, "utf-8") }]);
    await page.waitForSelector("#import-dialog[open]", wait);
    const reportMs = Date.now() - t0;
    await mark(page, "report shown");
    const t1 = Date.now();
    const cpu0 = browserCpuSeconds();
    await page.click("#import-accept", wait);
    await mark(page, "accepted");
    const drawnAny = () => {
      const d = (window as unknown as { __drawn: Record<string, number> }).__drawn;
      return d.nodes !== undefined || d.all !== undefined || (d.frames !== undefined && document.querySelector("#map[data-drawn]") === null);
    };
    await page.waitForFunction(drawnAny, undefined, wait);
    await mark(page, "drawn");
    // when the final figures arrive (the store resets them with the new network: null until its analysis)
    await page.evaluate(FINAL_FIGURES);
    await page.waitForSelector('#app[data-ready="true"]', wait);
    await page.waitForFunction(() => {
      const d = (window as unknown as { __drawn: Record<string, number> }).__drawn;
      return d.all !== undefined || (d.frames !== undefined && document.querySelector("#map[data-drawn]") === null);
    }, undefined, wait);
    const readyMs = Date.now() - t1;
    await mark(page, "analysed");
    // Let the page settle (layout, idle work), then hover and click the largest node.
    await page.waitForTimeout(2000);
    await mark(page, "hover");
    const box = await page.locator("#map").boundingBox();
    const target = await biggest(page);
    let hoverMs = -1;
    let clickMs = -1;
    if (box && target) {
      await page.mouse.move(box.x + box.width - 5, box.y + 120);
      const t2 = Date.now();
      await page.mouse.move(box.x + target.x, box.y + target.y);
      await page.waitForFunction(() => window.__coalitionMap?.store.state.hovered != null, undefined, wait);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
      hoverMs = Date.now() - t2;
      await mark(page, "click");
      const t3 = Date.now();
      await page.mouse.click(box.x + target.x, box.y + target.y);
      await page.waitForSelector("#details-name", wait);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
      clickMs = Date.now() - t3;
    }
    await page.waitForFunction(() => (window as unknown as { __final: number | null }).__final !== null, undefined, wait);
    const cpuS = browserCpuSeconds() - cpu0;
    const { final, hoverAt, acceptAt, drawn } = await page.evaluate(() => {
      const w = window as unknown as { __final: number; __phases: Phase[]; __acceptAt: number; __drawn: Record<string, number> };
      return { final: w.__final, hoverAt: w.__phases.find((p) => p.name === "hover")?.at ?? 0, acceptAt: w.__acceptAt, drawn: w.__drawn };
    });
    const drawnMs = (drawn.nodes ?? drawn.all ?? drawn.frames ?? NaN) - acceptAt;
    const allDrawnMs = (drawn.all ?? drawn.frames ?? NaN) - acceptAt;
    // page marks wait for a busy main thread: the arrival's page time, on this side's clock, from the click on "accept"
    const finalMs = final - pageT0 - (t1 - t0);
    const hoverWhileRefining = final > hoverAt;
    await mark(page, "end");
    if (trace) await h.browser.stopTracing();
    if (cdp) {
      const { profile: p } = await cdp.send("Profiler.stop");
      writeFileSync(`${ARTIFACTS}/browser-${n}.cpuprofile`, JSON.stringify(p));
    }
    const { phases, tasks, scripts } = await page.evaluate(() => {
      const w = window as unknown as { __phases: Phase[]; __longtasks: { start: number; duration: number }[] };
      return { phases: w.__phases, tasks: w.__longtasks, scripts: (window as unknown as { __scripts: LongTask[] }).__scripts };
    });
    const phaseOf = (t: number) => {
      let name = "start";
      for (const p of phases) if (p.at <= t) name = p.name;
      return name;
    };
    const named = tasks.map((t) => ({ ...t, phase: phaseOf(t.start) }));
    const namedScripts = scripts.map((t) => ({ ...t, phase: phaseOf(t.start) }));
    const longestScript = namedScripts.reduce<LongTask | null>((a, t) => (a === null || t.duration > a.duration ? t : a), null);
    const longest = named.reduce<LongTask | null>((a, t) => (a === null || t.duration > a.duration ? t : a), null);
    return {
      nodes: n,
      ties,
      reportMs,
      drawnMs,
      allDrawnMs,
      readyMs,
      finalMs,
      hoverWhileRefining,
      longestTaskMs: longest?.duration ?? 0,
      longestTaskPhase: longest?.phase ?? "",
      longestScriptMs: longestScript?.duration ?? 0,
      longestScript: longestScript ? `${longestScript.what ?? ""} (${longestScript.phase})` : "",
      scripts: namedScripts,
      tasksOver100: named.filter((t) => t.duration > 100).length,
      blockedMs: named.reduce((s, t) => s + t.duration, 0),
      hoverMs,
      clickMs,
      load: loadavg()[0] ?? 0,
      cpuS,
      tasks: named,
    };
  } finally {
    await h.close();
  }
}

/** The figures as a Markdown table. */
export function browserTable(rows: BrowserFigures[]): string {
  const head = "| nodes | ties | report shown s | first picture s | ties drawn s | analysed s | final figures s | longest task ms (phase) | longest script ms | tasks > 100 ms | blocked s | hover ms | click ms | browser CPU s | load |";
  const sep = "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |";
  const s = (ms: number) => (ms / 1000).toFixed(1);
  const body = rows.map(
    (r) =>
      `| ${r.nodes.toLocaleString("en-US")} | ${r.ties.toLocaleString("en-US")} | ${s(r.reportMs)} | ${s(r.drawnMs)} | ${s(r.allDrawnMs)} | ${s(r.readyMs)} | ${s(r.finalMs)} | ${Math.round(r.longestTaskMs)} (${r.longestTaskPhase}) | ${Math.round(r.longestScriptMs)} ${r.longestScript} | ${r.tasksOver100} | ${s(r.blockedMs)} | ${r.hoverMs}${r.hoverWhileRefining ? " (refining)" : ""} | ${r.clickMs} | ${r.cpuS.toFixed(0)} | ${r.load.toFixed(1)} |`,
  );
  return [head, sep, ...body].join("\n");
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const profile = args.includes("--profile");
  const workersAt = args.indexOf("--workers");
  const workers = workersAt >= 0 ? Number(args[workersAt + 1]) : undefined;
  const refine: RefineOptions = { ...(workers ? { workers } : {}), ...(args.includes("--no-pause") ? { pause: false } : {}) };
  const sizes = args.filter((a, i) => !a.startsWith("--") && (workersAt < 0 || i !== workersAt + 1)).map(Number);
  const rows: BrowserFigures[] = [];
  for (const n of sizes.length ? sizes : [10_000]) {
    const r = await measureBrowser(n, profile, args.includes("--trace"), refine);
    rows.push(r);
    console.log(browserTable([r]));
    for (const t of r.tasks.filter((x) => x.duration > 100)) console.log(`  task ${Math.round(t.duration)} ms at ${(t.start / 1000).toFixed(1)} s (${t.phase})`);
    for (const t of r.scripts.filter((x) => x.duration > 50)) console.log(`  script ${Math.round(t.duration)} ms at ${(t.start / 1000).toFixed(1)} s (${t.phase}): ${t.what ?? ""}`);
  }
  writeFileSync(`${ARTIFACTS}/browser-bench.json`, JSON.stringify(rows, null, 2) + "\n");
  console.log(browserTable(rows));
}

if (process.argv[1]?.endsWith("browser.ts")) void main();
