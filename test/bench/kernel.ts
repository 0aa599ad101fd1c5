/**
 * Time of the shortest-path kernel alone (brandes.ts `sourceSums`) on the bench network: CPU seconds
 * (best of several rounds), ns per adjacency entry per source, the extrapolation to every source, and
 * the load average. `npx tsx test/bench/kernel.ts 10000 [sources] [--unweighted] [--rounds R]
 * [--against FILE]`: with `--against`, another version of brandes.ts (e.g. an older commit's, from
 * `git show COMMIT:src/graph/paths/brandes.ts` with its imports made absolute) runs alternately with
 * this one in the same process, and the two results are compared bit for bit. With `--js`, this
 * kernel's JavaScript form (`useWasmKernel(false)`) is the other one: WebAssembly against JavaScript.
 * `--linear`: the guaranteed estimate's linearly scaled searches (linear-scaling.ts).
 */
import { loadavg } from "node:os";
import { pathToFileURL } from "node:url";
import { toCsr } from "../../src/graph/csr.js";
import { positiveView } from "../../src/graph/model.js";
import { sourceSums, type PathSums } from "../../src/graph/paths/brandes.js";
import { linearScaled } from "../../src/graph/paths/linear-scaling.js";
import { pathGraph } from "../../src/graph/paths/path-graph.js";
import { useWasmKernel } from "../../src/graph/paths/wasm-kernel.js";
import { benchNetwork } from "./exact-values.js";

const argv = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const args = argv.filter((a, i) => !a.startsWith("--") && !["--rounds", "--against"].includes(argv[i - 1] ?? ""));
const n = Number(args[0] ?? 10000);
const count = Number(args[1] ?? 1000);
const rounds = Number(option("--rounds") ?? 1);
const against = option("--against");
const weighted = !argv.includes("--unweighted");
const csr = toCsr(positiveView(benchNetwork(n)), (_e, a) => a.weight);
const plain = pathGraph(csr, weighted);
const graph = argv.includes("--linear") ? linearScaled(plain) : plain;
const sources = new Uint32Array(Math.min(count, n));
for (let i = 0; i < sources.length; i++) sources[i] = Math.floor((i * n) / sources.length);
type Kernel = typeof sourceSums;
const kernels: [string, Kernel][] = [["this", (...a) => (useWasmKernel(true), sourceSums(...a))]];
if (argv.includes("--js")) kernels.unshift(["other", (...a) => (useWasmKernel(false), sourceSums(...a))]);
else if (against) kernels.unshift(["other", ((await import(pathToFileURL(against).href)) as { sourceSums: Kernel }).sourceSums]);
const best = new Map<string, { cpu: number; wall: number }>();
const results = new Map<string, PathSums>();
for (let r = 0; r < rounds; r++)
  for (const [name, kernel] of kernels) {
    const c0 = process.cpuUsage();
    const t = performance.now();
    results.set(name, kernel(graph, sources));
    const wall = (performance.now() - t) / 1000;
    const c = process.cpuUsage(c0);
    const cpu = (c.user + c.system) / 1e6;
    const was = best.get(name);
    if (!was || cpu < was.cpu) best.set(name, { cpu, wall });
  }
const load = loadavg().map((x) => x.toFixed(1)).join(" ");
for (const [name] of kernels) {
  const { cpu, wall } = best.get(name) ?? { cpu: 0, wall: 0 };
  let check = 0;
  for (const x of results.get(name)?.dependency ?? []) check += x;
  console.log(
    `${name}: ${n} nodes (${graph.kind}), ${sources.length} sources, best of ${rounds}: wall ${wall.toFixed(2)} s, CPU ${cpu.toFixed(2)} s, ` +
      `${((cpu * 1e9) / (sources.length * graph.neighbors.length)).toFixed(1)} ns per entry per source; all ${n} sources ≈ ${((cpu * n) / sources.length).toFixed(1)} CPU-s; check ${check.toPrecision(12)}; load ${load}`,
  );
}
const other = results.get("other");
const mine = results.get("this");
if (other && mine) {
  let same = 0;
  let largest = 0;
  for (let v = 0; v < n; v++) {
    const a = other.dependency[v] ?? 0;
    const b = mine.dependency[v] ?? 0;
    if (a === b && other.distanceSum[v] === mine.distanceSum[v]) same++;
    largest = Math.max(largest, Math.abs(a - b) / Math.max(1, Math.abs(a)));
  }
  const farness = other.farness.every((x, i) => x === mine.farness[i] && other.reached[i] === mine.reached[i]);
  console.log(`ratio other/this ${((best.get("other")?.cpu ?? 0) / (best.get("this")?.cpu ?? 1)).toFixed(2)}; nodes bit-identical ${same}/${n}; largest relative difference ${largest.toExponential(1)}; farness and reach identical: ${farness}`);
}
