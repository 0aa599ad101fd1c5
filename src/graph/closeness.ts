/**
 * Coalition Map — closeness from a compact adjacency, weighted or not (every length 1).
 * With a directed adjacency of IN-arcs it gives NetworkX's directed closeness (incoming distances).
 */
import type { Csr } from "./csr.js";
import { MinHeap } from "./utils/min-heap.js";

/**
 * Weighted closeness (NetworkX `closeness_centrality(G, distance=...)`, `wf_improved=True`):
 * one Dijkstra per source with a heap over the CSR's tie lengths, O(V (V + E) log V) time,
 * O(V + E) memory. Typed-array reads use CSR indices, in bounds by construction.
 */
export function weightedCloseness(lengths: Pick<Csr, "nodes" | "starts" | "neighbors" | "values">): Record<string, number> {
  const { nodes, starts, neighbors, values } = lengths;
  const n = nodes.length;
  const dist = new Float64Array(n);
  const done = new Uint8Array(n);
  const heap = new MinHeap(n);
  const out: Record<string, number> = {};
  nodes.forEach((node, s) => {
    dist.fill(Infinity);
    done.fill(0);
    heap.clear();
    dist[s] = 0;
    heap.push(s, 0);
    let reached = 0;
    let total = 0;
    while (heap.size > 0) {
      const v = heap.pop();
      if (done[v]) continue;
      done[v] = 1;
      const dv = dist[v] ?? Infinity;
      if (v !== s) {
        reached++;
        total += dv;
      }
      const end = starts[v + 1] ?? 0;
      for (let j = starts[v] ?? 0; j < end; j++) {
        const w = neighbors[j] ?? 0;
        const d = dv + (values[j] ?? Infinity);
        if (!done[w] && d < (dist[w] ?? Infinity)) {
          dist[w] = d;
          heap.push(w, d);
        }
      }
    }
    let c = 0;
    if (total > 0 && n > 1) c = (reached / total) * (reached / (n - 1));
    out[node] = c;
  });
  return out;
}

