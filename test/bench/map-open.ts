/**
 * Where the main thread's time goes when a big network's map is made: the task that runs when the
 * import report is accepted (`NetworkMap.setDataset`: sigma's renderer created, every node and tie
 * reduced and written to the programs) and the one when the analyses arrive
 * (`NetworkMap.analysisArrived`: the nodes' sizes), measured in headless Chromium with a Chrome
 * DevTools Protocol CPU profile.
 *
 * `npx tsx test/bench/map-open.ts 10000 [50000] [--interval µs] [--repeat K] [--clicks K] [--appearance K] [--trace] [--dist DIR] [--no-build]`
 *
 * The app is built unminified into test-artifacts/map-open-dist (its bundle keeps a `// path`
 * comment at the top of every module, so each profile sample is told apart: our code under src/,
 * sigma's, graphology's, the browser's own). For each size the bench's seeded planted-partition
 * network (generate.ts, 10 ties per node) is opened through the file input; the two calls are timed
 * inside the page (performance.now around them) until the workspace's first save is done, every main-thread task over 50 ms is recorded
 * (a `longtask` observer), and the profile's self time inside the longest task of each phase is
 * split by module and by function. Printed; written to test-artifacts/map-open-N.json (and the raw
 * profile to map-open-N.cpuprofile). Timings are informative (never a pass/fail test): the load
 * average and the browser's CPU seconds are printed beside them.
 *
 * The click phase (after the analyses, once the page settled): a mouse click on the node with the
 * most ties (sigma's `clickNode` → the app's `select`: the store, the map, the Details panel), then
 * a click on the background (nothing selected: the Details panel's summary of the network), then
 * `--clicks K` (default 5) other nodes selected as a click does; each timed in the page (the
 * handle's `lastSelectMs`), the longest task of the phase split like the others. `--appearance K`:
 * the nodes' appearance (appearance.ts `computeAppearance`, through the view's `ensureAppearance`)
 * computed again K times on the loaded page, each timed.
 */
import { loadavg } from "node:os";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { build, preview } from "vite";
import { chromium } from "playwright-core";
import { ARTIFACTS, CHROMIUM, WAIT_MS } from "../e2e/harness.js";
import { plantedPartition } from "./generate.js";

const DEFAULT_OUT = `${ARTIFACTS}/map-open-dist`;

interface Call {
  name: string;
  start: number;
  ms: number;
}

interface Task {
  start: number;
  duration: number;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Self time in one task, by module group and by function. */
interface Breakdown {
  taskMs: number;
  sampledMs: number;
  groups: Record<string, number>;
  functions: { name: string; module: string; ms: number }[];
  /** Time with the function on the stack (each of our functions, and sigma's entry points). */
  inclusive: { name: string; module: string; ms: number }[];
}

export interface MapOpenFigures {
  nodes: number;
  ties: number;
  calls: Call[];
  acceptTask: Breakdown | null;
  analysisTask: Breakdown | null;
  tasksOver100: number;
  /** Every main-thread task over 100 ms from the click on "accept" on: its start (ms after setDataset began) and length. */
  longTasks: { at: number; ms: number }[];
  /** The click phase: each selection's script in the page (ms), and its longest task. */
  clicks: { what: string; ms: number }[];
  clickTask: Breakdown | null;
  /** Every other task over 100 ms after "accept" (not the accept or analysis task): its start, length and what was on the stack. */
  otherTasks: { at: number; ms: number; top: { name: string; module: string; ms: number }[] }[];
  /** `--appearance K`: computeAppearance again on the loaded page, each call's ms. */
  appearance: number[];
  /** The profile of those calls (all of them together). */
  appearanceTask: Breakdown | null;
  /** `--repeat K`: the same data set shown again K times on the loaded page (JS time of each call, ms). */
  repeats: Call[];
  load: number;
  cpuS: number;
}

function edgeList(n: number): { text: string; ties: number } {
  const graph = plantedPartition({ n, tiesPerNode: 10 });
  const lines = ["from,to,strength"];
  graph.forEachEdge((_e, a, s, t) => lines.push(`${s},${t},${String(a.strength)}`));
  return { text: `${lines.join("\n")}\n`, ties: lines.length - 1 };
}

/** CPU seconds used so far by this process's children (the browser: page, workers, GPU), from /proc. */
function browserCpuSeconds(): number {
  const parent = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parent.set(Number(name), Number(f[1]));
      cpu.set(Number(name), (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / 100);
    } catch {
      // the process ended meanwhile
    }
  }
  let sum = 0;
  for (const [pid, s] of cpu) {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p))
      if (p === process.pid) {
        sum += s;
        break;
      }
  }
  return sum;
}

/** The bundle's modules by line: the `// path` comment above each (rolldown's unminified output). */
function moduleLines(file: string): (line: number) => string {
  const starts: { line: number; module: string }[] = [];
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((text, i) => {
      const m = /^\/\/ (\S+\.(?:m?js|ts)|\\0\S+)$/.exec(text);
      if (m?.[1]) starts.push({ line: i, module: m[1].replace(/^(\.\.\/)+main\//, "") });
    });
  return (line) => {
    let lo = 0,
      hi = starts.length - 1,
      found = "(bundle)";
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = starts[mid];
      if (!s) break;
      if (s.line <= line) {
        found = s.module;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

/** Which part a module belongs to: ours, sigma (and its add-ons), graphology, or the browser. */
function groupOf(module: string, fn: string): string {
  if (module.startsWith("src/")) return "ours";
  if (/node_modules\/(@sigma|sigma)\//.test(module)) return "sigma";
  if (/node_modules\/graphology/.test(module)) return "graphology";
  if (module === "(browser)") return fn === "(garbage collector)" ? "garbage collection" : fn === "(program)" ? "browser (rendering, WebGL)" : "browser";
  return "other";
}

/** The profile's self time between two page times (ms), split by group and function. */
function breakdown(profile: Profile, bundleUrl: string, modOf: (line: number) => string, task: Task): Breakdown {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map<string, { name: string; module: string; ms: number }>();
  const groups: Record<string, number> = {};
  const fns = new Map<string, { name: string; module: string; ms: number }>();
  let t = profile.startTime; // µs, shifted to the page's clock by the caller's `task`
  let sampled = 0;
  const from = task.start * 1000;
  const to = (task.start + task.duration) * 1000;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i] ?? 0;
    t += dt;
    if (t < from || t > to) continue;
    const next = profile.timeDeltas[i + 1] ?? 0;
    const ms = next / 1000;
    const node = byId.get(profile.samples[i] ?? -1);
    if (!node) continue;
    const cf = node.callFrame;
    const module = cf.url === bundleUrl ? modOf(cf.lineNumber) : cf.url === "" ? "(browser)" : cf.url.replace(/^.*\//, "");
    const name = cf.functionName || "(anonymous)";
    const group = groupOf(module, name);
    if (name === "(idle)") continue;
    groups[group] = (groups[group] ?? 0) + ms;
    const key = `${name}@${module}:${cf.lineNumber}`;
    const f = fns.get(key) ?? { name: `${name}:${cf.lineNumber + 1}`, module, ms: 0 };
    f.ms += ms;
    fns.set(key, f);
    sampled += ms;
    const seen = new Set<string>();
    for (let p: number | undefined = node.id; p !== undefined; p = parent.get(p)) {
      const f2 = byId.get(p)?.callFrame;
      if (!f2 || f2.url !== bundleUrl) continue;
      const mod = modOf(f2.lineNumber);
      const k = `${f2.functionName}@${f2.lineNumber}`;
      if (seen.has(k)) continue;
      seen.add(k);
      const e = incl.get(k) ?? { name: `${f2.functionName || "(anonymous)"}:${f2.lineNumber + 1}`, module: mod, ms: 0 };
      e.ms += ms;
      incl.set(k, e);
    }
  }
  const functions = [...fns.values()].sort((a, b) => b.ms - a.ms).slice(0, 25);
  const inclusive = [...incl.values()].sort((a, b) => b.ms - a.ms).slice(0, 40);
  return { taskMs: task.duration, sampledMs: sampled, groups, functions, inclusive };
}

const PAGE_SETUP = `
  window.__tasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
  window.__calls = [];
  const m = window.__coalitionMap.map;
  for (const name of ["setDataset", "analysisArrived"]) {
    const orig = m[name].bind(m);
    m[name] = (...args) => {
      const t = performance.now();
      const r = orig(...args);
      window.__calls.push({ name, start: t, ms: performance.now() - t });
      return r;
    };
  }
`;

/** Show the loaded data set again `k` times (a string: tsx's helpers must not end up in the page). */
const AGAIN = `async (k) => {
  const m = window.__coalitionMap.map;
  const ds = m.view.ds;
  const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300))));
  const before = window.__calls.length;
  for (let i = 0; i < k; i++) {
    m.setDataset(ds);
    await frames();
    m.analysisArrived();
    await frames();
  }
  return window.__calls.slice(before);
}`;

/** Where the node with the most ties is drawn (viewport pixels), and its id. */
const BIGGEST = `(() => {
  const r = window.__coalitionMap.map.sigma;
  const g = r.getGraph();
  let best = "", bestDegree = -1;
  g.forEachNode((n) => { const d = g.degree(n); if (d > bestDegree) { best = n; bestDegree = d; } });
  const d = r.getNodeDisplayData(best);
  const p = r.framedGraphToViewport({ x: d.x, y: d.y });
  return { id: best, x: p.x, y: p.y };
})()`;

/** Select `k` nodes spread over the graph's order, one after the other, as a click does; each timed. */
const SELECT_SOME = `async (k) => {
  const h = window.__coalitionMap;
  const nodes = h.map.sigma.getGraph().nodes();
  const out = [];
  for (let i = 0; i < k; i++) {
    const id = nodes[Math.floor(((i + 0.5) / k) * nodes.length)];
    const t = performance.now();
    h.store.dispatch({ type: "select", node: id });
    out.push({ what: "select " + id, ms: performance.now() - t });
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 200)));
  }
  return out;
}`;

async function measure(n: number, origin: string, bundleUrl: string, modOf: (line: number) => string, interval: number, trace: boolean, repeat: number, tag: string, clickCount = 5, appearanceCount = 0): Promise<MapOpenFigures> {
  const { text, ties } = edgeList(n);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--use-angle=swiftshader", "--enable-unsafe-swiftshader"],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(30 * WAIT_MS);
    const page = await context.newPage();
    await page.goto(`${origin}/?e2e`);
    await page.waitForSelector('#app[data-ready="true"]');
    await page.evaluate(PAGE_SETUP);
    await page.setInputFiles("#file-input", [{ name: `net-${n}.csv`, mimeType: "text/csv", buffer: Buffer.from(text, "utf-8") }]);
    await page.waitForSelector("#import-dialog[open]");
    if (trace) await browser.startTracing(page, { path: `${ARTIFACTS}/map-open-${n}.trace.json`, categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink", "gpu", "v8", "toplevel"] });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval });
    await cdp.send("Profiler.start");
    const cpu0 = browserCpuSeconds();
    await page.click("#import-accept");
    await page.waitForSelector('#map[data-drawn="all"]');
    await page.waitForFunction(() => (window as unknown as { __calls: Call[] }).__calls.some((c) => c.name === "analysisArrived"));
    await page.waitForSelector('#app[data-ready="true"]');
    // The workspace's first save (the spreadsheets and positions kept on this computer) included.
    await page.waitForSelector('#save-status[data-status="saved"]');
    await page.waitForTimeout(1500);
    const { profile } = (await cdp.send("Profiler.stop")) as { profile: Profile };
    if (trace) await browser.stopTracing();
    const cpuS = browserCpuSeconds() - cpu0;
    writeFileSync(`${ARTIFACTS}/map-open-${n}${tag}.cpuprofile`, JSON.stringify(profile));
    // The click phase, profiled on its own.
    const tasksBefore = (await page.evaluate("window.__tasks.length")) as number;
    await cdp.send("Profiler.start");
    const clickT0 = (await page.evaluate("performance.now()")) as number;
    const clicks: { what: string; ms: number }[] = [];
    const box = await page.locator("#map").boundingBox();
    const target = (await page.evaluate(BIGGEST)) as { id: string; x: number; y: number };
    if (box) {
      await page.mouse.move(box.x + target.x, box.y + target.y);
      await page.waitForTimeout(500);
      await page.mouse.click(box.x + target.x, box.y + target.y);
      await page.waitForSelector("#details-name");
      clicks.push({ what: `click ${target.id} (most ties)`, ms: (await page.evaluate("window.__coalitionMap.lastSelectMs")) as number });
      await page.waitForTimeout(500);
      // Nothing selected: the Details panel shows the network's summary.
      const t = (await page.evaluate(`(() => { const t = performance.now(); window.__coalitionMap.store.dispatch({ type: "select", node: null }); return performance.now() - t; })()`)) as number;
      clicks.push({ what: "select nothing (summary)", ms: t });
      await page.waitForTimeout(300);
    }
    clicks.push(...((await page.evaluate(`(${SELECT_SOME})(${clickCount})`)) as { what: string; ms: number }[]));
    await page.waitForTimeout(300);
    const { profile: clickProfile } = (await cdp.send("Profiler.stop")) as { profile: Profile };
    const { calls, tasks } = await page.evaluate(() => {
      const w = window as unknown as { __calls: Call[]; __tasks: Task[] };
      return { calls: w.__calls, tasks: w.__tasks };
    });
    const clickTasks = tasks.slice(tasksBefore).filter((t) => t.start >= clickT0);
    const longestClick = clickTasks.reduce<Task | null>((a, t) => (!a || t.duration > a.duration ? t : a), null);
    if (appearanceCount > 0) await cdp.send("Profiler.start");
    const appearanceT0 = (await page.evaluate("performance.now()")) as number;
    const appearance = (await page.evaluate(`(async (k) => {
      const view = window.__coalitionMap.map.view;
      const out = [];
      for (let i = 0; i < k; i++) {
        const t = performance.now();
        view.ensureAppearance(true);
        out.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 100));
      }
      return out;
    })(${appearanceCount})`)) as number[];
    const appearanceT1 = (await page.evaluate("performance.now()")) as number;
    const appearanceProfile = appearanceCount > 0 ? ((await cdp.send("Profiler.stop")) as { profile: Profile }).profile : null;
    const repeats = (await page.evaluate(`(${AGAIN})(${repeat})`)) as Call[];
    const shift = profileShift(profile, calls);
    // The click profile's clock: the same as the first profile's (both are the page's monotonic clock in µs).
    const taskAround = (c: Call | undefined): Task | null => (c ? tasks.find((t) => t.start <= c.start + 0.5 && c.start + c.ms <= t.start + t.duration + 0.5) ?? { start: c.start, duration: c.ms } : null);
    const setCall = calls.find((c) => c.name === "setDataset");
    const arrivedCall = calls.find((c) => c.name === "analysisArrived");
    const shifted = (t: Task | null): Task | null => (t ? { start: t.start + shift, duration: t.duration } : null);
    const acceptT = shifted(taskAround(setCall));
    const analysisT = shifted(taskAround(arrivedCall));
    return {
      nodes: n,
      ties,
      calls,
      acceptTask: acceptT ? breakdown(profile, bundleUrl, modOf, acceptT) : null,
      analysisTask: analysisT && (!acceptT || analysisT.start !== acceptT.start) ? breakdown(profile, bundleUrl, modOf, analysisT) : null,
      tasksOver100: tasks.filter((t) => t.duration > 100).length,
      longTasks: setCall ? tasks.filter((t) => t.duration > 100 && t.start + t.duration >= setCall.start).map((t) => ({ at: Math.round(t.start - setCall.start), ms: Math.round(t.duration) })) : [],
      clicks,
      appearance,
      otherTasks: setCall
        ? tasks
            .filter((t) => t.duration > 100 && t.start + t.duration >= setCall.start && t !== taskAround(setCall) && t !== taskAround(arrivedCall) && t.start < clickT0)
            .map((t) => ({ at: Math.round(t.start - setCall.start), ms: Math.round(t.duration), top: breakdown(profile, bundleUrl, modOf, { start: t.start + shift, duration: t.duration }).inclusive.slice(0, 12) }))
        : [],
      appearanceTask: appearanceProfile ? breakdown(appearanceProfile, bundleUrl, modOf, { start: appearanceT0 + shift, duration: appearanceT1 - appearanceT0 }) : null,
      clickTask: longestClick ? breakdown(clickProfile, bundleUrl, modOf, { start: longestClick.start + shift, duration: longestClick.duration }) : null,
      repeats,
      load: loadavg()[0] ?? 0,
      cpuS,
    };
  } finally {
    await browser.close();
  }
}

/**
 * The profile's clock minus the page's (ms): the profile's samples inside `NetworkMap.setDataset`
 * (found by its function name in the call stacks) start where the page says the call started.
 */
function profileShift(profile: Profile, calls: Call[]): number {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inSetDataset = (id: number): boolean => {
    for (let p: number | undefined = id; p !== undefined; p = parent.get(p)) if (byId.get(p)?.callFrame.functionName === "setDataset") return true;
    return false;
  };
  const setCall = calls.find((c) => c.name === "setDataset");
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    if (inSetDataset(profile.samples[i] ?? -1) && setCall) return t / 1000 - setCall.start;
  }
  return 0;
}

function printFigures(r: MapOpenFigures): void {
  console.log(`\n${r.nodes.toLocaleString("en-US")} nodes, ${r.ties.toLocaleString("en-US")} ties — load ${r.load.toFixed(2)}, browser CPU ${r.cpuS.toFixed(1)} s from accept to analysed; tasks > 100 ms: ${r.tasksOver100}`);
  for (const c of r.calls) console.log(`  ${c.name}: ${c.ms.toFixed(0)} ms`);
  console.log(`  tasks over 100 ms from "accept" (start after setDataset's, ms): ${r.longTasks.map((t) => `${t.ms} at ${t.at}`).join(", ")}`);
  if (r.repeats.length) {
    const median = (name: string) => {
      const xs = r.repeats.filter((c) => c.name === name).map((c) => c.ms).sort((a, b) => a - b);
      return xs.length ? (xs[(xs.length - 1) >> 1] ?? 0) : NaN;
    };
    console.log(`  again on the loaded page (median of ${r.repeats.length / 2}): setDataset ${median("setDataset").toFixed(0)} ms, analysisArrived ${median("analysisArrived").toFixed(0)} ms; each: ${r.repeats.map((c) => `${c.name} ${c.ms.toFixed(0)}`).join(", ")}`);
  }
  console.log(`  clicks (script in the page, ms): ${r.clicks.map((c) => `${c.what} ${c.ms.toFixed(1)}`).join(", ")}`);
  for (const t of r.otherTasks) console.log(`  other task of ${t.ms} ms at ${t.at}: ${t.top.map((f) => `${f.name} ${f.ms.toFixed(0)}`).join(", ")}`);
  if (r.appearance.length) console.log(`  computeAppearance again (ms): ${r.appearance.map((x) => x.toFixed(0)).join(", ")}`);
  for (const [label, b] of [["accept (dialog closes)", r.acceptTask], ["analysis arrives", r.analysisTask], ["the click phase (longest)", r.clickTask], ["computeAppearance again (all calls)", r.appearanceTask]] as const) {
    if (!b) continue;
    console.log(`  task at ${label}: ${b.taskMs.toFixed(0)} ms (sampled ${b.sampledMs.toFixed(0)} ms)`);
    const total = Object.values(b.groups).reduce((s, v) => s + v, 0) || 1;
    console.log(
      `    ${Object.entries(b.groups)
        .sort((a, b2) => b2[1] - a[1])
        .map(([g, ms]) => `${g} ${ms.toFixed(0)} ms (${((100 * ms) / total).toFixed(0)}%)`)
        .join(", ")}`,
    );
    console.log("    self time:");
    for (const f of b.functions.slice(0, 15)) console.log(`    ${f.ms.toFixed(1).padStart(7)} ms  ${f.name}  ${f.module}`);
    console.log("    on the stack:");
    for (const f of b.inclusive.slice(0, 25)) console.log(`    ${f.ms.toFixed(1).padStart(7)} ms  ${f.name}  ${f.module}`);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const valued = new Set<number>();
  const option = (name: string, fallback: number): number => {
    const at = args.indexOf(name);
    if (at < 0) return fallback;
    valued.add(at + 1);
    return Number(args[at + 1]);
  };
  const interval = option("--interval", 250);
  const distAt = args.indexOf("--dist");
  if (distAt >= 0) valued.add(distAt + 1);
  const OUT = distAt >= 0 ? (args[distAt + 1] ?? DEFAULT_OUT) : DEFAULT_OUT;
  const tag = distAt >= 0 ? `-${basename(OUT)}` : "";
  option("--repeat", 0);
  option("--clicks", 5);
  option("--appearance", 0);
  const sizes = args.filter((a, i) => !a.startsWith("--") && !valued.has(i)).map(Number);
  if (!args.includes("--no-build")) await build({ logLevel: "warn", build: { outDir: OUT, emptyOutDir: true, minify: false } });
  const bundle = readdirSync(`${OUT}/assets`).find((f) => /^index-.*\.js$/.test(f));
  if (!bundle) throw new Error(`no index bundle in ${OUT}/assets`);
  const modOf = moduleLines(`${OUT}/assets/${bundle}`);
  const server = await preview({ build: { outDir: OUT }, preview: { port: 0, host: "127.0.0.1", strictPort: false, open: false }, logLevel: "warn" });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("vite preview did not report its URL");
  const origin = new URL(url).origin;
  try {
    for (const n of sizes.length ? sizes : [10_000]) {
      const r = await measure(n, origin, `${origin}/assets/${bundle}`, modOf, interval, args.includes("--trace"), option("--repeat", 0), tag, option("--clicks", 5), option("--appearance", 0));
      printFigures(r);
      writeFileSync(`${ARTIFACTS}/map-open-${n}${tag}.json`, JSON.stringify(r, null, 2) + "\n");
    }
  } finally {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

if (process.argv[1]?.endsWith("map-open.ts")) void main();
