/**
 * Two-mode (affiliation) data on the map: when the engine marks it (`summary.twoMode`, each node's
 * `mode`), the second mode (events, committees) is drawn as squares and the legend says so;
 * ordinary data is drawn as before.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeCoalition, type FullReport } from "../../src/graph/analyze.js";
import { importCoalition } from "../../src/import/index.js";
import { computeAppearance } from "../../src/viz/appearance.js";
import { MultiGraph } from "graphology";
import type { Dataset, DisplayEdge, DisplayNode } from "../../src/viz/dataset.js";
import type { GraphAttributes } from "../../src/graph/types.js";
import { legendModel, TWO_MODE_LEGEND } from "../../src/viz/legend.js";

/** Davis's Southern Women (women × events) as the map holds it: detected as two-mode by the engine, or measured as one network (`twoMode: false`). */
function davisDataset(twoMode: boolean): Dataset {
  const bytes = new Uint8Array(readFileSync("test/fixtures/datasets/davis_southern_women_edges.csv"));
  const { graph, report: importReport } = importCoalition([{ name: "davis_southern_women_edges.csv", bytes }]);
  const full: FullReport = analyzeCoalition(graph, importReport, twoMode ? {} : { twoMode: false });
  // The page's copy of the graph (createDataset needs WebGL for its curved-tie index: built here by hand).
  const display = new MultiGraph<DisplayNode, DisplayEdge, GraphAttributes>();
  graph.forEachNode((n, a) => display.addNode(n, { ...a, x: 0, y: 0 }));
  graph.forEachEdge((_e, a, s, t) => display.addEdge(s, t, { ...a }));
  return {
    id: 1,
    files: ["davis_southern_women_edges.csv"],
    graph: display,
    importReport,
    communities: { assignment: {}, modularity: 0, communities: [], runs: 0 },
    groups: {},
    analysis: { report: full, outreachCsv: "", timings: {} },
    standing: new Map(full.nodes.map((n) => [n.id, n])),
    searchIndex: [],
    tieTypes: [],
    sectors: [],
  };
}

describe("two-mode data on the map", () => {
  it("draws the events as squares and the people as discs, and says so in the legend", () => {
    const app = computeAppearance(davisDataset(true), "degree", "status");
    expect(app.twoMode).toBe(true);
    expect(app.styles.get("E1")?.type).toBe("organization");
    expect([...app.styles.values()].filter((s) => s.type === "organization")).toHaveLength(14);
    const labels = legendModel(app).sections.flatMap((s) => s.items.map((i) => i.label));
    expect(labels).toContain(TWO_MODE_LEGEND);
  });
  it("draws ordinary data as before, without the two-mode words", () => {
    const app = computeAppearance(davisDataset(false), "degree", "status");
    expect(app.twoMode).toBe(false);
    expect(app.styles.get("E1")?.type).toBe("person");
    expect(legendModel(app).sections.flatMap((s) => s.items.map((i) => i.label))).not.toContain(TWO_MODE_LEGEND);
  });
});
