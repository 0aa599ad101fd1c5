/**
 * Coalition Map — betweenness of a large network estimated from sampled shortest paths, with a
 * guarantee (Riondato & Kornaropoulos 2016).
 *
 * In the organizer's words: instead of following every route between every pair of people, we
 * pick many random pairs, follow one of their shortest routes each, and count how often each
 * person sits on the way. Enough pairs, and every score is within a stated margin of its exact
 * value, with a stated confidence (same seed: same numbers).
 *
 * Precise definition. r ordered pairs (u, v), u ≠ v, are drawn uniformly (seeded mulberry32, nodes
 * in id order); for each, one shortest u–v path is drawn uniformly among all of them (no path: the
 * sample counts for nobody), and each of its inner nodes gains 1/r. That estimates
 * b(w) = 1/(n(n−1)) Σ_{u≠v} σ_uv(w)/σ_uv; NetworkX's undirected normalized betweenness is
 * b(w) · n/(n−2). With
 *   r = ⌈(c/ε²) (⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉,  c = 0.5,
 * where VD bounds the vertex diameter (most nodes on a shortest path), every node's b is within ±ε
 * of its estimate with probability ≥ 1 − δ (Riondato & Kornaropoulos 2016, Theorem 1; the range
 * set of shortest paths has VC dimension ≤ ⌊log₂(VD − 2)⌋ + 1; c ≈ 0.5 per Löffler & Phillips 2009).
 * VD is bounded per connected component from one search from its first node (id order): a
 * shortest path has at most 2·ecc/ℓ_min + 1 nodes (ecc: that node's largest distance; ℓ_min: the
 * shortest tie), and never more than the component's size.
 *
 * One path per pair, by a balanced bidirectional search (the side that has scanned fewer ties
 * advances): with integer or unit lengths (Dial's queue, search.ts), from u and from v, until
 * top_u + top_v > μ (μ: the best u–v length seen). Then every shortest path has exactly one tie
 * (x, y) with d(u,x) < T ≤ d(u,x) + ℓ(x,y), T = min(top_u, μ), x settled from u and y from v, so
 * σ_uv = Σ σ_u(x)·σ_v(y) over those ties; one is drawn in proportion, then predecessors back to u
 * and to v in proportion to their σ. (Floating-point lengths: one full search from u.)
 *
 * References: Riondato, M. & Kornaropoulos, E. M. (2016). Fast approximation of betweenness
 * centrality through sampling. Data Min. Knowl. Disc. 30(2):438-475. Borassi, M. & Natale, E.
 * (2016). KADABRA is an ADaptive Algorithm for Betweenness via Random Approximation. ESA 2016
 * (the balanced bidirectional search). Löffler, M. & Phillips, J. M. (2009). Shape fitting on
 * point sets with probability distributions. ESA 2009.
 */
import { compareIds } from "../utils/compare-ids.js";
import { mulberry32 } from "../utils/mulberry32.js";
import type { PathGraph } from "./path-graph.js";
import { clearSearch, dialAbandon, dialSettle, dialStart, dialTop, search, searchSpace, type SearchSpace } from "./search.js";

export interface PairSamplingOptions {
  /** Margin ε on b (fraction of pairs), see the module comment. */
  epsilon: number;
  /** Failure probability δ: the margin holds for every node at once with probability ≥ 1 − δ. */
  delta: number;
  seed: number;
}

export interface PairSamplingResult {
  /** Estimated betweenness, NetworkX's normalization, indexed like the path graph's nodes. */
  betweenness: Float64Array;
  /** Number of sampled pairs r. */
  pairs: number;
  /** The vertex-diameter bound used. */
  vertexDiameter: number;
  /** The margin on NetworkX's normalized scale: ε · n/(n−2). */
  margin: number;
}

/** Riondato–Kornaropoulos sample size (c = 0.5). */
export function sampleSize(epsilon: number, delta: number, vertexDiameter: number): number {
  const vc = vertexDiameter > 3 ? Math.floor(Math.log2(vertexDiameter - 2)) + 1 : 1;
  return Math.ceil((0.5 / (epsilon * epsilon)) * (vc + Math.log(1 / delta)));
}

/** Upper bound on the vertex diameter: per component, 2·ecc/ℓ_min + 1 from its first node, at most its size. */
export function vertexDiameterBound(graph: PathGraph, components: readonly number[][]): number {
  let shortest = Infinity;
  for (const x of graph.lengths) if (x < shortest) shortest = x;
  const ws = searchSpace(graph);
  let bound = 1;
  for (const component of components) {
    const first = component[0];
    if (first === undefined || component.length <= bound) continue;
    const count = search(ws, first);
    const ecc = ws.dist[ws.order[count - 1] ?? first] ?? 0;
    bound = Math.max(bound, Math.min(component.length, Math.floor((2 * ecc) / shortest) + 1));
    clearSearch(ws, count);
  }
  return bound;
}

/**
 * Pick index i with probability weights[i]/total from one uniform draw, the candidates taken in the
 * order of `keys` (node ranks in id order), so the choice does not depend on the ties' storage order.
 */
function pick(keys: number[], weights: number[], total: number, draw: number): number {
  if (keys.length < 2) return 0; // one candidate (the usual case with weighted ties): nothing to order
  const order = Array.from(keys.keys()).sort((p, q) => (keys[p] ?? 0) - (keys[q] ?? 0));
  let target = draw * total;
  for (let i = 0; i < order.length - 1; i++) {
    const k = order[i] ?? 0;
    target -= weights[k] ?? 0;
    if (target < 0) return k;
  }
  return order[order.length - 1] ?? 0;
}

/** Walk from `from` back to the search's source along random predecessors (∝ σ), crediting inner nodes. */
function walkBack(ws: SearchSpace, rank: Uint32Array, from: number, hits: Float64Array, rnd: () => number, includeFrom: boolean): void {
  const { starts, neighbors, lengths } = ws.graph;
  const { dist, sigma, state } = ws;
  const preds: number[] = [];
  const keys: number[] = [];
  const weights: number[] = [];
  let z = from;
  if (includeFrom) hits[z] = (hits[z] ?? 0) + 1;
  for (;;) {
    const dz = dist[z] ?? 0;
    if (dz === 0) return;
    const end = starts[z + 1] ?? 0;
    // one predecessor (the usual case with weighted ties): take it (the draw is still made, so the
    // random sequence is the same as when choosing among several)
    let only = -1;
    let several = false;
    for (let j = starts[z] ?? 0; j < end && !several; j++) {
      const p = neighbors[j] ?? 0;
      if (state[p] === 2 && (dist[p] ?? 0) + (lengths[j] ?? 0) === dz) {
        if (only === -1) only = p;
        else several = true;
      }
    }
    if (!several) {
      rnd();
      z = only;
      if ((dist[z] ?? 0) > 0) hits[z] = (hits[z] ?? 0) + 1;
      continue;
    }
    preds.length = 0;
    keys.length = 0;
    weights.length = 0;
    for (let j = starts[z] ?? 0; j < end; j++) {
      const p = neighbors[j] ?? 0;
      if (state[p] === 2 && (dist[p] ?? 0) + (lengths[j] ?? 0) === dz) {
        preds.push(p);
        keys.push(rank[p] ?? 0);
        weights.push(sigma[p] ?? 0);
      }
    }
    z = preds[pick(keys, weights, sigma[z] ?? 1, rnd())] ?? 0;
    if ((dist[z] ?? 0) > 0) hits[z] = (hits[z] ?? 0) + 1;
  }
}

/** The best u–v length seen by the bidirectional search of the current sample (μ). */
const met = { mu: Infinity };

/** One step of the bidirectional search: settle `side`'s nearest node, update μ through its ties; returns the work done. */
function step(side: SearchSpace, other: SearchSpace): number {
  const { starts, neighbors, lengths } = side.graph;
  const x = dialSettle(side);
  const dx = side.dist[x] ?? 0;
  const end = starts[x + 1] ?? 0;
  let mu = met.mu;
  for (let j = starts[x] ?? 0; j < end; j++) {
    const through = dx + (lengths[j] ?? 0) + (other.dist[neighbors[j] ?? 0] ?? 0);
    if (through < mu) mu = through;
  }
  met.mu = mu;
  return end - (starts[x] ?? 0) + 1;
}

/** One sample (u, v) by the balanced bidirectional search; credits the inner nodes of one shortest path. */
function samplePair(f: SearchSpace, b: SearchSpace, rank: Uint32Array, u: number, v: number, hits: Float64Array, rnd: () => number): void {
  const { starts, neighbors, lengths, n } = f.graph;
  dialStart(f, u);
  dialStart(b, v);
  met.mu = Infinity;
  let workF = step(f, b);
  let workB = step(b, f);
  for (;;) {
    const tf = dialTop(f);
    const tb = dialTop(b);
    const mu = met.mu;
    if (mu === Infinity ? tf === Infinity || tb === Infinity : tf + tb > mu) break;
    if ((workF <= workB && tf !== Infinity) || tb === Infinity) workF += step(f, b);
    else workB += step(b, f);
  }
  const mu = met.mu;
  if (mu !== Infinity) {
    const threshold = Math.min(dialTop(f), mu);
    const xs: number[] = [];
    const ys: number[] = [];
    const keys: number[] = [];
    const weights: number[] = [];
    let total = 0;
    for (let i = 0; i < f.count; i++) {
      const x = f.order[i] ?? 0;
      const dx = f.dist[x] ?? 0;
      if (dx >= threshold) continue;
      const end = starts[x + 1] ?? 0;
      for (let j = starts[x] ?? 0; j < end; j++) {
        const y = neighbors[j] ?? 0;
        const dxy = dx + (lengths[j] ?? 0);
        if (b.state[y] !== 2 || dxy < threshold || dxy + (b.dist[y] ?? 0) !== mu) continue;
        const w = (f.sigma[x] ?? 0) * (b.sigma[y] ?? 0);
        xs.push(x);
        ys.push(y);
        keys.push((rank[x] ?? 0) * n + (rank[y] ?? 0));
        weights.push(w);
        total += w;
      }
    }
    const k = pick(keys, weights, total, rnd());
    const x = xs[k] ?? u;
    const y = ys[k] ?? v;
    walkBack(f, rank, x, hits, rnd, x !== u);
    walkBack(b, rank, y, hits, rnd, y !== v);
  }
  dialAbandon(f);
  dialAbandon(b);
}

/** Estimated betweenness of every node from r sampled shortest paths (see the module comment). */
export function pairSampledBetweenness(
  graph: PathGraph,
  components: readonly number[][],
  nodes: readonly string[],
  options: PairSamplingOptions,
): PairSamplingResult {
  const { epsilon, delta, seed } = options;
  const n = graph.n;
  const betweenness = new Float64Array(n);
  const vertexDiameter = vertexDiameterBound(graph, components);
  const pairs = sampleSize(epsilon, delta, vertexDiameter);
  const margin = n > 2 ? (epsilon * n) / (n - 2) : 0;
  if (n < 3) return { betweenness, pairs: 0, vertexDiameter, margin };
  const byId = Array.from(nodes.keys()).sort((p, q) => compareIds(nodes[p] ?? "", nodes[q] ?? ""));
  const rank = new Uint32Array(n);
  byId.forEach((v, i) => (rank[v] = i));
  const componentOf = new Uint32Array(n);
  components.forEach((members, c) => members.forEach((v) => (componentOf[v] = c)));
  const stepwise = graph.kind === "float" ? null : { ...graph, kind: "integer" as const };
  const f = searchSpace(stepwise ?? graph);
  const b = searchSpace(stepwise ?? graph);
  const rnd = mulberry32(seed);
  for (let i = 0; i < pairs; i++) {
    const u = byId[Math.floor(rnd() * n)] ?? 0;
    let v = byId[Math.floor(rnd() * (n - 1))] ?? 0;
    if (v === u) v = byId[n - 1] ?? 0;
    if (componentOf[u] !== componentOf[v]) continue; // no path: counts for nobody
    if (stepwise) samplePair(f, b, rank, u, v, betweenness, rnd);
    else {
      const count = search(f, u);
      if ((f.dist[v] ?? Infinity) !== Infinity) walkBack(f, rank, v, betweenness, rnd, false);
      clearSearch(f, count);
    }
  }
  const scale = n / (n - 2) / pairs;
  for (let w = 0; w < n; w++) betweenness[w] = (betweenness[w] ?? 0) * scale;
  return { betweenness, pairs, vertexDiameter, margin };
}
