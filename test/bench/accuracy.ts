/**
 * Accuracy of standing's estimate against the exact values, on the bench's planted-partition
 * networks (`plantedPartition({ n, tiesPerNode: 10 })`, weighted). Run:
 *
 *   npx tsx test/bench/accuracy.ts 10000 50000          # default ε, δ
 *   npx tsx test/bench/accuracy.ts 50000 --epsilon 0.002
 *
 * Prints, for betweenness and closeness: how many of the exact top 10 / top 100 the estimate's top
 * 10 / top 100 contain, Spearman's rank correlation over all nodes, the largest error, and the
 * estimate's time and stated guarantee. The exact values come from exact-values.ts, the estimate from
 * `estimateValues` (each computed once, then read from the temporary folder — minutes at 50,000
 * nodes; `npx tsx test/bench/accuracy.ts --estimate-only 50000` computes and stores the estimate alone).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { threadedSourceRunner } from "../../src/cli/standing-threads.js";
import { standingWithMethod } from "../../src/graph/standing.js";
import { benchNetwork, exactValues } from "./exact-values.js";

/** Ranks (1 = largest), ties given their mean rank. */
function ranks(values: number[]): Float64Array {
  const order = Array.from(values.keys()).sort((a, b) => (values[b] ?? 0) - (values[a] ?? 0));
  const out = new Float64Array(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1] ?? 0] === values[order[i] ?? 0]) j++;
    for (let k = i; k <= j; k++) out[order[k] ?? 0] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

/** Spearman's rank correlation (Pearson on the ranks). */
export function spearman(a: number[], b: number[]): number {
  const ra = ranks(a);
  const rb = ranks(b);
  const n = a.length;
  const mean = (n + 1) / 2;
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < n; i++) {
    const x = (ra[i] ?? 0) - mean;
    const y = (rb[i] ?? 0) - mean;
    num += x * y;
    da += x * x;
    db += y * y;
  }
  return num / Math.sqrt(da * db);
}

/** How many of the exact top k are in the estimate's top k. */
export function topOverlap(exact: number[], estimate: number[], k: number): number {
  const top = (v: number[]) => new Set(Array.from(v.keys()).sort((a, b) => (v[b] ?? 0) - (v[a] ?? 0)).slice(0, k));
  const want = top(exact);
  let found = 0;
  for (const i of top(estimate)) if (want.has(i)) found++;
  return found;
}

interface StoredEstimate {
  seconds: number;
  cpuSeconds: number;
  measures: Record<string, { betweenness: number; closeness: number }>;
  method: { description: string };
}

/** Whether the exact values of `n` nodes are stored or committed (exact-values.ts). */
export { haveExact } from "./exact-values.js";

const estimateFile = (n: number, epsilon: number | undefined): string =>
  join(tmpdir(), "coalition-map-bench", `estimate-sources-${n}-${epsilon ?? "default"}.json`); // "sources": the estimator of paths/source-sampling.ts

/** The guaranteed estimate of the bench network (`exact: false`), computed once and stored like the exact values. */
export function estimateValues(n: number, epsilon: number | undefined): StoredEstimate {
  const path = estimateFile(n, epsilon);
  if (existsSync(path)) return JSON.parse(readFileSync(path, "utf8")) as StoredEstimate;
  const graph = benchNetwork(n);
  const c0 = process.cpuUsage();
  const t = performance.now();
  const { measures, method } = standingWithMethod(graph, { exact: false, runSources: threadedSourceRunner(), ...(epsilon ? { epsilon } : {}) });
  const c = process.cpuUsage(c0);
  const out: StoredEstimate = { seconds: (performance.now() - t) / 1000, cpuSeconds: (c.user + c.system) / 1e6, measures, method };
  mkdirSync(join(tmpdir(), "coalition-map-bench"), { recursive: true });
  writeFileSync(path, JSON.stringify(out));
  return out;
}

export function report(n: number, epsilon: number | undefined): void {
  const estimate = estimateValues(n, epsilon);
  const exact = exactValues(n);
  const { measures, method, seconds, cpuSeconds } = estimate;
  const ids = Object.keys(exact.betweenness);
  console.log(`\n${n.toLocaleString("en-US")} nodes — exact standing ${exact.seconds.toFixed(1)} s wall, estimated standing ${seconds.toFixed(1)} s wall (${cpuSeconds.toFixed(1)} CPU-s)`);
  console.log(`  ${method.description}`);
  for (const measure of ["betweenness", "closeness"] as const) {
    const want = ids.map((id) => exact[measure][id] ?? 0);
    const got = ids.map((id) => measures[id]?.[measure] ?? 0);
    let worst = 0;
    want.forEach((w, i) => (worst = Math.max(worst, Math.abs(w - (got[i] ?? 0)))));
    console.log(
      `  ${measure}: top 10 ${topOverlap(want, got, 10)}/10, top 100 ${topOverlap(want, got, 100)}/100, ` +
        `Spearman ${spearman(want, got).toFixed(4)}, largest error ${worst.toExponential(2)} (exact top score ${Math.max(...want).toExponential(2)})`,
    );
  }
}

if (process.argv[1]?.endsWith("accuracy.ts")) {
  const args = process.argv.slice(2);
  const at = args.indexOf("--epsilon");
  const epsilon = at >= 0 ? Number(args[at + 1]) : undefined;
  for (const arg of args.filter((a, i) => !a.startsWith("--estimate-only") && (at < 0 || (i !== at && i !== at + 1)))) {
    if (args.includes("--estimate-only")) {
      const e = estimateValues(Number(arg), epsilon);
      console.log(`${arg} nodes: estimate in ${e.seconds.toFixed(1)} s wall, ${e.cpuSeconds.toFixed(1)} CPU-s. ${e.method.description}`);
    } else report(Number(arg), epsilon);
  }
}
