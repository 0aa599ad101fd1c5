/**
 * Benchmarks of standing (degree, strength, betweenness, closeness, eigenvector, PageRank, Burt) on
 * the seeded planted-partition networks of the scale issue: `plantedPartition({ n, tiesPerNode: 10 })`
 * (groups of 50, 80% of ties inside, strengths 1–5; 10,000 nodes ≈ 46,500 merged ties).
 * `npm run bench` prints, before the vitest benches:
 *  - standing stage by stage (wall, CPU of every thread, peak memory) at 1,000 / 10,000 nodes (the
 *    default: exact, searches on every core as in the CLI) and 50,000 nodes (the default quick
 *    estimate of the library's `standing`, then the guaranteed estimate, the report's default there:
 *    one source per 6 people — paths/source-sampling.ts) — stages.ts;
 *  - the accuracy of the guaranteed estimate against the exact values (top-10 / top-100 overlap,
 *    Spearman) at 10,000 nodes (where it searches from one person in two: no smaller sample keeps
 *    its margin), and at
 *    50,000 and 100,000 from the exact values committed in test/bench/reference/ (reference.ts;
 *    `npx tsx test/bench/exact-values.ts 50000` computes them where they are missing, tens of minutes;
 *    the estimate is stored in the temporary folder after its first run).
 * Tens of minutes in all (the 50,000-node guaranteed estimate runs twice, about 5 minutes each on two
 * quiet cores). 100,000 nodes is left out; run `npx tsx test/bench/stages.ts 100000` for it.
 * The figures and the machine are in docs/performance.md.
 */
import { bench, describe } from "vitest";
import { standing } from "../../src/graph/standing.js";
import { haveExact, report } from "./accuracy.js";
import { plantedPartition } from "./generate.js";
import { stagesTable } from "./stages.js";
import { machineLine } from "./machine.js";

console.log(`\n${machineLine()}`);
console.log(`\nStanding, stage by stage (default method):\n${stagesTable([1_000, 10_000, 50_000])}`);
console.log(`\nStanding at 50,000 nodes, guaranteed estimate (--estimate):\n${stagesTable([50_000], { exact: false })}`);
console.log("\nAccuracy of the guaranteed estimate against exact values:");
for (const n of [10_000, 50_000, 100_000]) {
  if (haveExact(n) || n <= 10_000) report(n, undefined);
  else console.log(`  ${n.toLocaleString("en-US")} nodes: exact values neither committed nor stored; run npx tsx test/bench/exact-values.ts ${n} once (${n > 50_000 ? "most of an hour" : "tens of minutes"}).`);
}

describe("standing, 1,000 nodes, 10 ties/node (exact, one thread)", () => {
  const graph = plantedPartition({ n: 1_000, tiesPerNode: 10 });
  bench("weighted (exact integer lengths, bucket queue)", () => void standing(graph), { iterations: 5, time: 0 });
  bench("unweighted (BFS)", () => void standing(graph, { weighted: false }), { iterations: 5, time: 0 });
});
