/**
 * The search index, tie types and sectors are computed in the analysis worker with the import
 * (dataset-indexes.ts) and posted with it: they must be what the page would compute from the graph
 * it builds from the worker's parts — names in every script, a name like `__proto__`, nodes without a
 * sector — and the page keeps them as given.
 */
import { describe, expect, it } from "vitest";
import { addTie, createCoalitionGraph, edgeAttributes, nodeAttributes } from "../../src/graph/model.js";
import { datasetIndexes } from "../../src/viz/dataset-indexes.js";
import { pageGraph } from "./page-graph.js";
import { plantedPartition } from "../bench/generate.js";

const { createDataset } = await import("../../src/viz/dataset.js");

describe("the data set's indexes, computed in the worker", () => {
  it("equal what the page computes from the graph it builds (names in every script, __proto__, no sector)", () => {
    const g = createCoalitionGraph({ format: "workbook", hasStrength: true });
    const names = ["Zoë Ålund", "__proto__", "Мария Иванова", "محمد", "王小明", "José", "Jose", "constructor", "émile"];
    names.forEach((label, i) => g.addNode(`p${i}`, nodeAttributes({ label, kind: "person", sector: i % 3 === 0 ? "" : i % 3 === 1 ? "health" : "faith" })));
    addTie(g, "p0", "p1", edgeAttributes({ type: "works_with", strength: 2 }));
    addTie(g, "p2", "p3", edgeAttributes({ type: "conflict", strength: 1, sign: -1 }));
    addTie(g, "p4", "p5", edgeAttributes({ type: "__proto__", strength: 1 }));
    const worker = datasetIndexes(g);
    const page = datasetIndexes(pageGraph(g));
    expect(worker).toEqual(page);
    expect(worker.searchIndex.map(([, id]) => id).sort()).toEqual(names.map((_n, i) => `p${i}`).sort());
    const keys = worker.searchIndex.map(([k]) => k);
    expect(keys).toEqual([...keys].sort());
    expect(worker.tieTypes).toEqual(["__proto__", "conflict", "works_with"]);
    expect(worker.sectors).toEqual([
      { name: "(none)", count: 3 },
      { name: "faith", count: 3 },
      { name: "health", count: 3 },
    ]);
  });

  it("are kept as given by the page's data set, and computed there when not given (the shared viewer)", () => {
    const g = plantedPartition({ n: 400, tiesPerNode: 6 });
    const built = pageGraph(g);
    const given = datasetIndexes(g);
    const ds = createDataset(1, [], built, { files: [] } as never, { assignment: {} } as never, {}, given);
    expect(ds.searchIndex).toBe(given.searchIndex);
    expect(ds.sectors).toBe(given.sectors);
    const own = createDataset(2, [], built, { files: [] } as never, { assignment: {} } as never, {});
    expect({ searchIndex: own.searchIndex, tieTypes: own.tieTypes, sectors: own.sectors }).toEqual(given);
  });
});
