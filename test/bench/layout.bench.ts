/**
 * The map's first picture (the multilevel layout, src/graph/layout/multilevel.ts) on the seeded
 * planted-partition networks of the scale issue (`plantedPartition({ n, tiesPerNode: 10 })`: groups
 * of 50, 80% of ties inside). `npm run bench` prints, before the vitest benches, for 10,000 and
 * 50,000 nodes: the time (wall, CPU seconds), the tie length inside ÷ between the planted groups,
 * and the share of nodes nearer their own community's centre than any other's — and the same for
 * the former first picture at 10,000 nodes (about 20 s; at 50,000 it takes minutes:
 * `npx tsx test/bench/layout.ts 50000 --before`). The figures are in docs/performance.md.
 */
import { bench, describe } from "vitest";
import { communities } from "../../src/graph/communities.js";
import { settledPositions } from "../../src/viz/positions.js";
import { plantedPartition } from "./generate.js";
import { figuresLine, layoutFigures } from "./layout.js";
import { machineLine } from "./machine.js";

console.log(`\n${machineLine()}`);
console.log("\nFirst picture of the map (communities computed beforehand, not timed):");
for (const n of [10_000, 50_000]) console.log(`  ${figuresLine(layoutFigures(n))}`);
console.log(`  ${figuresLine(layoutFigures(10_000, "before"))}`);

describe("first picture, 10,000 nodes, 10 ties/node (multilevel layout)", () => {
  const graph = plantedPartition({ n: 10_000, tiesPerNode: 10 });
  const { assignment } = communities(graph);
  bench("settledPositions", () => void settledPositions(graph, assignment), { iterations: 3, time: 0, warmupIterations: 0, warmupTime: 0 });
});
