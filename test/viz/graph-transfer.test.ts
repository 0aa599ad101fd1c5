/**
 * The graph crosses from the analysis worker to the page in parts (graph-transfer.ts): the page's
 * graph built from the parts must be the worker's graph exactly — every node with its attributes
 * and position, every tie with its key, ends, attributes and its place among parallel ties.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importCoalition } from "../../src/import/index.js";
import type { GraphPart } from "../../src/viz/graph-transfer.js";
import { plantedPartition } from "../bench/generate.js";

// sigma's rendering module (which edge-curve's parallel-tie index comes with) reads WebGL's
// constants when it loads: Node has none, the browser's worker has them. Any numbers will do here.
const glConstants = new Proxy({}, { get: () => 1 });
Object.assign(globalThis, { WebGL2RenderingContext: glConstants, WebGLRenderingContext: glConstants });
const { GraphAssembler, PART_ITEMS, postGraphParts } = await import("../../src/viz/graph-transfer.js");

const sample = (name: string) => ({ name, bytes: readFileSync(`examples/sample-coalition/${name}`) });

function transfer(graph: ReturnType<typeof plantedPartition>, positions: Record<string, { x: number; y: number }>) {
  const parts: GraphPart[] = [];
  const header = postGraphParts(7, graph, positions, (p) => parts.push(structuredClone(p)));
  const a = new GraphAssembler();
  for (const p of parts) a.add(p);
  return { parts, built: a.finish(structuredClone(header)) };
}

describe("the graph sent in parts", () => {
  it("arrives whole: nodes, positions, ties, keys and attributes (the sample coalition)", () => {
    const files = ["people.csv", "organizations.csv", "connections.csv", "services.csv"].map(sample);
    const { graph } = importCoalition(files);
    const positions: Record<string, { x: number; y: number }> = {};
    graph.forEachNode((n, _a) => (positions[n] = { x: n.length, y: -n.length }));
    const { built, parts } = transfer(graph, positions);
    expect(parts.every((p) => p.id === 7 && p.nodes.length + p.edges.length <= PART_ITEMS)).toBe(true);
    expect(built.order).toBe(graph.order);
    expect(built.size).toBe(graph.size);
    expect(built.getAttributes()).toEqual(graph.getAttributes());
    graph.forEachNode((n, a) => expect(built.getNodeAttributes(n)).toEqual({ ...a, x: n.length, y: -n.length }));
    graph.forEachEdge((e, a, s, t, _sa, _ta, undirected) => {
      expect(built.extremities(e)).toEqual([s, t]);
      expect(built.isUndirected(e)).toBe(undirected);
      const { parallelIndex, parallelMinIndex, parallelMaxIndex, ...rest } = built.getEdgeAttributes(e);
      expect(rest).toEqual(a);
      void parallelIndex, parallelMinIndex, parallelMaxIndex;
    });
    // The worker's own graph is untouched (the analyses see it as imported).
    graph.forEachEdge((_e, a) => expect("parallelIndex" in a).toBe(false));
  });

  it("numbers parallel ties (two ties between the same pair get different places)", () => {
    const graph = plantedPartition({ n: 200, tiesPerNode: 4 });
    const [s, t] = graph.extremities(graph.edges()[0] ?? "");
    graph.addEdge(s, t, { ...graph.getEdgeAttributes(graph.edges()[0] ?? ""), type: "knows" });
    const { built } = transfer(graph, {});
    const between = built.edges(s, t).map((e) => built.getEdgeAttribute(e, "parallelIndex"));
    expect(between.length).toBeGreaterThanOrEqual(2);
    expect(new Set(between).size).toBe(between.length);
  });

  it("cuts a large network into parts of at most PART_ITEMS, nodes before ties", () => {
    const graph = plantedPartition({ n: 12_000, tiesPerNode: 4 });
    const { parts, built } = transfer(graph, {});
    expect(parts.length).toBe(Math.ceil(graph.order / PART_ITEMS) + Math.ceil(graph.size / PART_ITEMS));
    const firstTies = parts.findIndex((p) => p.edges.length > 0);
    expect(parts.slice(firstTies).every((p) => p.nodes.length === 0)).toBe(true);
    expect(built.order).toBe(12_000);
    expect(built.size).toBe(graph.size);
  });
});
