/**
 * Coalition Map — building the graph and its derived views.
 *
 * The imported graph is a graphology MultiGraph of type "mixed". Analyses work on two derived,
 * simple, undirected views computed once per graph:
 *  - the positive-tie view: every node, positive ties only, parallel ties merged, `weight` = the
 *    sum of their strengths (Gephi's merge convention);
 *  - the conflict view: every node that has a negative tie, negative ties only, `weight` = the
 *    sum of their strengths.
 */
import { MultiGraph, UndirectedGraph } from "graphology";
import type {
  CoalitionGraph,
  EdgeAttributes,
  GraphAttributes,
  NodeAttributes,
  TieView,
  ViewEdgeAttributes,
} from "./types.js";

export function createCoalitionGraph(attrs: Partial<GraphAttributes> = {}): CoalitionGraph {
  const g = new MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: "mixed", allowSelfLoops: false });
  g.replaceAttributes({ format: attrs.format ?? "workbook", hasStrength: attrs.hasStrength ?? false, needs: attrs.needs ?? [] });
  return g;
}

/** Defaults for a node's attributes, so callers only give what they know. */
export function nodeAttributes(partial: Partial<NodeAttributes> & Pick<NodeAttributes, "label" | "kind">): NodeAttributes {
  return { status: "none", areas: [], services: [], tags: [], extra: {}, ...partial };
}

/** Defaults for a tie's attributes. */
export function edgeAttributes(partial: Partial<EdgeAttributes> & Pick<EdgeAttributes, "type">): EdgeAttributes {
  return { strength: 1, sign: 1, directed: false, extra: {}, ...partial };
}

/**
 * Add a tie with a deterministic key (`e<n>` in insertion order), directed or not as its
 * attributes say. Returns the key.
 */
export function addTie(graph: CoalitionGraph, source: string, target: string, attrs: EdgeAttributes): string {
  const key = `e${graph.size}`;
  if (attrs.directed) graph.addDirectedEdgeWithKey(key, source, target, attrs);
  else graph.addUndirectedEdgeWithKey(key, source, target, attrs);
  return key;
}

const viewCache = new WeakMap<CoalitionGraph, { positive?: TieView; conflict?: TieView }>();

/**
 * Linear in the number of ties: the types of each merged tie are collected in a Set and sorted
 * once at the end (a pair joined by a million ties of distinct types stays fast).
 */
function buildView(graph: CoalitionGraph, sign: 1 | -1, allNodes: boolean): TieView {
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

/** The positive-tie view (computed once per graph, then cached). Do not mutate it. */
export function positiveView(graph: CoalitionGraph): TieView {
  let c = viewCache.get(graph);
  if (!c) viewCache.set(graph, (c = {}));
  return (c.positive ??= buildView(graph, 1, true));
}

/** The conflict view: negative ties only (computed once per graph, then cached). Do not mutate it. */
export function conflictView(graph: CoalitionGraph): TieView {
  let c = viewCache.get(graph);
  if (!c) viewCache.set(graph, (c = {}));
  return (c.conflict ??= buildView(graph, -1, false));
}

/** Coalition members are the people and organizations with status core or member. */
export function isMember(a: NodeAttributes): boolean {
  return a.status === "core" || a.status === "member";
}
