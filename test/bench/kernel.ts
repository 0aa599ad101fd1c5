/**
 * Time of the shortest-path kernel alone (brandes.ts `sourceSums`) on the bench network: sources per
 * second and ns per adjacency entry. `npx tsx test/bench/kernel.ts 10000 [sources] [--unweighted]`.
 */
import { toCsr } from "../../src/graph/csr.js";
import { positiveView } from "../../src/graph/model.js";
import { sourceSums } from "../../src/graph/paths/brandes.js";
import { pathGraph } from "../../src/graph/paths/path-graph.js";
import { benchNetwork } from "./exact-values.js";

const args = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const n = Number(args[0] ?? 10000);
const count = Number(args[1] ?? 1000);
const weighted = !process.argv.includes("--unweighted");
const csr = toCsr(positiveView(benchNetwork(n)), (_e, a) => a.weight);
const graph = pathGraph(csr, weighted);
const sources = new Uint32Array(Math.min(count, n));
for (let i = 0; i < sources.length; i++) sources[i] = Math.floor((i * n) / sources.length);
const c0 = process.cpuUsage();
const t = performance.now();
const sums = sourceSums(graph, sources);
const wall = (performance.now() - t) / 1000;
const c = process.cpuUsage(c0);
const cpu = (c.user + c.system) / 1e6;
let check = 0;
for (const x of sums.dependency) check += x;
console.log(`${n} nodes (${graph.kind}), ${sources.length} sources: wall ${wall.toFixed(2)} s, CPU ${cpu.toFixed(2)} s, ` +
  `${((cpu * 1e9) / (sources.length * graph.neighbors.length)).toFixed(1)} ns per entry per source; full n sources ≈ ${((cpu * n) / sources.length).toFixed(1)} CPU-s; check ${check.toPrecision(12)}`);
