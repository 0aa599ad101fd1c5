/**
 * The report's default: exact up to STANDING_AUTO_EXACT_LIMIT (10,000) people; above, the estimate
 * with a stated guarantee (sampled sources, margins in plain words), not the quick pivots — the quick
 * estimate found 15 of the true top 100 brokers at 50,000 nodes (docs/performance.md). The map asks
 * for the quick one for its first figures only (`quickEstimate`: exact up to
 * STANDING_QUICK_EXACT_LIMIT, 5,000), then refines them.
 */
import { describe, expect, it } from "vitest";
import { analyzeCoalition } from "../../src/graph/analyze.js";
import type { ImportReport } from "../../src/graph/import-report.js";
import { isExactStanding, STANDING_AUTO_EXACT_LIMIT, STANDING_QUICK_EXACT_LIMIT } from "../../src/graph/standing.js";
import { plantedPartition } from "../bench/generate.js";

const EMPTY: ImportReport = { files: [], rowsRead: 0, imported: 0, merged: 0, rejected: 0, merges: [], rejections: [], warnings: [] };

describe("the limits", () => {
  it("exact by default up to 10,000 people; the quick first figures exact up to 5,000", () => {
    expect(STANDING_AUTO_EXACT_LIMIT).toBe(10_000);
    expect(STANDING_QUICK_EXACT_LIMIT).toBe(5_000);
    const at = plantedPartition({ n: STANDING_AUTO_EXACT_LIMIT, tiesPerNode: 1 });
    const above = plantedPartition({ n: STANDING_AUTO_EXACT_LIMIT + 1, tiesPerNode: 1 });
    expect(isExactStanding(at)).toBe(true);
    expect(isExactStanding(above)).toBe(false);
    expect(isExactStanding(at, { autoExactLimit: STANDING_QUICK_EXACT_LIMIT })).toBe(false);
    expect(isExactStanding(above, { exact: true, autoExactLimit: 0 })).toBe(true);
  });
});

describe("between the quick limit and the exact limit", () => {
  const graph = plantedPartition({ n: STANDING_QUICK_EXACT_LIMIT + 200, tiesPerNode: 3 });

  it("the report is exact; the map's first figures are the quick estimate", () => {
    expect(analyzeCoalition(graph, EMPTY).summary.standingMethod.kind).toBe("exact");
    const quick = analyzeCoalition(graph, EMPTY, { quickEstimate: true }).summary.standingMethod;
    expect(quick.kind).toBe("estimate");
    expect(quick.betweennessMargin).toBeUndefined();
  });
});

describe("betweenness above the exact limit", () => {
  const graph = plantedPartition({ n: STANDING_AUTO_EXACT_LIMIT + 200, tiesPerNode: 2 });

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
