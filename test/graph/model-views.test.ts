/**
 * The derived tie views (model.ts): merged once per pair of nodes, built without looking each tie
 * up in the view — the same graph, node for node and tie for tie (order included: Louvain, the
 * searches and the report read them in order), as merging tie by tie in a graphology graph.
 */
import { UndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { addTie, conflictView, createCoalitionGraph, edgeAttributes, nodeAttributes, positiveView } from "../../src/graph/model.js";
import type { CoalitionGraph, NodeAttributes, TieView, ViewEdgeAttributes } from "../../src/graph/types.js";
import { importCoalition } from "../../src/import/index.js";
import { sampleFiles } from "../helpers/sample.js";

/** The view as it was built before: each tie looked up in the view and merged there. */
function mergedTieByTie(graph: CoalitionGraph, sign: 1 | -1, allNodes: boolean): TieView {
  const view = new UndirectedGraph<NodeAttributes, ViewEdgeAttributes, Record<string, never>>();
  if (allNodes) graph.forEachNode((n, a) => view.addNode(n, a));
  const types = new Map<string, Set<string>>();
  graph.forEachEdge((key, a, s, t) => {
    if (a.sign !== sign || s === t) return;
    if (!view.hasNode(s)) view.addNode(s, graph.getNodeAttributes(s));
    if (!view.hasNode(t)) view.addNode(t, graph.getNodeAttributes(t));
    const existing = view.edge(s, t);
    if (existing === undefined) {
      const e = view.addEdge(s, t, { weight: a.strength, types: [], edges: [key] });
      types.set(e, new Set([a.type]));
    } else {
      const e = view.getEdgeAttributes(existing);
      e.weight += a.strength;
      types.get(existing)?.add(a.type);
      e.edges.push(key);
    }
  });
  for (const [e, set] of types) view.setEdgeAttribute(e, "types", [...set].sort());
  return view;
}

/** Everything a reader of the view can see, in the order it sees it. */
function reading(view: TieView): unknown[] {
  const out: unknown[] = [];
  view.forEachNode((n, a) => out.push(["node", n, a, view.neighbors(n), view.edges(n).map((e) => view.extremities(e))]));
  view.forEachEdge((_e, a, s, t) => out.push(["tie", s, t, a]));
  return out;
}

function mixedGraph(): CoalitionGraph {
  const g = createCoalitionGraph({ hasStrength: true });
  for (const id of ["10", "b", "2", "a", "c", "d"]) g.addNode(id, nodeAttributes({ label: id, kind: "person" }));
  addTie(g, "a", "b", edgeAttributes({ type: "works_with", strength: 2 }));
  addTie(g, "b", "a", edgeAttributes({ type: "knows", strength: 3 })); // parallel, reversed, another type
  addTie(g, "c", "d", edgeAttributes({ type: "conflict", strength: 4, sign: -1 }));
  addTie(g, "10", "2", edgeAttributes({ type: "reports_to", strength: 1, directed: true }));
  addTie(g, "2", "10", edgeAttributes({ type: "reports_to", strength: 5, directed: true }));
  addTie(g, "a", "b", edgeAttributes({ type: "works_with", strength: 1.5 })); // a type already met
  addTie(g, "d", "c", edgeAttributes({ type: "distrust", strength: 2, sign: -1 }));
  addTie(g, "b", "c", edgeAttributes({ type: "knows", strength: 1 }));
  return g;
}

describe("positiveView and conflictView", () => {
  it("merge parallel ties exactly as merging them tie by tie in the view (nodes, ties, order, attributes)", () => {
    const g = mixedGraph();
    expect(reading(positiveView(g))).toEqual(reading(mergedTieByTie(g, 1, true)));
    expect(reading(conflictView(g))).toEqual(reading(mergedTieByTie(g, -1, false)));
    const ab = positiveView(g).getEdgeAttributes(positiveView(g).edge("a", "b") ?? "");
    expect(ab).toEqual({ weight: 6.5, types: ["knows", "works_with"], edges: ["e0", "e1", "e5"] });
    expect(conflictView(g).nodes()).toEqual(["c", "d"]);
    expect(conflictView(g).getEdgeAttributes(conflictView(g).edge("d", "c") ?? "").types).toEqual(["conflict", "distrust"]);
  });

  it("give the sample coalition the same views as merging tie by tie", () => {
    const { graph } = importCoalition(sampleFiles());
    expect(reading(positiveView(graph))).toEqual(reading(mergedTieByTie(graph, 1, true)));
    expect(reading(conflictView(graph))).toEqual(reading(mergedTieByTie(graph, -1, false)));
  });

  it("are built once per graph", () => {
    const g = mixedGraph();
    expect(positiveView(g)).toBe(positiveView(g));
    expect(conflictView(g)).toBe(conflictView(g));
  });
});
