/**
 * Benchmarks: communities (Louvain) on seeded planted-partition networks of 1,000 and 10,000 nodes
 * (~5 ties per node). `npm run bench`. Standing has its own file (standing.bench.ts).
 * A fresh graph per run so the cached positive view is rebuilt each time (it is part of the cost).
 */
import { bench, describe } from "vitest";
import { communities } from "../../src/graph/communities.js";
import { plantedPartition } from "./generate.js";

for (const n of [1_000, 10_000]) {
  const small = n <= 1_000;
  const opts = small ? { iterations: 5, time: 0 } : { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };
  describe(`${n.toLocaleString("en-US")} nodes, ~5 ties/node`, () => {
    bench("communities (Louvain, weighted)", () => void communities(plantedPartition({ n })), opts);
    bench("generate graph + positive view only", () => void plantedPartition({ n }), opts);
  });
}
