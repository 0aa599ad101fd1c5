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
import { mulberry32 } from "./utils/mulberry32.js";
import type { Csr } from "./csr.js";
import { closenessOf, runHere, type SourceRunner } from "./paths/brandes.js";
import { floatPathGraph, pathGraph, type PathGraph } from "./paths/path-graph.js";

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
 * Betweenness and closeness of every node of `csr` (its values are tie LENGTHS, used as they are
 * when `weighted`) from at most `samples` sources per connected component (exact for components
 * no larger than that). See the module comment for the estimators.
 */
export function sampledPathCentralities(csr: Csr, options: PathCentralityOptions): PathCentralityResult {
  const graph = options.weighted ? floatPathGraph(csr) : pathGraph(csr, false);
  return estimatePathCentralities(graph, csr.components, options);
}

/** `sampledPathCentralities` over a ready path graph (any length kind) and its components. */
export function estimatePathCentralities(
  graph: PathGraph,
  components: readonly number[][],
  options: Omit<PathCentralityOptions, "weighted">,
  run: SourceRunner = runHere,
): PathCentralityResult {
  const { samples, seed } = options;
  if (!Number.isInteger(samples) || samples < 1) throw new Error("sampledPathCentralities: `samples` must be a positive integer.");
  const n = graph.n;
  const sourcesOf = chooseSources(components, samples, seed);
  const sources = Uint32Array.from(sourcesOf.flat());
  const sums = run(graph, sources);

  const isSource = new Uint8Array(n);
  const betweenness = new Float64Array(n);
  const closeness = new Float64Array(n);
  sources.forEach((s, i) => {
    isSource[s] = 1;
    closeness[s] = closenessOf(sums.farness[i] ?? 0, sums.reached[i] ?? 0, n);
  });
  const norm = n > 2 ? 1 / ((n - 1) * (n - 2)) : 0;
  components.forEach((component, c) => {
    const k = sourcesOf[c]?.length ?? 0;
    const size = component.length;
    if (size === 1 || k === 0) return; // isolate: 0 and 0
    const scale = (size / k) * norm; // Brandes–Pich: n/k, per component
    const reached = size - 1;
    for (const v of component) {
      betweenness[v] = (sums.dependency[v] ?? 0) * scale;
      // Eppstein–Wang estimate for the component's non-sources (none when it was fully enumerated).
      if (!isSource[v]) closeness[v] = closenessOf((reached * (sums.distanceSum[v] ?? 0)) / k, reached, n);
    }
  });
  return { betweenness, closeness, sources: sources.length, exact: components.every((m) => m.length <= samples) };
}
