/**
 * Coalition Map — betweenness and closeness from one shortest-path search per source (Brandes).
 *
 * `sourceSums(graph, sources, from, to)` is the pure kernel: for each source s in
 * `sources[from … to−1]` one search (search.ts: BFS, Dial's bucket queue or heap Dijkstra) gives
 * the distances, the path counts σ_s and the settle order; then, last settled first, Brandes'
 * dependencies δ_s(v) = Σ_{w: v precedes w} σ_sv/σ_sw · (1 + δ_s(w)) (a predecessor v of w is a
 * neighbour with d(s,v) + length(v,w) = d(s,w): exact with unit or integer lengths, the same
 * floating-point comparison as the search otherwise). It returns the sums over those sources of
 * δ_s(v) and d(s,v) per node, and each source's own distance total and reach (its closeness).
 * Nothing is allocated per source. The sums of disjoint source ranges add up (`addSums`), so a
 * caller may split the sources across threads: the inputs are typed arrays and numbers (a
 * `PathGraph` can be posted to a worker), the outputs typed arrays — see `SourceRunner`.
 *
 * Cost: O(V + E) per source with BFS, O(V + E + D) with Dial (D = largest distance in scaled
 * units), O((V + E) log V) with the heap; O(V + E) memory.
 *
 * Reference: Brandes, U. (2001). A faster algorithm for betweenness centrality. J. Math. Sociol.
 * 25(2):163-177.
 */
import type { PathGraph } from "./path-graph.js";
import { clearSearch, search, searchSpace, type SearchSpace } from "./search.js";

/** What a range of sources contributes. */
export interface PathSums {
  /** Σ over the range's sources of δ_s(v), per node. */
  dependency: Float64Array;
  /** Σ over the range's sources of d(s, v) (true lengths), per node. */
  distanceSum: Float64Array;
  /** Per source of the range (index i ↔ sources[from + i]): Σ_v d(s, v) (true lengths). */
  farness: Float64Array;
  /** Per source of the range: number of other nodes it reaches. */
  reached: Uint32Array;
}

/**
 * Runs the kernel over all `sources` and returns their sums: `sourceSums(graph, sources, 0,
 * sources.length)` by default. A caller with threads (the CLI with worker_threads, a browser
 * worker pool) may split the sources into ranges, run `sourceSums` on each range in a worker
 * and return `addSums` of the parts — the result is the same up to floating-point summation order.
 */
export type SourceRunner = (graph: PathGraph, sources: Uint32Array) => PathSums;

/** Brandes' accumulation over the settle order of the last search (which reached `count` nodes). */
function accumulate(ws: SearchSpace, count: number): void {
  const { starts, neighbors, lengths, kind } = ws.graph;
  const { dist, sigma, delta, order } = ws;
  const unit = kind === "unit";
  for (let i = count - 1; i > 0; i--) {
    const w = order[i] ?? 0;
    const coefficient = (1 + (delta[w] ?? 0)) / (sigma[w] ?? 1);
    const dw = dist[w] ?? 0;
    const end = starts[w + 1] ?? 0;
    for (let j = starts[w] ?? 0; j < end; j++) {
      const v = neighbors[j] ?? 0;
      const dv = dist[v] ?? 0;
      if (unit ? dv === dw - 1 : dv + (lengths[j] ?? 0) === dw) delta[v] = (delta[v] ?? 0) + (sigma[v] ?? 0) * coefficient;
    }
  }
}

/** The kernel: see the module comment. `sources[from … to−1]` must be node indices of `graph`. */
export function sourceSums(graph: PathGraph, sources: Uint32Array, from = 0, to = sources.length): PathSums {
  const n = graph.n;
  const out: PathSums = {
    dependency: new Float64Array(n),
    distanceSum: new Float64Array(n),
    farness: new Float64Array(Math.max(0, to - from)),
    reached: new Uint32Array(Math.max(0, to - from)),
  };
  const { dependency, distanceSum, farness, reached } = out;
  const ws = searchSpace(graph);
  const { dist, delta, order } = ws;
  const unscale = 1 / graph.scale;
  for (let i = from; i < to; i++) {
    const s = sources[i] ?? 0;
    const count = search(ws, s);
    let total = 0; // scaled: a whole number with integer lengths (exact), divided once
    for (let k = 1; k < count; k++) {
      const v = order[k] ?? 0;
      const d = dist[v] ?? 0;
      total += d;
      distanceSum[v] = (distanceSum[v] ?? 0) + d * unscale;
    }
    farness[i - from] = total * unscale;
    reached[i - from] = count - 1;
    accumulate(ws, count);
    for (let k = 1; k < count; k++) {
      const v = order[k] ?? 0;
      dependency[v] = (dependency[v] ?? 0) + (delta[v] ?? 0);
    }
    clearSearch(ws, count);
  }
  return out;
}

/** Sum of the parts of consecutive source ranges (in order): the sums of the whole range. */
export function addSums(parts: readonly PathSums[], n: number): PathSums {
  const sum: PathSums = {
    dependency: new Float64Array(n),
    distanceSum: new Float64Array(n),
    farness: new Float64Array(parts.reduce((a, p) => a + p.farness.length, 0)),
    reached: new Uint32Array(parts.reduce((a, p) => a + p.reached.length, 0)),
  };
  let offset = 0;
  for (const p of parts) {
    for (let v = 0; v < n; v++) {
      sum.dependency[v] = (sum.dependency[v] ?? 0) + (p.dependency[v] ?? 0);
      sum.distanceSum[v] = (sum.distanceSum[v] ?? 0) + (p.distanceSum[v] ?? 0);
    }
    sum.farness.set(p.farness, offset);
    sum.reached.set(p.reached, offset);
    offset += p.farness.length;
  }
  return sum;
}

/** The default runner: every source in this thread. */
export const runHere: SourceRunner = (graph, sources) => sourceSums(graph, sources);

/** Closeness, NetworkX `wf_improved` (Wasserman & Faust): (r / Σd) · (r / (n − 1)); 0 when nothing is reached. */
export function closenessOf(farness: number, reached: number, n: number): number {
  return farness > 0 && n > 1 ? (reached / farness) * (reached / (n - 1)) : 0;
}

/**
 * Exact betweenness (normalized as NetworkX for undirected graphs: Σ_s δ_s(v) / ((n−1)(n−2)))
 * and closeness (NetworkX `wf_improved=True`) of every node, every node a source.
 */
export function exactPathCentralities(graph: PathGraph, run: SourceRunner = runHere): { betweenness: Float64Array; closeness: Float64Array } {
  const n = graph.n;
  const sources = new Uint32Array(n);
  for (let v = 0; v < n; v++) sources[v] = v;
  const sums = run(graph, sources);
  const betweenness = sums.dependency;
  if (n > 2) {
    const norm = 1 / ((n - 1) * (n - 2));
    for (let v = 0; v < n; v++) betweenness[v] = (betweenness[v] ?? 0) * norm;
  } else betweenness.fill(0);
  const closeness = new Float64Array(n);
  for (let v = 0; v < n; v++) closeness[v] = closenessOf(sums.farness[v] ?? 0, sums.reached[v] ?? 0, n);
  return { betweenness, closeness };
}
