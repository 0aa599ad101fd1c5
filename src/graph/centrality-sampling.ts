/**
 * Coalition Map — betweenness and closeness of a large network, estimated from sampled sources.
 *
 * In the organizer's words: on a very large network (thousands of people) measuring every
 * shortest route between every pair takes minutes; instead we measure the routes leaving a few
 * hundred randomly chosen people ("pivots") and scale up. The brokers and the central people come
 * out the same; the exact numbers move a little (fixed seed: the same network gives the same numbers).
 *
 * Precise definition. The graph is a compact adjacency (CSR, see csr.ts) of an undirected simple
 * graph; ties have length 1 (BFS) or, when `weighted`, the CSR value as length (binary-heap
 * Dijkstra; standing uses distance = 1/strength). Sources are chosen per connected component: a
 * component with at most `samples` nodes uses all of its nodes as sources (its values are exact);
 * a larger component C uses `samples` pivots drawn uniformly without replacement (seeded
 * mulberry32, nodes in id order, components in order of their smallest id). From each source s one
 * shortest-path search gives the distances d(s,·), the path counts σ_s and Brandes' dependencies
 * δ_s(v) = Σ_{w: v ∈ P_s(w)} σ_sv/σ_sw · (1 + δ_s(w)) (Brandes 2001).
 *  - betweenness (Brandes & Pich 2007): B(v) = (|C|/k_C) · Σ_{pivots s} δ_s(v), i.e. the sum of
 *    dependencies scaled by n/k as NetworkX's `betweenness_centrality(G, k=…)` does, per component
 *    (stratified sampling; δ_s(v) = 0 for s outside v's component, so this is unbiased), then
 *    NetworkX's undirected normalization 1/((n−1)(n−2)) with n = all nodes. Equals the exact
 *    value when every node of the component is a source.
 *  - closeness (Eppstein & Wang 2004), NetworkX's `wf_improved` form (Wasserman & Faust 1994):
 *    c(v) = (r/Σd)·(r/(n−1)) with r = number of nodes v reaches (its component's size − 1, known
 *    exactly from the search). For a source, Σd is exact (its own search). For another node v,
 *    Σd is estimated as r times the mean distance from the component's k_C pivots to v
 *    (undirected: d(s,v) = d(v,s)), so c(v) = (k_C / Σ_s d(s,v)) · (r/(n−1)). Isolates: 0.
 * Cost: O(k (V + E)) time (O(k (V + E) log V) weighted) for k = `samples`, O(V + E) memory: each
 * search reuses the same typed arrays and no all-pairs matrix is kept.
 *
 * References: Brandes, U. (2001). A faster algorithm for betweenness centrality. J. Math. Sociol.
 * 25(2):163-177. Brandes, U. & Pich, C. (2007). Centrality estimation in large networks. Int. J.
 * Bifurcation and Chaos 17(7):2303-2318. Eppstein, D. & Wang, J. (2004). Fast approximation of
 * centrality. J. Graph Algorithms Appl. 8(1):39-45. Wasserman, S. & Faust, K. (1994). Social
 * Network Analysis, p. 201.
 */
import { MinHeap } from "./utils/min-heap.js";
import { mulberry32 } from "./utils/mulberry32.js";
import type { Csr } from "./csr.js";

export { toCsr, type Csr } from "./csr.js";

export interface PathCentralityOptions {
  /** Ties have the CSR value as length (Dijkstra); otherwise length 1 (BFS). */
  weighted: boolean;
  /** Sources per connected component; a component with at most this many nodes uses all of them. */
  samples: number;
  /** Seed of the pivot choice. */
  seed: number;
}

export interface PathCentralityResult {
  /** Normalized betweenness (NetworkX convention, undirected), indexed like `csr.nodes`. */
  betweenness: Float64Array;
  /** Closeness, Wasserman–Faust improved (NetworkX `wf_improved=True`), indexed like `csr.nodes`. */
  closeness: Float64Array;
  /** Number of shortest-path searches run (sources). */
  sources: number;
  /** True when every node was a source (then the values are exact, not estimates). */
  exact: boolean;
}

/**
 * Typed arrays reused by every search (O(V) memory, allocated once). Reads below index them with
 * node and tie indices taken from the CSR itself, always in bounds: the `?? 0` on a typed-array
 * read only tells the type checker so (an out-of-bounds read would be a bug in `toCsr`).
 */
interface Workspace extends Csr {
  /** Distance from the current source; Infinity = not reached. */
  dist: Float64Array;
  /** Number of shortest paths from the current source (σ). */
  sigma: Float64Array;
  /** Brandes' dependency of the current source on each node (δ). */
  delta: Float64Array;
  /** Dijkstra: settled flags. */
  done: Uint8Array;
  /** Nodes in the order they were settled (Brandes' stack S); `order[0]` is the source. */
  order: Uint32Array;
  heap: MinHeap;
}

function workspace(csr: Csr): Workspace {
  const n = csr.nodes.length;
  return {
    ...csr,
    dist: new Float64Array(n).fill(Infinity),
    sigma: new Float64Array(n),
    delta: new Float64Array(n),
    done: new Uint8Array(n),
    order: new Uint32Array(n),
    heap: new MinHeap(n),
  };
}

/** BFS from s: distances, path counts σ and settle order; returns how many nodes were reached (s included). */
function bfs(ws: Workspace, s: number): number {
  const { starts, neighbors, dist, sigma, order } = ws;
  let count = 0;
  dist[s] = 0;
  sigma[s] = 1;
  order[count++] = s;
  for (let head = 0; head < count; head++) {
    const v = order[head] ?? 0;
    const dw = (dist[v] ?? Infinity) + 1;
    const sv = sigma[v] ?? 0;
    const end = starts[v + 1] ?? 0;
    for (let j = starts[v] ?? 0; j < end; j++) {
      const w = neighbors[j] ?? 0;
      const d = dist[w] ?? Infinity;
      if (d === Infinity) {
        dist[w] = dw;
        sigma[w] = sv;
        order[count++] = w;
      } else if (d === dw) sigma[w] = (sigma[w] ?? 0) + sv;
    }
  }
  return count;
}

/** Dijkstra from s over the CSR values as lengths; same outputs as `bfs`. */
function dijkstra(ws: Workspace, s: number): number {
  const { starts, neighbors, values, dist, sigma, done, order, heap } = ws;
  let count = 0;
  dist[s] = 0;
  sigma[s] = 1;
  heap.clear();
  heap.push(s, 0);
  while (heap.size > 0) {
    const v = heap.pop();
    if (done[v]) continue;
    done[v] = 1;
    order[count++] = v;
    const dv = dist[v] ?? Infinity;
    const sv = sigma[v] ?? 0;
    const end = starts[v + 1] ?? 0;
    for (let j = starts[v] ?? 0; j < end; j++) {
      const w = neighbors[j] ?? 0;
      if (done[w]) continue;
      const d = dv + (values[j] ?? Infinity);
      const dw = dist[w] ?? Infinity;
      if (d < dw) {
        dist[w] = d;
        sigma[w] = sv;
        heap.push(w, d);
      } else if (d === dw) sigma[w] = (sigma[w] ?? 0) + sv;
    }
  }
  return count;
}

/**
 * Brandes' dependency accumulation over the settle order, last settled first. Predecessors are
 * found again from the distances: v precedes w iff d(s,v) + 1 = d(s,w) (BFS) or
 * d(s,v) + length(v,w) = d(s,w) (Dijkstra: the same floating-point comparison as the forward pass).
 */
function accumulate(ws: Workspace, count: number, weighted: boolean): void {
  const { starts, neighbors, values, dist, sigma, delta, order } = ws;
  for (let i = count - 1; i > 0; i--) {
    const w = order[i] ?? 0;
    const coefficient = (1 + (delta[w] ?? 0)) / (sigma[w] ?? 1);
    const dw = dist[w] ?? Infinity;
    const end = starts[w + 1] ?? 0;
    for (let j = starts[w] ?? 0; j < end; j++) {
      const v = neighbors[j] ?? 0;
      const dv = dist[v] ?? Infinity;
      const precedes = weighted ? dv + (values[j] ?? Infinity) === dw : dv === dw - 1;
      if (precedes) delta[v] = (delta[v] ?? 0) + (sigma[v] ?? 0) * coefficient;
    }
  }
}

/** Clear what the last search touched (only the reached nodes). */
function reset(ws: Workspace, count: number): void {
  const { dist, sigma, delta, done, order } = ws;
  for (let i = 0; i < count; i++) {
    const v = order[i] ?? 0;
    dist[v] = Infinity;
    sigma[v] = 0;
    delta[v] = 0;
    done[v] = 0;
  }
}

/** The sources of each component: all nodes of small ones, `samples` seeded pivots of large ones. */
function chooseSources(members: readonly number[][], samples: number, seed: number): number[][] {
  const rnd = mulberry32(seed);
  return members.map((m) => {
    if (m.length <= samples) return m;
    const pool = m.slice();
    for (let i = 0; i < samples; i++) {
      const j = i + Math.floor(rnd() * (pool.length - i));
      const t = pool[i];
      const u = pool[j];
      if (t === undefined || u === undefined) throw new Error("sampledPathCentralities: pivot index out of range.");
      pool[i] = u;
      pool[j] = t;
    }
    return pool.slice(0, samples).sort((a, b) => a - b);
  });
}

/**
 * Betweenness and closeness of every node of `csr` from at most `samples` sources per connected
 * component (exact for components no larger than that). See the module comment for the estimators.
 */
export function sampledPathCentralities(csr: Csr, options: PathCentralityOptions): PathCentralityResult {
  const { weighted, samples, seed } = options;
  if (!Number.isInteger(samples) || samples < 1) throw new Error("sampledPathCentralities: `samples` must be a positive integer.");
  const n = csr.nodes.length;
  const members = csr.components;
  const sourcesOf = chooseSources(members, samples, seed);

  const isSource = new Uint8Array(n);
  const betweenness = new Float64Array(n);
  const closeness = new Float64Array(n);
  const distanceSum = new Float64Array(n); // Σ over the component's sources of d(s, v)
  const ws = workspace(csr);
  const { dist, delta, order } = ws;
  let sourceCount = 0;

  members.forEach((component, c) => {
    const sources = sourcesOf[c] ?? [];
    const size = component.length;
    if (size === 1) return; // isolate: 0 and 0
    const scale = size / sources.length; // Brandes–Pich: n/k, per component
    for (const s of sources) {
      sourceCount++;
      isSource[s] = 1;
      const count = weighted ? dijkstra(ws, s) : bfs(ws, s);

      // Closeness: the source's own total; the others' distance sums for the estimate.
      let total = 0;
      for (let i = 1; i < count; i++) {
        const v = order[i] ?? 0;
        const d = dist[v] ?? 0;
        total += d;
        distanceSum[v] = (distanceSum[v] ?? 0) + d;
      }
      const reached = count - 1;
      closeness[s] = total > 0 && n > 1 ? (reached / total) * (reached / (n - 1)) : 0;

      accumulate(ws, count, weighted);
      for (let i = 1; i < count; i++) {
        const w = order[i] ?? 0;
        betweenness[w] = (betweenness[w] ?? 0) + scale * (delta[w] ?? 0);
      }
      reset(ws, count);
    }

    // Eppstein–Wang estimate for the component's non-sources (none when it was fully enumerated).
    const k = sources.length;
    const reached = size - 1;
    for (const v of component) {
      if (isSource[v]) continue;
      const sum = distanceSum[v] ?? 0;
      closeness[v] = sum > 0 && n > 1 ? (k / sum) * (reached / (n - 1)) : 0;
    }
  });

  if (n > 2) {
    const norm = 1 / ((n - 1) * (n - 2));
    for (let v = 0; v < n; v++) betweenness[v] = (betweenness[v] ?? 0) * norm;
  }
  return { betweenness, closeness, sources: sourceCount, exact: members.every((m) => m.length <= samples) };
}
