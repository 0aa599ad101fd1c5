/**
 * Coalition Map — the directed option: betweenness, closeness and PageRank with ties' direction.
 *
 * The directed positive-tie view: every node; each positive directed tie (refers_to, funds, …)
 * is one arc from its source to its target, each positive undirected tie two arcs (it goes both
 * ways); parallel arcs in the same direction are merged, weight = the sum of their strengths.
 * Measures follow NetworkX's directed conventions: betweenness normalized by (n−1)(n−2); closeness
 * from INCOMING distances (how easily others reach the node), Wasserman–Faust scaled; PageRank on
 * out-arcs. With weights, path lengths are 1/strength, PageRank uses the strengths.
 */
import { DirectedGraph } from "graphology";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import pagerank from "graphology-metrics/centrality/pagerank";
import { weightedCloseness } from "./closeness.js";
import { powerIteration } from "./power-iteration.js";
import type { CoalitionGraph } from "./types.js";

type ArcView = DirectedGraph<Record<string, never>, { weight: number }>;

const cache = new WeakMap<CoalitionGraph, ArcView>();

/** The directed positive-tie view (computed once per graph, then cached). Do not mutate it. */
export function directedView(graph: CoalitionGraph): ArcView {
  const cached = cache.get(graph);
  if (cached) return cached;
  const view: ArcView = new DirectedGraph();
  graph.forEachNode((n) => view.addNode(n));
  const arc = (s: string, t: string, w: number) => {
    if (view.hasEdge(s, t)) view.updateEdgeAttribute(s, t, "weight", (x) => (x ?? 0) + w);
    else view.addEdge(s, t, { weight: w });
  };
  graph.forEachEdge((_e, a, s, t) => {
    if (a.sign !== 1 || s === t) return;
    arc(s, t, a.strength);
    if (!a.directed) arc(t, s, a.strength);
  });
  cache.set(graph, view);
  return view;
}

/** Closeness from incoming distances: one search per node over the in-arcs. */
function incomingCloseness(view: ArcView, weighted: boolean): Record<string, number> {
  const nodes = view.nodes();
  const index = new Map(nodes.map((n, i) => [n, i]));
  const starts = new Uint32Array(nodes.length + 1);
  const neighbors = new Uint32Array(view.size);
  const values = new Float64Array(view.size);
  let k = 0;
  nodes.forEach((node, i) => {
    starts[i] = k;
    view.forEachInEdge(node, (_e, a, source) => {
      neighbors[k] = index.get(source) ?? 0;
      values[k] = weighted ? 1 / a.weight : 1;
      k++;
    });
  });
  starts[nodes.length] = k;
  return weightedCloseness({ nodes, starts, neighbors, values });
}

/** Betweenness, closeness and PageRank on the directed view (see the module comment). */
export function directedPathMeasures(
  graph: CoalitionGraph,
  weighted: boolean,
): { betweenness: Record<string, number>; closeness: Record<string, number>; pagerank: Record<string, number> } {
  const view = directedView(graph);
  return {
    betweenness: betweennessCentrality(view, { getEdgeWeight: weighted ? (_e, a) => 1 / a.weight : null, normalized: true }),
    closeness: incomingCloseness(view, weighted),
    pagerank: powerIteration((tolerance) => pagerank(view, { getEdgeWeight: weighted ? "weight" : null, alpha: 0.85, tolerance, maxIterations: 10_000 }), {}),
  };
}
