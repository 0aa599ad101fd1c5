/**
 * Experiment: accuracy of source (pivot) sampling against the stored exact values as the number of
 * sources grows (nested prefixes of one seeded permutation; the sums of each batch of new sources are
 * added to the previous ones). `npx tsx test/bench/source-sampling-sweep.ts 50000 1000,2000,4000,8000`
 * With `--stratified` the checkpoints are block sizes, halving (one source per block along the line
 * of paths/source-strata.ts, nested: each level adds one source in the other half of every block);
 * `--linear` uses linearly scaled dependencies (paths/linear-scaling.ts) instead of Brandes–Pich's.
 * `npx tsx test/bench/source-sampling-sweep.ts 50000 8,4 --stratified --linear`
 */
import { execSync } from "node:child_process";
import { threadedSourceRunner } from "../../src/cli/standing-threads.js";
import { toCsr } from "../../src/graph/csr.js";
import { positiveView } from "../../src/graph/model.js";
import { closenessOf, sourceSums } from "../../src/graph/paths/brandes.js";
import { linearScaled } from "../../src/graph/paths/linear-scaling.js";
import { pathGraph } from "../../src/graph/paths/path-graph.js";
import { blockOrder, localGroups } from "../../src/graph/paths/source-strata.js";
import { mulberry32 } from "../../src/graph/utils/mulberry32.js";
import { spearman, topOverlap } from "./accuracy.js";
import { benchNetwork, exactValues } from "./exact-values.js";

const n = Number(process.argv[2] ?? 50000);
const checkpoints = (process.argv[3] ?? "1000,2000,4000").split(",").map(Number);
const exact = exactValues(n);
const graph = benchNetwork(n);
const csr = toCsr(positiveView(graph), (_e, a) => a.weight);
const pg = pathGraph(csr, true);
// sanity: closeness of the first nodes from one search each equals the stored exact value
const probe = Uint32Array.from([0, 1, 2]);
const ps = sourceSums(pg, probe);
for (let i = 0; i < 3; i++) {
  const id = csr.nodes[i] ?? "";
  const c = closenessOf(ps.farness[i] ?? 0, ps.reached[i] ?? 0, pg.n);
  if (Math.abs(c - (exact.closeness[id] ?? -1)) > 1e-12) throw new Error(`network differs from the stored one at ${id}: ${c} vs ${exact.closeness[id]}`);
}
console.log(`components: ${csr.components.length}, largest ${Math.max(...csr.components.map((c) => c.length))}; lengths ${pg.kind}`);
const stratified = process.argv.includes("--stratified");
const levels: Uint32Array[] = [];
if (stratified) {
  // nested stratified samples: blocks of m0 = checkpoints[0] nodes, then halves (m0/2, m0/4, …)
  const tl = performance.now();
  const [order] = blockOrder(pg, csr.components, 42).orders;
  if (!order || csr.components.length !== 1) throw new Error("one component expected");
  const labels = localGroups(pg, csr.components, 42);
  const sizes = new Map<number, number>();
  for (const l of labels) sizes.set(l, (sizes.get(l) ?? 0) + 1);
  const s = [...sizes.values()].sort((a, b) => b - a);
  console.log(`local groups: ${s.length}, largest ${s.slice(0, 5).join(", ")}, median ${s[s.length >> 1]}; ${(performance.now() - tl).toFixed(0)} ms`);
  const rnd = mulberry32(42);
  const N = order.length;
  let m = checkpoints[0] ?? 1;
  let positions: number[] = [];
  for (let b = 0; b * m < N; b++) positions.push(b * m + Math.floor(rnd() * m));
  levels.push(Uint32Array.from(positions.filter((p) => p < N).map((p) => order[p] ?? 0)));
  for (let i = 1; i < checkpoints.length; i++) {
    const half = (checkpoints[i] ?? 1);
    if (half * 2 !== m) throw new Error("block sizes must halve");
    const added: number[] = [];
    for (const p of positions) {
      const start = Math.floor(p / m) * m;
      const h = Math.floor((p - start) / half);
      added.push(start + (1 - h) * half + Math.floor(rnd() * half));
    }
    levels.push(Uint32Array.from(added.filter((p) => p < N).map((p) => order[p] ?? 0)));
    positions = positions.concat(added);
    m = half;
  }
}
const rnd = mulberry32(42);
const perm = Uint32Array.from({ length: pg.n }, (_, i) => i);
for (let i = pg.n - 1; i > 0; i--) {
  const j = Math.floor(rnd() * (i + 1));
  const t = perm[i] ?? 0;
  perm[i] = perm[j] ?? 0;
  perm[j] = t;
}
const run = threadedSourceRunner();
const linear = process.argv.includes("--linear");
const searched = linear ? linearScaled(pg) : pg; // linearly scaled dependencies (paths/linear-scaling.ts)
const dep = new Float64Array(pg.n);
const dsum = new Float64Array(pg.n);
const ids = csr.nodes;
const wantB = ids.map((id) => exact.betweenness[id] ?? 0);
const wantC = ids.map((id) => exact.closeness[id] ?? 0);
let done = 0;
let cpu = 0;
let wall = 0;
for (const k of checkpoints) {
  const level = levels.length;
  const batch = stratified ? (levels[checkpoints.indexOf(k)] ?? new Uint32Array(0)) : perm.slice(done, k);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const sums = run(searched, batch);
  const c1 = process.cpuUsage(c0);
  wall += (performance.now() - t0) / 1000;
  cpu += (c1.user + c1.system) / 1e6;
  for (let v = 0; v < pg.n; v++) {
    dep[v] = (dep[v] ?? 0) + (sums.dependency[v] ?? 0);
    dsum[v] = (dsum[v] ?? 0) + (sums.distanceSum[v] ?? 0);
  }
  done = stratified ? done + batch.length : k;
  const N = pg.n;
  const weight = stratified ? k : N / k; // stratified: k is the block size
  void level;
  const scale = weight / ((N - 1) * (N - 2));
  const gotB = Array.from(dep, (x) => x * scale);
  const gotC = Array.from(dsum, (x) => closenessOf(weight * x, N - 1, N));
  let worst = 0;
  wantB.forEach((w, i) => (worst = Math.max(worst, Math.abs(w - (gotB[i] ?? 0)))));
  const load = execSync("cat /proc/loadavg").toString().split(" ").slice(0, 3).join(" ");
  console.log(
    `${stratified ? `blocks of ${k}, ${done} sources` : `k=${k}`}: betweenness top10 ${topOverlap(wantB, gotB, 10)}/10 top100 ${topOverlap(wantB, gotB, 100)}/100 Spearman ${spearman(wantB, gotB).toFixed(4)} worst ${worst.toExponential(2)}; ` +
      `closeness top10 ${topOverlap(wantC, gotC, 10)} top100 ${topOverlap(wantC, gotC, 100)} Spearman ${spearman(wantC, gotC).toFixed(4)}; cumulative ${cpu.toFixed(1)} CPU-s ${wall.toFixed(1)} s wall; load ${load}`,
  );
}
process.exit(0);
