/**
 * Coalition Map — betweenness and closeness of a large network, estimated from sampled sources.
 *
 * In the organizer's words: on a very large network (thousands of people) measuring every
 * shortest route between every pair takes minutes; instead we measure the routes leaving a few
 * hundred randomly chosen people ("pivots") and scale up. The brokers and the central people come
 * out the same; the exact numbers move a little (fixed seed: the same network gives the same numbers).
 *
 * Precise definition. The graph is a compact adjacency (CSR, see `toCsr`) of an undirected simple
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
import { mulberry32 } from "./utils/mulberry32.js";
import type { TieView, ViewEdgeAttributes } from "./types.js";

/** Compact adjacency (CSR) of an undirected view: node i's ties are `starts[i] … starts[i+1]-1`. */
export interface Csr {
  /** Node ids, in the view's order (index → id). */
  nodes: string[];
  starts: Uint32Array;
  neighbors: Uint32Array;
  /** One value per tie end (a length, a strength, … as the builder's mapper says). */
  values: Float64Array;
}

/** Build the CSR of an undirected view once, with `value(edge, attributes)` on every tie. */
export function toCsr(view: TieView, value: (edge: string, attributes: ViewEdgeAttributes) => number): Csr {
  const nodes = view.nodes();
  const index = new Map<string, number>();
  nodes.forEach((n, i) => index.set(n, i));
  const starts = new Uint32Array(nodes.length + 1);
  const neighbors = new Uint32Array(view.size * 2);
  const values = new Float64Array(view.size * 2);
  let k = 0;
  for (let i = 0; i < nodes.length; i++) {
    starts[i] = k;
    view.forEachEdge(nodes[i]!, (e, a, s, t) => {
      neighbors[k] = index.get(s === nodes[i] ? t : s)!;
      values[k] = value(e, a);
      k++;
    });
  }
  starts[nodes.length] = k;
  return { nodes, starts, neighbors, values };
}

/** 4-ary min-heap of (node, key) with lazy deletion (duplicates allowed): shallower than a binary heap, fewer cache misses. */
export class MinHeap {
  private ids: Uint32Array;
  private keys: Float64Array;
  size = 0;
  constructor(capacity: number) {
    this.ids = new Uint32Array(Math.max(16, capacity));
    this.keys = new Float64Array(Math.max(16, capacity));
  }
  clear(): void {
    this.size = 0;
  }
  push(id: number, key: number): void {
    if (this.size === this.ids.length) {
      const ids = new Uint32Array(this.ids.length * 2);
      ids.set(this.ids);
      const keys = new Float64Array(this.keys.length * 2);
      keys.set(this.keys);
      this.ids = ids;
      this.keys = keys;
    }
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 2;
      if (this.keys[p]! <= key) break;
      this.ids[i] = this.ids[p]!;
      this.keys[i] = this.keys[p]!;
      i = p;
    }
    this.ids[i] = id;
    this.keys[i] = key;
  }
  pop(): number {
    const top = this.ids[0]!;
    const last = --this.size;
    if (last > 0) {
      const id = this.ids[last]!;
      const key = this.keys[last]!;
      let i = 0;
      const keys = this.keys;
      for (;;) {
        const first = 4 * i + 1;
        if (first >= last) break;
        // smallest of the up-to-4 children
        let c = first;
        let kc = keys[first]!;
        const stop = Math.min(first + 4, last);
        for (let x = first + 1; x < stop; x++) {
          const kx = keys[x]!;
          if (kx < kc) {
            c = x;
            kc = kx;
          }
        }
        if (kc >= key) break;
        this.ids[i] = this.ids[c]!;
        this.keys[i] = this.keys[c]!;
        i = c;
      }
      this.ids[i] = id;
      this.keys[i] = key;
    }
    return top;
  }
}

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

/** Connected components of the CSR, members of each in id order, components by smallest id. */
function components(csr: Csr): { members: number[][] } {
  const n = csr.nodes.length;
  const byId = Array.from({ length: n }, (_, i) => i).sort((a, b) => (csr.nodes[a]! < csr.nodes[b]! ? -1 : csr.nodes[a]! > csr.nodes[b]! ? 1 : 0));
  const component = new Int32Array(n).fill(-1);
  const queue = new Uint32Array(n);
  let count = 0;
  for (const root of byId) {
    if (component[root] !== -1) continue;
    let head = 0;
    let tail = 0;
    queue[tail++] = root;
    component[root] = count;
    while (head < tail) {
      const v = queue[head++]!;
      for (let j = csr.starts[v]!; j < csr.starts[v + 1]!; j++) {
        const w = csr.neighbors[j]!;
        if (component[w] === -1) {
          component[w] = count;
          queue[tail++] = w;
        }
      }
    }
    count++;
  }
  const members: number[][] = Array.from({ length: count }, () => []);
  for (const v of byId) members[component[v]!]!.push(v);
  return { members };
}

/** Typed arrays reused by every search (O(V) memory, allocated once). */
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
    const v = order[head]!;
    const dw = dist[v]! + 1;
    const sv = sigma[v]!;
    const end = starts[v + 1]!;
    for (let j = starts[v]!; j < end; j++) {
      const w = neighbors[j]!;
      const d = dist[w]!;
      if (d === Infinity) {
        dist[w] = dw;
        sigma[w] = sv;
        order[count++] = w;
      } else if (d === dw) sigma[w]! += sv;
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
    const dv = dist[v]!;
    const sv = sigma[v]!;
    const end = starts[v + 1]!;
    for (let j = starts[v]!; j < end; j++) {
      const w = neighbors[j]!;
      if (done[w]) continue;
      const d = dv + values[j]!;
      const dw = dist[w]!;
      if (d < dw) {
        dist[w] = d;
        sigma[w] = sv;
        heap.push(w, d);
      } else if (d === dw) sigma[w]! += sv;
    }
  }
  return count;
}

/**
 * Brandes' dependency accumulation over the settle order, last settled first. Predecessors are
 * found again from the distances: v precedes w iff d(s,v) + 1 = d(s,w) (BFS) or
 * d(s,v) + length(v,w) = d(s,w) (Dijkstra: the same floating-point comparison as the forward pass).
 */
function accumulateUnweighted(ws: Workspace, count: number): void {
  const { starts, neighbors, dist, sigma, delta, order } = ws;
  for (let i = count - 1; i > 0; i--) {
    const w = order[i]!;
    const coefficient = (1 + delta[w]!) / sigma[w]!;
    const dv = dist[w]! - 1;
    const end = starts[w + 1]!;
    for (let j = starts[w]!; j < end; j++) {
      const v = neighbors[j]!;
      if (dist[v] === dv) delta[v]! += sigma[v]! * coefficient;
    }
  }
}

function accumulateWeighted(ws: Workspace, count: number): void {
  const { starts, neighbors, values, dist, sigma, delta, order } = ws;
  for (let i = count - 1; i > 0; i--) {
    const w = order[i]!;
    const coefficient = (1 + delta[w]!) / sigma[w]!;
    const dw = dist[w]!;
    const end = starts[w + 1]!;
    for (let j = starts[w]!; j < end; j++) {
      const v = neighbors[j]!;
      if (dist[v]! + values[j]! === dw) delta[v]! += sigma[v]! * coefficient;
    }
  }
}

/** Clear what the last search touched (only the reached nodes). */
function reset(ws: Workspace, count: number): void {
  const { dist, sigma, delta, done, order } = ws;
  for (let i = 0; i < count; i++) {
    const v = order[i]!;
    dist[v] = Infinity;
    sigma[v] = 0;
    delta[v] = 0;
    done[v] = 0;
  }
}

/**
 * Betweenness and closeness of every node of `csr` from at most `samples` sources per connected
 * component (exact for components no larger than that). See the module comment for the estimators.
 */
export function sampledPathCentralities(csr: Csr, options: PathCentralityOptions): PathCentralityResult {
  const { weighted, samples, seed } = options;
  if (!Number.isInteger(samples) || samples < 1) throw new Error("sampledPathCentralities: `samples` must be a positive integer.");
  const n = csr.nodes.length;
  const { members } = components(csr);

  // Sources: all nodes of small components, `samples` seeded pivots of large ones.
  const rnd = mulberry32(seed);
  const isSource = new Uint8Array(n);
  const sourcesOf: number[][] = members.map((m) => {
    if (m.length <= samples) return m;
    const pool = m.slice();
    for (let i = 0; i < samples; i++) {
      const j = i + Math.floor(rnd() * (pool.length - i));
      const t = pool[i]!;
      pool[i] = pool[j]!;
      pool[j] = t;
    }
    return pool.slice(0, samples).sort((a, b) => a - b);
  });

  const betweenness = new Float64Array(n);
  const closeness = new Float64Array(n);
  const distanceSum = new Float64Array(n); // Σ over the component's sources of d(s, v)
  const ws = workspace(csr);
  const { dist, delta, order } = ws;
  let sourceCount = 0;

  for (let c = 0; c < members.length; c++) {
    const sources = sourcesOf[c]!;
    const size = members[c]!.length;
    if (size === 1) continue; // isolate: 0 and 0
    const scale = size / sources.length; // Brandes–Pich: n/k, per component
    for (const s of sources) {
      sourceCount++;
      isSource[s] = 1;
      const count = weighted ? dijkstra(ws, s) : bfs(ws, s);

      // Closeness: the source's own total; the others' distance sums for the estimate.
      let total = 0;
      for (let i = 1; i < count; i++) {
        const v = order[i]!;
        total += dist[v]!;
        distanceSum[v]! += dist[v]!;
      }
      const reached = count - 1;
      closeness[s] = total > 0 && n > 1 ? (reached / total) * (reached / (n - 1)) : 0;

      if (weighted) accumulateWeighted(ws, count);
      else accumulateUnweighted(ws, count);
      for (let i = 1; i < count; i++) {
        const w = order[i]!;
        betweenness[w]! += scale * delta[w]!;
      }
      reset(ws, count);
    }

    // Eppstein–Wang estimate for the component's non-sources (none when it was fully enumerated).
    const k = sources.length;
    const reached = size - 1;
    for (const v of members[c]!) {
      if (isSource[v]) continue;
      const sum = distanceSum[v]!;
      closeness[v] = sum > 0 && n > 1 ? (k / sum) * (reached / (n - 1)) : 0;
    }
  }

  if (n > 2) {
    const norm = 1 / ((n - 1) * (n - 2));
    for (let v = 0; v < n; v++) betweenness[v]! *= norm;
  }
  return { betweenness, closeness, sources: sourceCount, exact: members.every((m) => m.length <= samples) };
}
