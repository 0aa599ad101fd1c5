/**
 * Benchmarks of standing (degree, strength, betweenness, closeness, eigenvector, PageRank, Burt) on
 * the seeded planted-partition networks of the scale issue: `plantedPartition({ n, tiesPerNode: 10 })`
 * (groups of 50, 80% of ties inside, strengths 1–5; 10,000 nodes ≈ 46,000 merged ties).
 * Exact at 1,000 and 10,000 nodes (the default up to `STANDING_AUTO_EXACT_LIMIT`), the guaranteed
 * estimate at 50,000. `npm run bench` (the 10,000 and 50,000 runs take minutes: one iteration each).
 * The figures and the machine are in docs/performance.md; accuracy: test/bench/accuracy.ts.
 * A fresh graph per run, so the positive view is rebuilt each time (it is part of the cost).
 */
import { bench, describe } from "vitest";
import { standing, standingMethod } from "../../src/graph/standing.js";
import { plantedPartition } from "./generate.js";

const once = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 } as const;

for (const n of [1_000, 10_000]) {
  const opts = n <= 1_000 ? { iterations: 5, time: 0 } : once;
  describe(`standing, ${n.toLocaleString("en-US")} nodes, 10 ties/node (exact)`, () => {
    bench("weighted (paths on 1/strength: exact integer lengths, bucket queue)", () => void standing(plantedPartition({ n, tiesPerNode: 10 })), opts);
    bench("unweighted (BFS)", () => void standing(plantedPartition({ n, tiesPerNode: 10 }), { weighted: false }), opts);
  });
}

describe("standing, 50,000 nodes, 10 ties/node (estimate)", () => {
  const graph = plantedPartition({ n: 50_000, tiesPerNode: 10 });
  console.log(`50,000 nodes: ${standingMethod(graph).description}`);
  bench("weighted, default margin", () => void standing(plantedPartition({ n: 50_000, tiesPerNode: 10 })), once);
});
