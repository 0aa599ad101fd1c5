/**
 * Coalition Map — the compact adjacency (CSR) of an undirected tie view.
 *
 * The numerical kernels (sampled betweenness and closeness, weighted closeness, Burt's
 * structural holes) walk typed arrays instead of graphology's maps. `standing()` builds ONE CSR of
 * the positive-tie view per call, with the merged tie strength as its value, and derives the
 * lengths (1/strength) or unit weights from it (`withValues`) without walking the graph again.
 */
import { compareIds } from "./utils/compare-ids.js";
import type { TieView, ViewEdgeAttributes } from "./types.js";

/** Compact adjacency (CSR) of an undirected view: node i's ties are `starts[i] … starts[i+1]-1`. */
export interface Csr {
  /** Node ids, in the view's order (index → id). */
  nodes: string[];
  starts: Uint32Array;
  neighbors: Uint32Array;
  /** One value per tie end (a length, a strength, … as the builder's mapper says). */
  values: Float64Array;
  /**
   * Connected components as node indices: members of each in id order, components in order of their
   * smallest id.
   */
  components: number[][];
}

/** Build the CSR of an undirected view once, with `value(edge, attributes)` on every tie. */
export function toCsr(view: TieView, value: (edge: string, attributes: ViewEdgeAttributes) => number): Csr {
  const nodes = view.nodes();
  const index = new Map<string, number>();
  nodes.forEach((n, i) => index.set(n, i));
  const indexOf = (id: string): number => {
    const i = index.get(id);
    if (i === undefined) throw new Error(`toCsr: tie end "${id}" is not a node of the view.`);
    return i;
  };
  const starts = new Uint32Array(nodes.length + 1);
  const neighbors = new Uint32Array(view.size * 2);
  const values = new Float64Array(view.size * 2);
  let k = 0;
  nodes.forEach((node, i) => {
    starts[i] = k;
    view.forEachEdge(node, (e, a, s, t) => {
      neighbors[k] = indexOf(s === node ? t : s);
      values[k] = value(e, a);
      k++;
    });
  });
  starts[nodes.length] = k;
  const components = componentsOf(nodes, starts, neighbors);
  return { nodes, starts, neighbors, values, components };
}

/**
 * Connected components of the adjacency (breadth-first over the typed arrays): members of each in id
 * order, components in order of their smallest id (`compareIds`).
 */
function componentsOf(nodes: readonly string[], starts: Uint32Array, neighbors: Uint32Array): number[][] {
  const n = nodes.length;
  const byId = Array.from(nodes.keys()).sort((p, q) => compareIds(nodes[p] ?? "", nodes[q] ?? ""));
  const rank = new Uint32Array(n);
  byId.forEach((v, r) => (rank[v] = r));
  const seen = new Uint8Array(n);
  const queue = new Uint32Array(n);
  const components: number[][] = [];
  for (const first of byId) {
    if (seen[first]) continue;
    seen[first] = 1;
    queue[0] = first;
    let size = 1;
    for (let head = 0; head < size; head++) {
      const v = queue[head] ?? 0;
      const end = starts[v + 1] ?? 0;
      for (let j = starts[v] ?? 0; j < end; j++) {
        const u = neighbors[j] ?? 0;
        if (!seen[u]) {
          seen[u] = 1;
          queue[size++] = u;
        }
      }
    }
    components.push(Array.from(queue.subarray(0, size)).sort((p, q) => (rank[p] ?? 0) - (rank[q] ?? 0)));
  }
  return components;
}

/** The same adjacency with other tie values (`map(value)` per tie end); nothing is copied but the values. */
export function withValues(csr: Csr, map: (value: number) => number): Csr {
  return { ...csr, values: csr.values.map(map) };
}
