import { UndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { toCsr, withValues } from "../../src/graph/csr.js";
import { createCoalitionGraph } from "../../src/graph/model.js";
import type { NodeAttributes, TieView, ViewEdgeAttributes } from "../../src/graph/types.js";
import { assertCoalitionGraph } from "../../src/graph/utils/assert-coalition-graph.js";
import { compareRoundLabels } from "../../src/graph/utils/compare-round-labels.js";
import { digitsWithoutLeadingZeros } from "../../src/graph/utils/digits-without-leading-zeros.js";
import { MinHeap } from "../../src/graph/utils/min-heap.js";
import { mulberry32 } from "../../src/graph/utils/mulberry32.js";
import { pairs } from "../../src/graph/utils/pairs.js";

describe("MinHeap", () => {
  it("pops ids by increasing key, growing past its first capacity", () => {
    const rnd = mulberry32(7);
    const keys = Array.from({ length: 100 }, () => Math.floor(rnd() * 1000));
    const heap = new MinHeap(4);
    keys.forEach((k, id) => heap.push(id, k));
    const popped: number[] = [];
    while (heap.size > 0) popped.push(keys[heap.pop()] ?? -1);
    expect(popped).toEqual([...keys].sort((a, b) => a - b));
  });

  it("breaks equal keys with tieLess (a total order gives one pop sequence)", () => {
    const heap = new MinHeap(16, (a, b) => a > b); // larger id first among equal keys
    for (const [id, key] of [[1, 5], [2, 5], [3, 1], [4, 5], [5, 1]] as const) heap.push(id, key);
    const out: number[] = [];
    while (heap.size > 0) out.push(heap.pop());
    expect(out).toEqual([5, 3, 4, 2, 1]);
  });

  it("names itself when popped empty", () => {
    expect(() => new MinHeap(1).pop()).toThrow(/MinHeap.pop: the heap is empty/);
  });
});

describe("assertCoalitionGraph", () => {
  it("accepts a graph and names the function and what it got otherwise", () => {
    expect(() => assertCoalitionGraph(createCoalitionGraph(), "standing")).not.toThrow();
    expect(() => assertCoalitionGraph(null, "standing")).toThrow("standing: expected a CoalitionGraph (graphology graph), got null.");
    expect(() => assertCoalitionGraph([], "turfClusters")).toThrow(/^turfClusters: .*got an array/);
    expect(() => assertCoalitionGraph("g", "recruits")).toThrow(/^recruits: .*got string/);
  });
});

describe("pairs", () => {
  it("lists every unordered pair once, in order", () => {
    expect(pairs(["a", "b", "c"])).toEqual([["a", "b"], ["a", "c"], ["b", "c"]]);
    expect(pairs(["a"])).toEqual([]);
  });
});

describe("toCsr", () => {
  /** Two components {b, c} and {a, d} plus isolate e, inserted out of id order. */
  function view(): TieView {
    const g: TieView = new UndirectedGraph<NodeAttributes, ViewEdgeAttributes, Record<string, never>>();
    for (const n of ["c", "e", "d", "b", "a"]) g.addNode(n, { label: n, kind: "person", status: "none", areas: [], services: [], tags: [], extra: {} });
    g.addEdge("c", "b", { weight: 2, types: ["knows"], edges: ["e0"] });
    g.addEdge("d", "a", { weight: 4, types: ["knows"], edges: ["e1"] });
    return g;
  }

  it("holds each tie twice with its value, and components by smallest id with members in id order", () => {
    const csr = toCsr(view(), (_e, a) => a.weight);
    expect(csr.nodes).toEqual(["c", "e", "d", "b", "a"]);
    expect(Array.from(csr.starts)).toEqual([0, 1, 1, 2, 3, 4]);
    expect(Array.from(csr.values).sort()).toEqual([2, 2, 4, 4]);
    const names = csr.components.map((c) => c.map((i) => csr.nodes[i]));
    expect(names).toEqual([["a", "d"], ["b", "c"], ["e"]]);
  });

  it("withValues keeps the adjacency and maps only the values (1/strength as length)", () => {
    const csr = toCsr(view(), (_e, a) => a.weight);
    const lengths = withValues(csr, (w) => 1 / w);
    expect(lengths.neighbors).toBe(csr.neighbors);
    expect(Array.from(lengths.values).sort()).toEqual([0.25, 0.25, 0.5, 0.5]);
  });
});

describe("digitsWithoutLeadingZeros", () => {
  it("drops the leading zeros of a run of digits and keeps its last digit", () => {
    expect(["007", "000", "0", "10", "0100", "9"].map(digitsWithoutLeadingZeros)).toEqual(["7", "0", "0", "10", "100", "9"]);
    // Past 2^53 (Number would round it): still exact.
    expect(digitsWithoutLeadingZeros("0009007199254740993")).toBe("9007199254740993");
    // Only zeros before a digit.
    expect(digitsWithoutLeadingZeros("0a")).toBe("0a");
  });

  it("round labels compare their numbers through it: zeros dropped, exact past 2^53", () => {
    expect(compareRoundLabels("Wave 009", "Wave 10")).toBeLessThan(0);
    expect(compareRoundLabels("Wave 0009007199254740993", "Wave 9007199254740992")).toBeGreaterThan(0);
  });
});
