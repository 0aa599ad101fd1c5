/**
 * Exact betweenness and closeness of the bench's planted-partition networks, computed once and kept
 * in the system's temporary folder (minutes at 50,000 nodes; on every core, as the CLI), for the
 * accuracy script.
 * `npx tsx test/bench/exact-values.ts 50000` computes and stores; `exactValues(n)` reads or computes.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { threadedSourceRunner } from "../../src/cli/standing-threads.js";
import { standing } from "../../src/graph/standing.js";
import { plantedPartition } from "./generate.js";

export interface ExactValues {
  n: number;
  seconds: number;
  betweenness: Record<string, number>;
  closeness: Record<string, number>;
}

/** The bench's network: `plantedPartition({ n, tiesPerNode: 10 })`, weighted (strengths 1–5). */
export const benchNetwork = (n: number) => plantedPartition({ n, tiesPerNode: 10 });

const file = (n: number): string => join(tmpdir(), "coalition-map-bench", `exact-${n}-w.json`);

export function exactValues(n: number): ExactValues {
  const path = file(n);
  if (existsSync(path)) return JSON.parse(readFileSync(path, "utf8")) as ExactValues;
  const graph = benchNetwork(n);
  const t = performance.now();
  const st = standing(graph, { exact: true, runSources: threadedSourceRunner() }); // every core, as the CLI
  const seconds = (performance.now() - t) / 1000;
  const out: ExactValues = { n, seconds, betweenness: {}, closeness: {} };
  for (const [id, s] of Object.entries(st)) {
    out.betweenness[id] = s.betweenness;
    out.closeness[id] = s.closeness;
  }
  mkdirSync(join(tmpdir(), "coalition-map-bench"), { recursive: true });
  writeFileSync(path, JSON.stringify(out));
  return out;
}

if (process.argv[1]?.endsWith("exact-values.ts")) {
  for (const arg of process.argv.slice(2)) {
    const v = exactValues(Number(arg));
    console.log(`${arg} nodes: exact standing in ${v.seconds.toFixed(1)} s (stored in ${file(Number(arg))})`);
  }
}
