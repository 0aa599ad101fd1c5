/**
 * Benchmarks: standing (all centralities + Burt) and communities on seeded planted-partition
 * networks of 1,000 and 10,000 nodes (~5 ties per node). `npx vitest bench --run`.
 * A fresh graph per run so the cached positive view is rebuilt each time (it is part of the cost).
 * At 1,000 nodes standing is exact under the default `exact: "auto"`; at 10,000 nodes the default
 * is the sampled mode (betweenness and closeness from `STANDING_DEFAULTS.samples` pivots). The exact path at 10,000 nodes
 * (`exact: true`: 36 s unweighted / 96 s weighted when measured) is left out to keep the run short.
 */
import { bench, describe } from "vitest";
import { communities } from "../../src/graph/communities.js";
import { standing, STANDING_DEFAULTS } from "../../src/graph/standing.js";
import { plantedPartition } from "./generate.js";

for (const n of [1_000, 10_000]) {
  const small = n <= 1_000;
  const opts = small ? { iterations: 5, time: 0 } : { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };
  const mode = small ? "exact" : `sampled, ${STANDING_DEFAULTS.samples} pivots`;
  describe(`${n.toLocaleString("en-US")} nodes, ~5 ties/node`, () => {
    bench(`standing (default: ${mode}), unweighted`, () => void standing(plantedPartition({ n }), { weighted: false }), opts);
    bench(`standing (default: ${mode}), weighted (distance = 1/strength)`, () => void standing(plantedPartition({ n }), { weighted: true }), opts);
    if (!small) {
      bench("standing, sampled, 1,024 pivots, weighted", () => void standing(plantedPartition({ n }), { weighted: true, samples: 1_024 }), opts);
    }
    bench("communities (Louvain, weighted)", () => void communities(plantedPartition({ n })), opts);
    bench("generate graph + positive view only", () => void plantedPartition({ n }), opts);
  });
}
