/**
 * The graph to draw crosses from the analysis worker to the page in parts, so that no single
 * message is large: the page reads each part (structured-clone deserialization) and adds it to
 * the graph it is building in its own short task, instead of one long freeze for a 50,000-tie
 * network (1.3–1.9 s of deserialization plus 0.4 s of import were measured at 10,000 nodes on a
 * loaded machine). Each node arrives with its position (x, y), each tie with its place among
 * parallel ties (numbered in the worker). No DOM here.
 */
import { MultiGraph } from "graphology";
import { indexParallelEdgesIndex } from "@sigma/edge-curve";
import type { SerializedEdge, SerializedNode } from "graphology-types";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../graph/types.js";
import type { CoalitionGraph } from "../graph/types.js";
import type { DisplayEdge, DisplayGraph, DisplayNode } from "./dataset.js";
import type { Positions } from "./positions.js";
import type { SerializedCoalition } from "./protocol.js";

/** One part of the graph: nodes (with their positions) and ties, in the graph's order. */
export interface GraphPart {
  type: "graphPart";
  id: number;
  nodes: SerializedNode<DisplayNode>[];
  edges: SerializedEdge<EdgeAttributes>[];
}

/** Where each tie's place among its parallel ties is kept (edge-curve's attributes; see dataset.ts). */
export const PARALLEL_ATTRIBUTES = {
  edgeIndexAttribute: "parallelIndex",
  edgeMinIndexAttribute: "parallelMinIndex",
  edgeMaxIndexAttribute: "parallelMaxIndex",
} as const;

/**
 * Items per part: a part is read and added in a few tens of milliseconds even on a slow machine.
 * 5,000 (until stop 15) made tasks of 150–260 ms at load 7 with software WebGL (10,000 nodes,
 * `test/bench/browser.ts`), over the 100 ms a page may block; 1,000 still made 100–150 ms tasks at
 * 50,000 people (load 1.7): each tie costs graphology more as the page's graph grows (≈ 9 µs per
 * tie at 50,000 in Node, its `addEdge` and `attachMulti` and the collections they cause).
 */
export const PART_ITEMS = 500;

/**
 * Worker side: post `graph` (nodes with `positions`) as parts through `post`, and return the
 * graph's header (options and attributes, no nodes or ties) for the message that follows them.
 */
export function postGraphParts(id: number, graph: CoalitionGraph, positions: Positions, post: (part: GraphPart) => void): SerializedCoalition {
  // Parallel ties are numbered here, on a copy (the analyses keep the graph as imported): edge-curve's
  // indexing took 0.75 s of the page's main thread at 10,000 nodes.
  const copy = graph.copy();
  indexParallelEdgesIndex(copy as unknown as Parameters<typeof indexParallelEdgesIndex>[0], PARALLEL_ATTRIBUTES);
  const all = copy.export();
  const nodes: SerializedNode<DisplayNode>[] = all.nodes.map((n) => {
    const p = positions[n.key];
    return { key: n.key, attributes: { ...(n.attributes as NodeAttributes), x: p?.x ?? 0, y: p?.y ?? 0 } };
  });
  for (let i = 0; i < nodes.length; i += PART_ITEMS) post({ type: "graphPart", id, nodes: nodes.slice(i, i + PART_ITEMS), edges: [] });
  for (let i = 0; i < all.edges.length; i += PART_ITEMS) post({ type: "graphPart", id, nodes: [], edges: all.edges.slice(i, i + PART_ITEMS) });
  return { options: all.options, attributes: all.attributes, nodes: [], edges: [] };
}

/** The page's graph, empty: mixed (directed and undirected ties), parallel ties and self-loops allowed. */
export function emptyDisplayGraph(): DisplayGraph {
  return new MultiGraph<DisplayNode, DisplayEdge, GraphAttributes>({ type: "mixed", allowSelfLoops: true });
}

/** Page side: a graph being built from its parts, one part per task. */
export class GraphAssembler {
  readonly graph: DisplayGraph = emptyDisplayGraph();

  /** Add one part (its nodes come before any tie that needs them). */
  add(part: GraphPart): void {
    this.graph.import({ nodes: part.nodes, edges: part.edges as SerializedEdge<DisplayEdge>[] });
  }

  /** The graph's own attributes, from the header that ends the transfer. */
  finish(header: SerializedCoalition): DisplayGraph {
    this.graph.replaceAttributes(header.attributes ?? {});
    return this.graph;
  }
}
