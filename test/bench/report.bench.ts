/**
 * Benchmarks of the whole report (`analyzeCoalition`: import excluded): the bundled sample
 * coalition, and seeded planted-partition networks of 2,000 and 10,000 nodes with a realistic
 * mix of statuses (10% members, 5% prospects, decision makers flagged) and a few negative ties.
 * Run with `npm run bench`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { bench, describe } from "vitest";
import { analyzeCoalition } from "../../src/graph/analyze.js";
import type { ImportReport } from "../../src/graph/import-report.js";
import { mulberry32 } from "../../src/graph/utils/mulberry32.js";
import { addTie, edgeAttributes } from "../../src/graph/model.js";
import type { CoalitionGraph } from "../../src/graph/types.js";
import { importCoalition } from "../../src/import/index.js";
import { plantedPartition } from "./generate.js";

const EMPTY_IMPORT: ImportReport = { files: [], rowsRead: 0, imported: 0, merged: 0, rejected: 0, merges: [], rejections: [], warnings: [] };

function coalitionLike(n: number): CoalitionGraph {
  const g = plantedPartition({ n, seed: 7 });
  const rnd = mulberry32(11);
  g.forEachNode((id) => {
    const r = rnd();
    g.mergeNodeAttributes(id, {
      status: r < 0.02 ? "core" : r < 0.1 ? "member" : r < 0.15 ? "prospect" : "none",
      decisionMaker: rnd() < 0.1,
      services: rnd() < 0.2 ? ["hotline", "counseling"].slice(0, 1 + Math.floor(rnd() * 2)) : [],
    });
  });
  const nodes = g.nodes();
  for (let i = 0; i < n / 100; i++) {
    const a = nodes[Math.floor(rnd() * n)]!;
    const b = nodes[Math.floor(rnd() * n)]!;
    if (a !== b) addTie(g, a, b, edgeAttributes({ type: "bad_history", sign: -1, strength: 3 }));
  }
  return g;
}

function sample(): () => void {
  const dir = "examples/sample-coalition";
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".csv"))
    .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(dir, f))) }));
  return () => {
    const { graph, report } = importCoalition(files);
    analyzeCoalition(graph, report);
  };
}

describe("whole report", () => {
  bench("sample coalition (250 nodes, 900 ties): import + every analysis", sample(), { iterations: 10, time: 0 });
  bench("2,000 nodes, ~5 ties/node: every analysis", () => void analyzeCoalition(coalitionLike(2_000), EMPTY_IMPORT), { iterations: 3, time: 0 });
  bench("10,000 nodes, ~5 ties/node: every analysis", () => void analyzeCoalition(coalitionLike(10_000), EMPTY_IMPORT), {
    iterations: 1,
    time: 0,
    warmupIterations: 0,
    warmupTime: 0,
  });
});
