/**
 * The base report's summary (report.ts `summarize`), read from graphology's numbered records
 * (model.ts `graphRecords`): the same counts and components as a plain reading through
 * graphology's public API — on a seeded network with negative, directed and membership ties and
 * isolated people, after nodes are dropped (numbers left unused), on a copy (records made in
 * model.ts, not graphology's own), and on an empty graph.
 */
import { describe, expect, it } from "vitest";
import { addTie, createCoalitionGraph, edgeAttributes, graphRecords, nodeAttributes } from "../../src/graph/model.js";
import { summarize, type ReportSummary } from "../../src/graph/report.js";
import type { CoalitionGraph, CoalitionStatus } from "../../src/graph/types.js";
import { mulberry32 } from "../../src/graph/utils/mulberry32.js";

/** Components by breadth-first search over graphology's neighbours (all ties, or positive ties only). */
function components(graph: CoalitionGraph, positiveOnly: boolean): number[] {
  const seen = new Set<string>();
  const sizes: number[] = [];
  graph.forEachNode((start) => {
    if (seen.has(start)) return;
    seen.add(start);
    const queue = [start];
    for (let q = 0; q < queue.length; q++) {
      const n = queue[q] ?? "";
      graph.forEachEdge(n, (_e, a, s, t) => {
        if (positiveOnly && a.sign !== 1) return;
        const other = s === n ? t : s;
        if (!seen.has(other)) {
          seen.add(other);
          queue.push(other);
        }
      });
    }
    sizes.push(queue.length);
  });
  return sizes;
}

/** The summary read through graphology's public API only. */
function plainSummary(graph: CoalitionGraph): ReportSummary {
  const byStatus: Record<CoalitionStatus, number> = { core: 0, member: 0, prospect: 0, none: 0 };
  let people = 0;
  let inferredNodes = 0;
  let isolates = 0;
  graph.forEachNode((n, a) => {
    if (a.kind === "person") people++;
    if (a.inferred === true) inferredNodes++;
    byStatus[a.status]++;
    if (graph.degree(n) === 0) isolates++;
  });
  const types: Record<string, number> = Object.create(null) as Record<string, number>;
  let positiveTies = 0;
  let directedTies = 0;
  let implicitTies = 0;
  graph.forEachEdge((_e, a) => {
    if (a.sign === 1) positiveTies++;
    if (a.directed) directedTies++;
    if (a.implicit === true) implicitTies++;
  });
  for (const t of graph.mapEdges((_e, a) => a.type).sort()) types[t] = (types[t] ?? 0) + 1;
  const all = components(graph, false);
  const attrs = graph.getAttributes();
  return {
    format: attrs.format,
    hasStrength: attrs.hasStrength,
    nodes: graph.order,
    edges: graph.size,
    people,
    organizations: graph.order - people,
    inferredNodes,
    byStatus,
    positiveTies,
    negativeTies: graph.size - positiveTies,
    directedTies,
    implicitTies,
    tiesByType: types,
    components: all.length,
    largestComponent: all.length === 0 ? 0 : Math.max(...all),
    positiveComponents: components(graph, true).length,
    isolates,
    needs: attrs.needs.length,
  };
}

/** A seeded network of small groups: some ties negative, some directed, some membership ties, some people alone. */
function network(seed: number, n: number): CoalitionGraph {
  const rng = mulberry32(seed);
  const g = createCoalitionGraph({ format: "workbook", hasStrength: true, needs: [{ service: "food", area: "north" }] });
  const statuses: CoalitionStatus[] = ["core", "member", "prospect", "none"];
  for (let i = 0; i < n; i++) {
    g.addNode(`p${i}`, nodeAttributes({ label: `P ${i}`, kind: i % 7 === 0 ? "organization" : "person", status: statuses[i % 4] ?? "none", ...(i % 11 === 0 ? { inferred: true } : {}) }));
  }
  for (let k = 0; k < n; k++) {
    const s = Math.floor(rng() * n);
    // Mostly inside a group of 40 (many components), now and then across.
    const t = rng() < 0.05 ? Math.floor(rng() * n) : Math.min(n - 1, s - (s % 40) + Math.floor(rng() * 40));
    if (s === t || s % 13 === 5) continue; // a few people keep no tie
    const r = rng();
    const attrs =
      r < 0.15
        ? edgeAttributes({ type: "conflict", sign: -1 })
        : r < 0.25
          ? edgeAttributes({ type: "refers_to", directed: true })
          : r < 0.3
            ? edgeAttributes({ type: "member_of", implicit: true })
            : edgeAttributes({ type: r < 0.6 ? "knows" : "works_with", strength: 1 + Math.floor(rng() * 5) });
    addTie(g, `p${s}`, `p${t}`, attrs);
  }
  return g;
}

describe("summarize from graphology's records", () => {
  it("gives the counts and components of a plain reading", () => {
    for (const seed of [1, 2, 3]) {
      const g = network(seed, 2000);
      const expected = plainSummary(g);
      expect(expected.negativeTies).toBeGreaterThan(0);
      expect(expected.positiveComponents).toBeGreaterThan(expected.components); // negative ties join some
      expect(expected.isolates).toBeGreaterThan(0);
      expect(summarize(g)).toEqual(expected);
      // The records are graphology's own, numbered below `numbers`.
      const records = graphRecords(g);
      expect(records.numbers).toBe(g.order);
      expect([...records.ties].length).toBe(g.size);
    }
  });

  it("after nodes are dropped, on a copy, and on an empty graph", () => {
    const g = network(4, 1500);
    for (let i = 0; i < 1500; i += 9) g.dropNode(`p${i}`);
    g.addNode("late", nodeAttributes({ label: "Late", kind: "person" }));
    g.addUndirectedEdgeWithKey("late-tie", "late", "p1", edgeAttributes({ type: "knows", sign: -1 }));
    const expected = plainSummary(g);
    expect(graphRecords(g).numbers).toBeGreaterThan(g.order);
    expect(summarize(g)).toEqual(expected);
    const copy = g.copy();
    expect(graphRecords(copy).numbers).toBe(copy.order);
    expect(summarize(copy)).toEqual(expected);
    g.clear();
    expect(summarize(g)).toEqual(plainSummary(g));
    expect(summarize(g).largestComponent).toBe(0);
    expect(summarize(createCoalitionGraph())).toEqual(plainSummary(createCoalitionGraph()));
  });
});
