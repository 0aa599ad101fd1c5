/**
 * Two-mode (affiliation) data on the map: when the report marks it (`summary.twoMode`, each node's
 * `mode`), the second mode (events, committees) is drawn as squares and the legend says so;
 * ordinary data is drawn as before.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeCoalition, type FullReport } from "../../src/graph/analyze.js";
import { twoModeSplit } from "../../src/graph/two-mode.js";
import { importCoalition } from "../../src/import/index.js";
import { computeAppearance } from "../../src/viz/appearance.js";
import { MultiGraph } from "graphology";
import type { Dataset, DisplayEdge, DisplayNode } from "../../src/viz/dataset.js";
import type { GraphAttributes } from "../../src/graph/types.js";
import { legendModel, TWO_MODE_LEGEND } from "../../src/viz/legend.js";

/** Davis's Southern Women (women × events) as the map holds it, with its report marked two-mode or not. */
function davisDataset(marked: boolean): Dataset {
  const bytes = new Uint8Array(readFileSync("test/fixtures/datasets/davis_southern_women_edges.csv"));
  const { graph, report: importReport } = importCoalition([{ name: "davis_southern_women_edges.csv", bytes }]);
  const report = analyzeCoalition(graph, importReport);
  const split = twoModeSplit(graph);
  if (!split) throw new Error("Davis's data should be two-mode");
  const events = new Set(split.modes[1]);
  const full: FullReport = marked
    ? {
        ...report,
        summary: { ...report.summary, twoMode: { basis: split.basis, modes: [split.modes[0].length, split.modes[1].length] } },
        nodes: report.nodes.map((n) => ({ ...n, mode: events.has(n.id) ? 2 : 1 })),
      }
    : report;
  // The page's copy of the graph (createDataset needs WebGL for its curved-tie index: built here by hand).
  const display = new MultiGraph<DisplayNode, DisplayEdge, GraphAttributes>();
  graph.forEachNode((n, a) => display.addNode(n, { ...a, x: 0, y: 0 }));
  graph.forEachEdge((_e, a, s, t) => display.addEdge(s, t, { ...a }));
  return {
    id: 1,
    files: ["davis_southern_women_edges.csv"],
    graph: display,
    importReport,
    communities: { assignment: {}, modularity: 0, communities: [] },
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
