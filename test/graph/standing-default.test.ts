/**
 * The report's default above the exact limit: the estimate with a stated guarantee (sampled
 * sources, margins in plain words), not the quick pivots — the quick estimate found 15 of the true
 * top 100 brokers at 50,000 nodes (docs/performance.md). The map asks for the quick one for its
 * first figures only (`quickEstimate`), then refines them.
 */
import { describe, expect, it } from "vitest";
import { analyzeCoalition } from "../../src/graph/analyze.js";
import type { ImportReport } from "../../src/graph/import-report.js";
import { STANDING_AUTO_EXACT_LIMIT } from "../../src/graph/standing.js";
import { plantedPartition } from "../bench/generate.js";

const EMPTY: ImportReport = { files: [], rowsRead: 0, imported: 0, merged: 0, rejected: 0, merges: [], rejections: [], warnings: [] };

describe("betweenness above the exact limit", () => {
  const graph = plantedPartition({ n: STANDING_AUTO_EXACT_LIMIT + 200, tiesPerNode: 3 });

  it("by default: the estimate with a stated margin and confidence", () => {
    const m = analyzeCoalition(graph, EMPTY).summary.standingMethod;
    expect(m.kind).toBe("estimate");
    expect(m.betweennessMargin).toBeGreaterThan(0);
    expect(m.confidence).toBe(0.99);
    expect(m.description).toMatch(/99% confidence/);
  });

  it("the map's first figures (quickEstimate): sampled people, no margin stated", () => {
    const m = analyzeCoalition(graph, EMPTY, { quickEstimate: true }).summary.standingMethod;
    expect(m.kind).toBe("estimate");
    expect(m.betweennessMargin).toBeUndefined();
    expect(m.description).toMatch(/no score carries a guarantee/);
  });

  it("exact when asked, whatever the size", () => {
    expect(analyzeCoalition(graph, EMPTY, { exact: true, quickEstimate: true }).summary.standingMethod.kind).toBe("exact");
  });
});
