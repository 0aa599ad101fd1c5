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
import { PAIR_BASE, PairTable } from "./utils/pair-table.js";

/** An empty object that V8 keeps as a hash table from the start (and that still has Object.prototype). */
function dictionaryObject(): Record<string, unknown> {
  return Object.setPrototypeOf(Object.create(null), Object.prototype) as Record<string, unknown>;
}

/** graphology's per-node record, as far as `useDictionaryIndexes` touches it. */
interface NodeIndexes {
  in?: Record<string, unknown>;
  out?: Record<string, unknown>;
  undirected?: Record<string, unknown>;
  clear(): void;
}

/** The same keys and values, in the same order, in a dictionary object. */
function asDictionary(index: Record<string, unknown>): Record<string, unknown> {
  const copy = dictionaryObject();
  for (const k of Object.keys(index)) copy[k] = index[k];
  return copy;
}

/**
 * Makes the graph keep each node's neighbour indexes (graphology's `in`, `out`, `undirected`
 * objects, keyed by neighbour key) as hash tables. graphology creates them as `{}`; V8 then gives
 * every object a new hidden class each time a neighbour key is added (the keys of each node are
 * its own), which made adding the 465,000 ties of a 100,000-node network cost about 2–3
 * CPU-seconds more (and as much garbage). The objects still inherit Object.prototype (graphology
 * calls `hasOwnProperty` on them) and enumerate their keys in the same order (the language fixes
 * it: integer keys ascending, then the others in insertion order), so nothing else changes. It
 * replaces the graph's node-record class (graphology's writable `NodeDataClass`) by a subclass;
 * call it on a new, empty graph.
 *
 * In a mixed graph, each kind of index waits for its first tie: the `in` and `out` objects
 * (directed ties) stay graphology's small `{}` until the first directed tie is added, the
 * `undirected` ones until the first undirected tie, however it is added (`add…Edge…`,
 * `merge…Edge…`, `update…Edge…`, the mixed graph's `addEdge…`, `import`). At that moment
 * (graphology's `edgeAdded` event, which every added tie sends) every node's indexes of that kind
 * become dictionaries, with what they hold, and every later node gets them as dictionaries; once
 * both kinds have come, the listener is removed. A list of undirected ties, the usual file, never
 * fills `in` and `out`: two empty dictionaries per node were 38 MB of the 265 MB graph of a
 * 100,000-node network and ≈ 1 CPU-s of its import (a list of directed ties alone, likewise, never
 * fills `undirected`). Either form gives the same answers (only speed and memory differ).
 */
export function useDictionaryIndexes(graph: object): void {
  const holder = graph as {
    NodeDataClass?: new (key: string, attributes: object) => NodeIndexes;
    type?: string;
    _nodes?: unknown;
    _edges?: unknown;
    on?: (event: string, listener: (e: { undirected?: boolean }) => void) => unknown;
    removeListener?: (event: string, listener: (e: { undirected?: boolean }) => void) => unknown;
  };
  const Base = holder.NodeDataClass;
  if (typeof Base !== "function") return;
  let next = 0;
  // Lazy only where the switch can be made: a mixed graph whose records can be reached.
  const lazy = holder.type === "mixed" && holder._nodes instanceof Map && typeof holder.on === "function" && typeof holder.removeListener === "function";
  let directedIndexes = !lazy;
  let undirectedIndexes = !lazy;
  holder.NodeDataClass = class extends Base {
    /** The node's number in this graph: in order of creation, never reused (see graphRecords). */
    readonly number = next++;
    override clear(): void {
      super.clear();
      if (directedIndexes) {
        if (this.in !== undefined) this.in = dictionaryObject();
        if (this.out !== undefined) this.out = dictionaryObject();
      }
      if (undirectedIndexes && this.undirected !== undefined) this.undirected = dictionaryObject();
    }
  };
  if (holder._nodes instanceof Map && holder._edges instanceof Map) numbered.set(graph, () => next);
  if (!lazy) return;
  const onTieAdded = (e: { undirected?: boolean }): void => {
    const undirected = e.undirected === true;
    if (undirected ? undirectedIndexes : directedIndexes) return;
    if (undirected) undirectedIndexes = true;
    else directedIndexes = true;
    if (directedIndexes && undirectedIndexes) holder.removeListener?.("edgeAdded", onTieAdded);
    const records = holder._nodes instanceof Map ? (holder._nodes as Map<string, NodeIndexes>).values() : [];
    for (const record of records) {
      if (undirected) {
        if (record.undirected !== undefined) record.undirected = asDictionary(record.undirected);
      } else {
        if (record.in !== undefined) record.in = asDictionary(record.in);
        if (record.out !== undefined) record.out = asDictionary(record.out);
      }
    }
  };
  holder.on?.("edgeAdded", onTieAdded);
}

/** Graphs whose node records are numbered (useDictionaryIndexes) → the count of numbers given so far. */
const numbered = new WeakMap<object, () => number>();

/** A node as `graphRecords` gives it: graphology's own record (its key, attributes and tie counts) and a number. */
export interface NodeRecord {
  readonly key: string;
  readonly attributes: NodeAttributes;
  /** Unique in the graph, below `GraphRecords.numbers` (not necessarily the node's place in the node order). */
  readonly number: number;
  readonly inDegree: number;
  readonly outDegree: number;
  readonly undirectedDegree: number;
}

/** A tie as `graphRecords` gives it: graphology's own record, its ends as records. */
export interface TieRecord {
  readonly key: string;
  readonly attributes: EdgeAttributes;
  readonly source: NodeRecord;
  readonly target: NodeRecord;
  readonly undirected: boolean;
}

/** The nodes and ties of a graph in graphology's order (that of forEachNode, forEachEdge). */
export interface GraphRecords {
  nodes: Iterable<NodeRecord>;
  ties: Iterable<TieRecord>;
  /** Every node's number is below this (numbers of dropped nodes are not given again). */
  numbers: number;
}

/**
 * The graph's nodes and ties as records, for a pass over a large network without a string lookup
 * per tie end: a node's number replaces a Map from its key (930,000 lookups for the 465,000 ties
 * of a 100,000-node network), and a tie's ends are the nodes' own records. For a graph made by
 * createCoalitionGraph these are graphology's records themselves (its private `_nodes` and
 * `_edges`, which its forEachNode and forEachEdge read; nothing is copied); for any other graph
 * they are made here, numbered in node order. Read them, never change them.
 */
export function graphRecords(graph: CoalitionGraph): GraphRecords {
  const numbers = numbered.get(graph);
  const inner = graph as unknown as { _nodes?: unknown; _edges?: unknown };
  if (numbers !== undefined && inner._nodes instanceof Map && inner._edges instanceof Map) {
    return { nodes: (inner._nodes as Map<string, NodeRecord>).values(), ties: (inner._edges as Map<string, TieRecord>).values(), numbers: numbers() };
  }
  const byKey = new Map<string, NodeRecord>();
  graph.forEachNode((key, attributes) => {
    byKey.set(key, { key, attributes, number: byKey.size, inDegree: graph.inDegree(key), outDegree: graph.outDegree(key), undirectedDegree: graph.undirectedDegree(key) });
  });
  const ties: TieRecord[] = [];
  graph.forEachEdge((key, attributes, s, t, _sa, _ta, undirected) => {
    const source = byKey.get(s);
    const target = byKey.get(t);
    if (source !== undefined && target !== undefined) ties.push({ key, attributes, source, target, undirected });
  });
  return { nodes: byKey.values(), ties, numbers: byKey.size };
}

export function createCoalitionGraph(attrs: Partial<GraphAttributes> = {}): CoalitionGraph {
  const g = new MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: "mixed", allowSelfLoops: false });
  useDictionaryIndexes(g);
  g.replaceAttributes({ format: attrs.format ?? "workbook", hasStrength: attrs.hasStrength ?? false, needs: attrs.needs ?? [] });
  return g;
}

/**
 * The empty list and the empty record of a node without areas, services, tags or extra columns:
 * one of each, frozen, shared by every such node (a node's attributes are replaced, never changed
 * in place). A tie list's 100,000 nodes made 300,000 empty lists and 100,000 empty records
 * (≈ 15 MB of the graph); the JSON and `graph.export()` are the same.
 */
const NO_ITEMS = Object.freeze([]) as readonly string[] as string[];
const NO_EXTRA = Object.freeze({}) as Record<string, string>;

/** Defaults for a node's attributes, so callers only give what they know. */
export function nodeAttributes(partial: Partial<NodeAttributes> & Pick<NodeAttributes, "label" | "kind">): NodeAttributes {
  return { status: "none", areas: NO_ITEMS, services: NO_ITEMS, tags: NO_ITEMS, extra: NO_EXTRA, ...partial };
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

/** One merged tie of a view while it is built: its ends (as first met), summed strength, types, keys. */
interface MergedTie {
  source: string;
  target: string;
  weight: number;
  /** The first type met, and every type once a second one appears. */
  type: string;
  types: Set<string> | null;
  edges: string[];
}

/**
 * Linear in the number of ties. The ties are merged in plain records first (a pair of nodes is
 * one number: the positions of its ends in the graph's node order), then added to the view once
 * each with their final attributes, in order of their first tie — the same view, node order, tie
 * order and neighbour order as adding them one by one and merging in the view, without a lookup
 * in the view, a Set of types or an attribute update per tie (a pair joined by a million ties of
 * distinct types stays fast: its types are collected in a Set and sorted once).
 */
function buildView(graph: CoalitionGraph, sign: 1 | -1, allNodes: boolean): TieView {
  const view = new UndirectedGraph<NodeAttributes, ViewEdgeAttributes, Record<string, never>>();
  useDictionaryIndexes(view);
  const position = new Map<string, number>();
  graph.forEachNode((n, a) => {
    position.set(n, position.size);
    if (allNodes) view.addNode(n, a);
  });
  const merged: MergedTie[] = [];
  // Pair of positions → its tie's place in `merged` (positions are below 2^24: a Map numbers them).
  const byPair = new PairTable();
  graph.forEachEdge((key, a, s, t) => {
    if (a.sign !== sign || s === t) return;
    const i = position.get(s) ?? 0;
    const j = position.get(t) ?? 0;
    const pair = i < j ? i * PAIR_BASE + j : j * PAIR_BASE + i;
    const at = byPair.get(pair);
    const existing = at < 0 ? undefined : merged[at];
    if (existing === undefined) {
      if (!allNodes) {
        if (!view.hasNode(s)) view.addNode(s, graph.getNodeAttributes(s));
        if (!view.hasNode(t)) view.addNode(t, graph.getNodeAttributes(t));
      }
      const tie: MergedTie = { source: s, target: t, weight: a.strength, type: a.type, types: null, edges: [key] };
      byPair.set(pair, merged.length);
      merged.push(tie);
    } else {
      existing.weight += a.strength;
      if (existing.types !== null) existing.types.add(a.type);
      else if (a.type !== existing.type) existing.types = new Set([existing.type, a.type]);
      existing.edges.push(key);
    }
  });
  // Keys "v0", "v1", … in order (graphology's own keys, "geid_<graph>_<n>", are longer: a second
  // string made and flattened per tie).
  merged.forEach((tie, k) => {
    view.addEdgeWithKey(`v${k}`, tie.source, tie.target, { weight: tie.weight, types: tie.types === null ? [tie.type] : [...tie.types].sort(), edges: tie.edges });
  });
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
