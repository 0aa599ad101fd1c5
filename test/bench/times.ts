/**
 * Wall and CPU time of the whole standing on the bench's networks, repeated (the machine is shared:
 * report the best and the median). `npx tsx test/bench/times.ts 2000:3 10000:2 [--unweighted]`
 * (n:repetitions). Exact up to STANDING_AUTO_EXACT_LIMIT nodes, the estimate above.
 */
import { standingWithMethod } from "../../src/graph/standing.js";
import { benchNetwork } from "./exact-values.js";

const weighted = !process.argv.includes("--unweighted");
for (const spec of process.argv.slice(2).filter((a) => !a.startsWith("--"))) {
  const [n, reps] = spec.split(":").map(Number);
  const walls: number[] = [];
  const cpus: number[] = [];
  let kind = "";
  for (let r = 0; r < (reps ?? 1); r++) {
    const graph = benchNetwork(n ?? 0);
    const c0 = process.cpuUsage();
    const t = performance.now();
    kind = standingWithMethod(graph, { weighted }).method.kind;
    const c = process.cpuUsage(c0);
    walls.push((performance.now() - t) / 1000);
    cpus.push((c.user + c.system) / 1e6);
  }
  const best = (x: number[]) => Math.min(...x).toFixed(1);
  const median = (x: number[]) => [...x].sort((a, b) => a - b)[Math.floor((x.length - 1) / 2)]?.toFixed(1);
  console.log(`${n} nodes, ${weighted ? "weighted" : "unweighted"}, ${kind}: wall best ${best(walls)} s, median ${median(walls)} s; CPU best ${best(cpus)} s, median ${median(cpus)} s (${walls.length} runs)`);
}
