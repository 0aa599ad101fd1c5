/**
 * The ties no shortest route uses (src/graph/paths/bypassed-ties.ts) on the bench network: how many
 * the bounded search finds at each bound and how long it takes, then the kernel's CPU time per source
 * on the whole path graph and on the pruned one, alternately in one process (the same sources, the
 * same sums checked). `npx tsx test/bench/bypassed-ties.ts [nodes=10000] [sources=1000] [rounds=12]`
 */
import { toCsr } from "../../src/graph/csr.js";
import { positiveView } from "../../src/graph/model.js";
import { sourceSums } from "../../src/graph/paths/brandes.js";
import { withoutBypassedTies } from "../../src/graph/paths/bypassed-ties.js";
import { pathGraph, type PathGraph } from "../../src/graph/paths/path-graph.js";
import { benchNetwork } from "./exact-values.js";

const [n = 10_000, k = 1_000, rounds = 12] = process.argv.slice(2).map(Number);
const cpuMs = (since: NodeJS.CpuUsage): number => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1000;
};
const whole = pathGraph(toCsr(positiveView(benchNetwork(n)), (_e, a) => a.weight), true);
console.log(`${n.toLocaleString("en-US")} nodes, ${whole.neighbors.length.toLocaleString("en-US")} tie ends (${whole.kind} lengths)`);
for (const ball of [8, 16, 32, 64, 128, n]) {
  let best = Infinity;
  let kept = 0;
  for (let r = 0; r < 3; r++) {
    const c0 = process.cpuUsage();
    kept = withoutBypassedTies(whole, ball).neighbors.length;
    best = Math.min(best, cpuMs(c0));
  }
  console.log(`bound ${ball}: ${((1 - kept / whole.neighbors.length) * 100).toFixed(1)}% of the tie ends left out, ${best.toFixed(0)} ms CPU`);
}
const pruned = withoutBypassedTies(whole);
const times: Record<string, number[]> = { whole: [], pruned: [] };
for (let round = 0; round < rounds; round++) {
  const sources = Uint32Array.from({ length: k }, (_x, i) => (Math.floor((i * n) / k) + round * 7) % n);
  const check: number[] = [];
  const order: [string, PathGraph][] = round % 2 === 0 ? [["pruned", pruned], ["whole", whole]] : [["whole", whole], ["pruned", pruned]];
  for (const [name, graph] of order) {
    const c0 = process.cpuUsage();
    const sums = sourceSums(graph, sources);
    times[name]?.push(cpuMs(c0) / k);
    check.push(sums.dependency.reduce((s, x, v) => s + x * ((v % 7) + 1), 0) + sums.farness.reduce((s, x) => s + x, 0));
  }
  if (check[0] !== check[1]) throw new Error(`the sums differ: ${check.join(" ≠ ")}`);
}
for (const [name, t] of Object.entries(times)) {
  t.sort((a, b) => a - b);
  console.log(`${name}: CPU ms per source min ${t[0]?.toFixed(3)}, median ${t[t.length >> 1]?.toFixed(3)} (${rounds} rounds of ${k})`);
}
