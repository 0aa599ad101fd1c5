/**
 * Coalition Map — betweenness and closeness of a large network, estimated from sampled sources,
 * with a stated guarantee.
 *
 * In the organizer's words: we follow every shortest route leaving one person out of every few, and
 * scale up. The people are picked from a line in which close-knit circles stand together, so every
 * circle gets its fair share of picks. Enough picks, and every score is within a stated margin of
 * its exact value, with a stated confidence. Same seed, same numbers.
 *
 * Precise definition. Components with at most `small` nodes: every node is a source (exact values).
 * Each larger component C (N = |C| nodes; n = all nodes; norm = 1/((n−1)(n−2)), NetworkX's undirected
 * normalization) is lined up by `blockOrder` (source-strata.ts: local groups, a seeded order inside
 * each), the line cut into blocks of m consecutive places (the last block padded with empty places
 * to m), and one place drawn uniformly and independently per block (seeded mulberry32; an empty
 * place: no source). From each source s, one search gives Brandes' dependencies δ_s (brandes.ts).
 *  - Betweenness: B(v) = m · norm · Σ_{sources s} D_s(v), one source per block (stratified), with
 *    D_s = 2·δ'_s the linearly scaled dependencies (linear-scaling.ts; Geisberger, Sanders &
 *    Schultes 2008; the default) or D_s = δ_s Brandes' (Brandes & Pich 2007; `linear: false`).
 *    Each block's term Y_b = m · norm · D_{s_b}(v) is an independent draw with Σ_b E[Y_b] =
 *    norm · Σ_{s ∈ C} D_s(v) = b(v), the exact value — so B is unbiased — and 0 ≤ Y_b ≤ M =
 *    f · m · norm · (N − 2) (a source's dependency on v counts at most the N − 2 other targets;
 *    f = 2 for 2·δ', 1 for δ), so Σ_b Var(Y_b) ≤ M · b(v). Bernstein's inequality gives
 *    P(|B(v) − b(v)| ≥ t) ≤ 2 exp(−t² / (2M·b(v) + 2Mt/3)); with a union bound over the n' nodes of
 *    the large components, L = ln(2n'/δ), c = L·M and a = c/3: with probability ≥ 1 − δ every node
 *    has |B(v) − b(v)| ≤ t(b(v)), t(μ) = a + √(a² + 2cμ). As t grows with μ and b(v) ≤ B(v) + t(b(v)),
 *    b(v) is at most y, the largest root of y − t(y) = B(v):
 *      y = (B + a + c) + √((B + a + c)² − (B + a)² + a²),
 *    so every node lies within its own margin y − B(v) (`nodeMargin`); the report states the largest
 *    (that of the largest estimate; a score estimated 0 has the smallest, 2(a + c)).
 *  - Closeness (Eppstein & Wang 2004, NetworkX's `wf_improved` form): a source's own distance total
 *    is exact; another node's total Σ_s d(s, v) is estimated as m · Σ_{sources} d(s, v) (unbiased;
 *    each term in [0, m·D], D the component's diameter). Hoeffding's inequality with the same union
 *    bound: each node's average distance to the others is within ±ξ·D with probability ≥ 1 − δ,
 *    ξ = (m/(N − 1)) · √(blocks · L / 2) (`closenessMargin`: the largest over the components).
 * With m = 1 every node is a source: exact. `blockSizeFor(ε, …)` is the largest m whose margin stays
 * within ε for every score up to ε.
 *
 * Measured (docs/performance.md, the bench's planted-partition networks): the stratified line beat
 * uniform sampling at the same number of sources (50,000 nodes, 2,500 sources: 50 of the top 100
 * against 42 with 2,000 uniform); linear scaling beat Brandes–Pich on the same sources (10,000 nodes,
 * one source per 4: 91 of the top 100 against 80, rank correlation 0.997 against 0.979); measuring
 * the likely leading brokers' groups in full did not pay (10,000 nodes: 4,800 more sources, 64 of
 * the top 100 instead of 48).
 *
 * Cost: ⌈N/m⌉ searches per large component, each O(V + E) (Dial's queue or BFS), on the caller's
 * runner (threads); the line O(V + E) (label propagation).
 *
 * References: Brandes, U. (2001). A faster algorithm for betweenness centrality. J. Math. Sociol.
 * 25(2):163-177. Brandes, U. & Pich, C. (2007). Centrality estimation in large networks. Int. J.
 * Bifurcation and Chaos 17(7):2303-2318. Bernstein's and Hoeffding's inequalities: Boucheron, S.,
 * Lugosi, G. & Massart, P. (2013). Concentration Inequalities, Oxford UP, Theorem 2.10 and 2.8.
 * Eppstein, D. & Wang, J. (2004). Fast approximation of centrality. J. Graph Algorithms Appl.
 * 8(1):39-45.
 */
import { mulberry32 } from "../utils/mulberry32.js";
import { closenessOf, runHere, type SourceRunner } from "./brandes.js";
import type { PathGraph } from "./path-graph.js";
import { linearScaled } from "./linear-scaling.js";
import { blockOrder } from "./source-strata.js";

export interface SourceSamplingOptions {
  /** m ≥ 1: one spread source per m nodes (1 = every node a source, exact). */
  blockSize: number;
  /** Components with at most this many nodes use every node as a source. */
  small: number;
  seed: number;
  /** Failure probability of the stated margins. */
  delta: number;
  /**
   * Linearly scaled dependencies (linear-scaling.ts; Geisberger, Sanders & Schultes 2008) instead
   * of Brandes–Pich's: more accurate for the same sources (docs/performance.md), twice the range
   * in the margin. Default true.
   */
  linear?: boolean;
  /**
   * The network whose close-knit circles order the line (default `graph`): the whole one when
   * `graph` has had its bypassed ties left out (bypassed-ties.ts), which ties are left out depending on
   * the order of the nodes, so that the sources drawn do not.
   */
  circles?: PathGraph;
}

export interface SourceSamplingResult {
  /** NetworkX's normalized betweenness, indexed like the path graph's nodes. */
  betweenness: Float64Array;
  /** Closeness, `wf_improved`. */
  closeness: Float64Array;
  /** True when every node was a source. */
  exact: boolean;
  /** Searches run: every node of the small components, and the drawn sources of the large ones. */
  wholeSources: number;
  sampledSources: number;
  /** The block size m used. */
  blockSize: number;
  /** Every betweenness within ± this of its exact value (NetworkX's scale), with probability ≥ 1 − δ. */
  margin: number;
  /** The margin of a score estimated 0 (the smallest). */
  zeroMargin: number;
  /** Every average distance within ± this fraction of its component's diameter (probability ≥ 1 − δ). */
  closenessMargin: number;
}

/** The margin of a node whose estimate is `estimate`, for block range `range` (M) and log term L (see the module comment). */
export function nodeMargin(estimate: number, range: number, logTerm: number): number {
  const c = logTerm * range;
  const a = c / 3;
  const s = estimate + a + c;
  const y = s + Math.sqrt(Math.max(0, s * s - (estimate + a) * (estimate + a) + a * a));
  return y - estimate;
}

/** L = ln(2n'/δ): Bernstein's two sides and the union bound over the n' estimated nodes. */
export const logTerm = (nodes: number, delta: number): number => Math.log((2 * Math.max(nodes, 1)) / delta);

/**
 * Block range M = f · m · (N − 2) / ((n − 1)(n − 2)) of a component of N nodes in a network of n:
 * f = 2 with linearly scaled dependencies (a term is 2·δ'), 1 with Brandes–Pich's.
 */
export const blockRange = (m: number, size: number, n: number, linear = true): number =>
  n > 2 ? ((linear ? 2 : 1) * m * Math.max(size - 2, 0)) / ((n - 1) * (n - 2)) : 0;

/**
 * Largest block size m whose margin, for a score as large as ε itself, is at most ε, in the largest
 * component (size N) of a network of n nodes, n' of them estimated: the sample that `epsilon` asks for.
 * 1 (every node a source) when even m = 2 is too coarse.
 */
export function blockSizeFor(epsilon: number, delta: number, largest: number, n: number, estimated: number, linear = true): number {
  const L = logTerm(estimated, delta);
  let m = 1;
  while (m < largest && nodeMargin(epsilon, blockRange(m + 1, largest, n, linear), L) <= epsilon) m++;
  return m;
}

/** One uniformly drawn place per block of `m` along `line` (the last block padded): the drawn nodes. */
function drawBlocks(line: ArrayLike<number>, m: number, rnd: () => number, out: number[]): number {
  let blocks = 0;
  for (let start = 0; start < line.length; start += m) {
    blocks++;
    const place = start + Math.floor(rnd() * m);
    if (place < line.length) out.push(line[place] ?? 0);
  }
  return blocks;
}

/**
 * Estimated betweenness and closeness of every node (see the module comment). `meanwhile`: other
 * work of the caller handed to the runner of the sampled searches (`SourceRunner`).
 */
export function sourceSampledPaths(
  graph: PathGraph,
  components: readonly number[][],
  options: SourceSamplingOptions,
  run: SourceRunner = runHere,
  meanwhile?: () => void,
): SourceSamplingResult {
  const { small, seed, delta } = options;
  const linear = options.linear ?? true;
  const m = Math.max(1, Math.floor(options.blockSize));
  const n = graph.n;
  const norm = n > 2 ? 1 / ((n - 1) * (n - 2)) : 0;
  const large = components.filter((c) => c.length > small && m > 1);
  const whole: number[] = [];
  // Node by node: a spread of a whole component (100,000 arguments) overflows a browser worker's stack.
  for (const c of components) if (c.length <= small || m === 1) for (const v of c) whole.push(v);
  whole.sort((p, q) => p - q);
  const rnd = mulberry32(seed);
  const drawn: number[] = [];
  const orders = large.length > 0 ? blockOrder(options.circles ?? graph, large, seed).orders : [];
  const blocks = orders.map((line) => drawBlocks(line, m, rnd, drawn));
  const wholeSums = whole.length > 0 ? run(graph, Uint32Array.from(whole)) : null;
  // the caller's other work beside the sampled searches, the long ones (see SourceRunner)
  const drawnSums = drawn.length > 0 ? run(linear ? linearScaled(graph) : graph, Uint32Array.from(drawn), meanwhile) : null;

  const betweenness = new Float64Array(n);
  const closeness = new Float64Array(n);
  for (let v = 0; v < n; v++) betweenness[v] = norm * ((wholeSums?.dependency[v] ?? 0) + m * (drawnSums?.dependency[v] ?? 0));
  // closeness: a source's own total is exact; the others' totals are estimated (large components only)
  const isSource = new Uint8Array(n);
  whole.forEach((s, i) => {
    isSource[s] = 1;
    closeness[s] = closenessOf(wholeSums?.farness[i] ?? 0, wholeSums?.reached[i] ?? 0, n);
  });
  drawn.forEach((s, i) => {
    isSource[s] = 1;
    closeness[s] = closenessOf(drawnSums?.farness[i] ?? 0, drawnSums?.reached[i] ?? 0, n);
  });
  for (const c of large) for (const v of c) if (!isSource[v]) closeness[v] = closenessOf(m * (drawnSums?.distanceSum[v] ?? 0), c.length - 1, n);

  // the stated margins (union bound over the nodes of the large components)
  const estimated = large.reduce((s, c) => s + c.length, 0);
  const L = logTerm(estimated, delta);
  let margin = 0;
  let zeroMargin = 0;
  let closenessMargin = 0;
  large.forEach((c, i) => {
    const range = blockRange(m, c.length, n, linear);
    zeroMargin = Math.max(zeroMargin, nodeMargin(0, range, L));
    for (const v of c) margin = Math.max(margin, nodeMargin(betweenness[v] ?? 0, range, L));
    closenessMargin = Math.max(closenessMargin, (m / (c.length - 1)) * Math.sqrt(((blocks[i] ?? 0) * L) / 2));
  });
  return {
    betweenness,
    closeness,
    exact: large.length === 0,
    wholeSources: whole.length,
    sampledSources: drawn.length,
    blockSize: m,
    margin,
    zeroMargin,
    closenessMargin: Math.min(1, closenessMargin),
  };
}
