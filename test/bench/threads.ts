/**
 * Exact standing's shortest-path searches in one thread and on every core (the CLI's worker
 * threads), on the bench network: wall and CPU time, the load average, and the results compared bit
 * for bit. `npx tsx test/bench/threads.ts 10000 [threads] [--unweighted] [--no-single]`.
 */
import { availableParallelism, loadavg } from "node:os";
import { lastRun, threadedSourceRunner } from "../../src/cli/standing-threads.js";
import { toCsr } from "../../src/graph/csr.js";
import { positiveView } from "../../src/graph/model.js";
import { runHere } from "../../src/graph/paths/brandes.js";
import { pathGraph } from "../../src/graph/paths/path-graph.js";
import { benchNetwork } from "./exact-values.js";

const args = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const n = Number(args[0] ?? 10000);
const threads = Number(args[1] ?? availableParallelism());
const csr = toCsr(positiveView(benchNetwork(n)), (_e, a) => a.weight);
const graph = pathGraph(csr, !process.argv.includes("--unweighted"));
const sources = new Uint32Array(n);
for (let v = 0; v < n; v++) sources[v] = v;
const time = (label: string, f: () => ReturnType<typeof runHere>) => {
  const c0 = process.cpuUsage();
  const t = performance.now();
  const out = f();
  const c = process.cpuUsage(c0);
  const load = loadavg().map((x) => x.toFixed(1)).join(" ");
  console.log(`${label} (${graph.kind} lengths, ${n} nodes): wall ${((performance.now() - t) / 1000).toFixed(2)} s, CPU (every thread) ${((c.user + c.system) / 1e6).toFixed(2)} s; load ${load}`);
  return out;
};
const many = time(`${threads} threads`, () => threadedSourceRunner(threads)(graph, sources));
console.log(`  threads: ${lastRun?.threads ?? 1}, ranges run by workers: ${lastRun?.byWorkers ?? 0} of ${lastRun?.ranges ?? 1}, taken over from silent workers: ${lastRun?.rescued ?? 0}`);
if (!process.argv.includes("--no-single")) {
  const one = time("1 thread", () => runHere(graph, sources));
  let same = true;
  for (let v = 0; v < n; v++) if (one.dependency[v] !== many.dependency[v] || one.farness[v] !== many.farness[v] || one.distanceSum[v] !== many.distanceSum[v]) same = false;
  console.log(same ? "identical to the last bit" : "DIFFERENT");
}
