/** Test helper: a weighted path graph from a list of undirected ties. */
import { pathGraph, type PathGraph } from "../../src/graph/paths/path-graph.js";

/** The path graph (lengths 1/strength) of the undirected ties [a, b, strength] on n nodes, each node's ties in the order given. */
export function pathGraphOfTies(n: number, ties: readonly (readonly [number, number, number])[]): PathGraph {
  const lists: [number, number][][] = Array.from({ length: n }, () => []);
  for (const [a, b, s] of ties) {
    lists[a]?.push([b, s]);
    lists[b]?.push([a, s]);
  }
  const starts = new Uint32Array(n + 1);
  const neighbors = new Uint32Array(2 * ties.length);
  const values = new Float64Array(2 * ties.length);
  let k = 0;
  for (let v = 0; v < n; v++) {
    starts[v] = k;
    for (const [u, s] of lists[v] ?? []) {
      neighbors[k] = u;
      values[k++] = s;
    }
  }
  starts[n] = k;
  return pathGraph({ nodes: Array.from({ length: n }, (_x, i) => `n${i}`), starts, neighbors, values }, true);
}
