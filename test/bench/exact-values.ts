/**
 * Exact betweenness and closeness of the bench's planted-partition networks, for the accuracy script
 * (accuracy.ts) and `npm run bench`.
 *
 * Where they come from, first found first:
 *  1. the system's temporary folder (`coalition-map-bench/exact-N-w.json`), written by an earlier
 *     computation on this machine;
 *  2. the reference values committed with the bench (`test/bench/reference/exact-N.bin.gz` and its
 *     `.json` description; reference.ts), so that a clean clone prints the estimate's accuracy at
 *     50,000 nodes without recomputing them — used only when the bench network generated now is the
 *     one they were computed for (its fingerprint, see reference.ts);
 *  3. computed here: every node a source, on every core, as the CLI (minutes at 50,000 nodes, most
 *     of an hour at 100,000), then stored as in 1.
 * `npx tsx test/bench/exact-values.ts 50000` computes (or reads) and stores in the temporary folder;
 * `npx tsx test/bench/exact-values.ts 50000 --reference` also writes the committed reference files.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { threadedSourceRunner } from "../../src/cli/standing-threads.js";
import { standing } from "../../src/graph/standing.js";
import { plantedPartition } from "./generate.js";
import { readReference, referenceExists, writeReference } from "./reference.js";

export interface ExactValues {
  n: number;
  seconds: number;
  betweenness: Record<string, number>;
  closeness: Record<string, number>;
}

/** The bench's network: `plantedPartition({ n, tiesPerNode: 10 })`, weighted (strengths 1–5). */
export const benchNetwork = (n: number) => plantedPartition({ n, tiesPerNode: 10 });

const file = (n: number): string => join(tmpdir(), "coalition-map-bench", `exact-${n}-w.json`);

/** Whether the exact values of `n` nodes can be had without computing them (stored here, or committed). */
export const haveExact = (n: number): boolean => existsSync(file(n)) || referenceExists(n);

function store(values: ExactValues): void {
  mkdirSync(join(tmpdir(), "coalition-map-bench"), { recursive: true });
  writeFileSync(file(values.n), JSON.stringify(values));
}

export function exactValues(n: number): ExactValues {
  const path = file(n);
  if (existsSync(path)) return JSON.parse(readFileSync(path, "utf8")) as ExactValues;
  const graph = benchNetwork(n);
  const committed = readReference(n, graph);
  if (committed) return committed;
  const t = performance.now();
  const st = standing(graph, { exact: true, runSources: threadedSourceRunner() }); // every core, as the CLI
  const seconds = (performance.now() - t) / 1000;
  const out: ExactValues = { n, seconds, betweenness: {}, closeness: {} };
  for (const [id, s] of Object.entries(st)) {
    out.betweenness[id] = s.betweenness;
    out.closeness[id] = s.closeness;
  }
  store(out);
  return out;
}

if (process.argv[1]?.endsWith("exact-values.ts")) {
  const writeRef = process.argv.includes("--reference");
  for (const arg of process.argv.slice(2).filter((a) => !a.startsWith("--"))) {
    const n = Number(arg);
    const v = exactValues(n);
    console.log(`${arg} nodes: exact standing in ${v.seconds.toFixed(1)} s (stored in ${file(n)})`);
    if (writeRef) console.log(`  reference written: ${writeReference(v, benchNetwork(n))}`);
  }
}
