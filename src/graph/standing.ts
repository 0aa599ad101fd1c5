/**
 * Coalition Map — standing in the network (per node).
 *
 * In the organizer's words: how many people each person or organization knows (degree), how much
 * weight those ties carry (strength), how often they sit on the shortest route between others
 * (betweenness: a broker), how close they are to everyone (closeness), how well connected their
 * contacts are (eigenvector, PageRank), and whether their contacts also know each other (Burt's
 * constraint: high = a closed circle; effective size: how many non-redundant contacts they have).
 *
 * Precise definitions — all computed on the positive-tie view `positiveView(graph)` (undirected,
 * parallel positive ties merged, weight = summed strength), with the same conventions as NetworkX
 * so that a user can reproduce the numbers:
 *  - degree: number of distinct positive neighbours. strength: sum of the merged tie weights
 *    (= degree when unweighted).
 *  - betweenness: Brandes (2001) over the compact adjacency (paths/brandes.ts), normalized as
 *    NetworkX for undirected graphs (divided by (n-1)(n-2)/2 over unordered pairs). Weighted path
 *    lengths 1/strength are scaled to exact integers when the strengths are whole numbers
 *    (paths/path-graph.ts), so equal shortest paths are recognised exactly — NetworkX compares
 *    floating-point sums and misses some (karate: 8 nodes differ by up to 0.002; with exact
 *    `Fraction` lengths NetworkX gives our values).
 *  - closeness: NetworkX `closeness_centrality` with `wf_improved=True` (Wasserman & Faust 1994,
 *    p. 201): (r / Σd) · (r / (n-1)) where r = number of nodes reachable from the node; 0 for
 *    isolates; from the same search per source as betweenness.
 *  - eigenvector: unit Euclidean norm (graphology-metrics' procedure, run on the compact adjacency by
 *    power-iteration.ts with the same numbers: power iteration on A+I from a uniform
 *    start, exactly NetworkX's `eigenvector_centrality` procedure — on a disconnected network the
 *    result depends on that start, as in NetworkX; isolates tend to 0), run with a tight tolerance
 *    (1e-10, up to 10,000 iterations): graphology's defaults (1e-6 on the L1 change, 100
 *    iterations) differ from the converged NetworkX values by up to ~1e-5 on karate/Florentine,
 *    the tight setting by < 1e-9. If even that fails to converge: retried at 1e-6, then NaN.
 *  - pagerank: damping 0.85, values summing to 1, dangling nodes spread uniformly (graphology-metrics;
 *    same tolerance remark).
 *  - constraint and effectiveSize: Burt (1992), exactly as NetworkX `constraint` / `effective_size`
 *    (weighted by tie strength when weighted); null for isolates (NetworkX gives NaN).
 *
 * Weights. Unweighted (no strength column, or `weighted: false`): every merged tie counts 1.
 * Weighted: a stronger tie is a SHORTER one for path-based measures (betweenness, closeness use
 * distance = 1/strength) and a HEAVIER one for the others (strength, eigenvector, PageRank,
 * constraint, effective size use the strength itself).
 *
 * Reference: Burt, R. S. (1992). Structural Holes: The Social Structure of Competition. Harvard
 * University Press. Borgatti, S. P. (1997). Structural holes: unpacking Burt's redundancy measures.
 * Connections 20(1):35-38.
 *
 * Large networks. Above `STANDING_AUTO_EXACT_LIMIT` (10,000) nodes, with the default
 * `exact: "auto"`, betweenness and closeness are quick ESTIMATES from seeded pivots (no per-score
 * guarantee); with `exact: false` (or `guaranteed: true`, or a margin `epsilon`) they are estimates
 * with a stated guarantee (paths/source-sampling.ts): the shortest-path searches of one source per
 * block of m people, along a line that keeps close-knit circles together, m as large as keeps every
 * betweenness within about ±ε with probability ≥ 1 − δ (Bernstein's inequality; defaults ε = 0.02,
 * δ = 0.01), closeness from the same searches (Hoeffding's inequality); m is at least 2 (below about
 * 14,000 nodes at the defaults the stated margin is then wider than ε). Every other measure
 * stays exact. `isExactStanding(graph, options)` says which mode a call uses; `standingMethod` (or
 * `standingWithMethod`) also says it in plain words with the guarantee. Measured: docs/performance.md.
 *
 * Cost: exact betweenness and closeness together O(VE) time unweighted or with integer lengths
 * (bucket queue), O(V(V + E) log V) otherwise, O(V + E) memory; estimated: one bidirectional
 * search per sampled path plus k pivot searches; constraint and effective size O(Σ deg²). No
 * all-pairs matrix is kept.
 */
import { toCsr, withValues, type Csr } from "./csr.js";
import { positiveView } from "./model.js";
import { assertCoalitionGraph } from "./utils/assert-coalition-graph.js";
import { EXACT_METHOD, quickEstimateMethod, pathMeasures, type PathMeasureSettings, type StandingMethod } from "./paths/path-measures.js";
import type { SourceRunner } from "./paths/brandes.js";
import { adjacencyEigenvector, adjacencyPagerank, powerIteration, STANDING_TOLERANCE } from "./power-iteration.js";
import { directedPathMeasures } from "./directed-view.js";
import type { CoalitionGraph, TieView, ViewEdgeAttributes } from "./types.js";

export interface NodeStanding {
  /** Number of distinct positive neighbours. */
  degree: number;
  /** Sum of the positive tie weights (= degree when unweighted). */
  strength: number;
  /** Normalized betweenness (NetworkX convention, undirected). */
  betweenness: number;
  /** Closeness, Wasserman–Faust improved (NetworkX `wf_improved=True`). */
  closeness: number;
  /** Eigenvector centrality, unit Euclidean norm. */
  eigenvector: number;
  /** PageRank, damping 0.85, summing to 1 over all nodes. */
  pagerank: number;
  /** Burt's constraint; null for isolates. */
  constraint: number | null;
  /** Burt's effective size; null for isolates. */
  effectiveSize: number | null;
}

/** The stages of `standing`, in order (see `StandingOptions.onStage`). */
export type StandingStage = "adjacency" | "paths" | "spectral";

export interface StandingOptions {
  /** Use tie strengths. Default: the graph's `hasStrength` attribute. */
  weighted?: boolean;
  /**
   * Exact betweenness and closeness (`true`), estimates from sampled sources (`false`), or
   * `"auto"` (default): exact when the network has at most `autoExactLimit` nodes.
   */
  exact?: boolean | "auto";
  /**
   * Under `exact: "auto"`: the largest network computed exactly. Default `STANDING_AUTO_EXACT_LIMIT`
   * (10,000); the map's first, quick figures use `STANDING_QUICK_EXACT_LIMIT` (5,000).
   */
  autoExactLimit?: number;
  /** Estimates only: sources (pivots) per connected component. Default 512. */
  samples?: number;
  /** Estimates only: seed of the pivot and pair choices. Default 42. */
  seed?: number;
  /**
   * Estimates only: the estimate with a stated guarantee (see `epsilon`; paths/source-sampling.ts).
   * Default: when the estimate was asked for (`exact: false`) or a margin given; the automatic
   * estimate of a large network (`exact: "auto"`) is the quick one from pivots alone.
   */
  guaranteed?: boolean;
  /**
   * Guaranteed estimate only: betweenness margin ε (NetworkX's normalized scale) the sample is sized
   * for — every score up to ε within ±ε of its exact value, higher scores within a stated margin a
   * little wider — and failure probability δ: all of them at once with probability ≥ 1 − δ. Defaults
   * 0.02 and 0.01. The sample is at least one source per 2 people, so on a smaller network (below
   * about 14,000 nodes at the defaults) the margin is wider than ε. The margin actually stated
   * (`StandingMethod.betweennessMargin`) is computed from the estimates (paths/source-sampling.ts).
   */
  epsilon?: number;
  delta?: number;
  /**
   * Runs the shortest-path searches of a list of sources (exact mode and closeness pivots). Default:
   * in this thread. A caller with threads may split the sources across workers (see paths/brandes.ts).
   */
  runSources?: SourceRunner;
  /**
   * Called as each stage of the computation begins (for progress and the benchmarks): "adjacency"
   * (the positive-tie view and its compact adjacency), "paths" (betweenness and closeness; with a
   * runner that has threads, also eigenvector, PageRank and Burt's measures, computed on this thread
   * while the workers search), "spectral" (those measures when they were not computed yet, and the
   * result).
   */
  onStage?: (stage: StandingStage) => void;
  /**
   * Directed ties keep their direction for betweenness, closeness and PageRank (NetworkX's
   * directed conventions: closeness from incoming distances); undirected ties count both ways.
   * Degree, strength, eigenvector and Burt's measures stay on the undirected view. Default false.
   */
  directed?: boolean;
  /**
   * The tie view to measure instead of the positive-tie view (e.g. a two-mode projection, see
   * two-mode.ts). It must hold every node of the graph.
   */
  view?: TieView;
  /**
   * Stop once betweenness and closeness are computed, before the other measures: `measures` is
   * then empty (the method is still said). For planning the shortest-path searches a run makes,
   * with a `runSources` that records them instead of searching (the map's refine:
   * src/viz/analyze.ts `guaranteedSearches`). Default false.
   */
  searchesOnly?: boolean;
}

/**
 * Largest network (nodes of the positive view) whose betweenness and closeness are computed
 * exactly under `exact: "auto"` — the report's default (CLI, `analyzeCoalition`). Measured on this
 * project's shared 2-core bench machine (docs/performance.md; planted partition, 10 ties per node,
 * strengths 1–5): the exact searches (paths/brandes.ts, in WebAssembly since stop 12) cost about
 * 10–11 CPU-seconds at 10,000 nodes (they grow with nodes × ties; 26 in JavaScript), about 6–7 s on
 * two cores (the CLI's worker threads), 7.3 s for the whole standing. Between
 * 5,000 and about 14,000 nodes the guaranteed estimate searches from one person in two (its fewest),
 * so it costs half of exact while giving only estimates: exact is the better default up to 10,000
 * (issue 12). Above, the estimate with a stated guarantee (`guaranteed`); `exact: true`
 * (`--exact`) or `exact: false` (`--estimate`) are the user's choice.
 */
export const STANDING_AUTO_EXACT_LIMIT = 10_000;

/**
 * Largest network whose FIRST figures are exact when they are asked for quickly (`autoExactLimit`
 * given this value: the map's first analysis, `quickEstimate`): the searches at 5,000 nodes should take
 * about 3 CPU-seconds in the map's single analysis worker (from the kernel's measured 11 ns per tie
 * end and source; the whole standing measured 6–7 before the WebAssembly kernel). Above
 * it the map shows the quick
 * estimate at once and refines it in the background.
 */
export const STANDING_QUICK_EXACT_LIMIT = 5_000;

export const STANDING_DEFAULTS = {
  /** Power-iteration settings for eigenvector and PageRank (tight enough for 1e-6 vs NetworkX). */
  maxIterations: 10_000,
  tolerance: STANDING_TOLERANCE,
  /** PageRank damping factor. */
  alpha: 0.85,
  /** Exact or estimated betweenness/closeness (see `StandingOptions.exact`). */
  exact: "auto",
  /** Sources per connected component for the estimates. */
  samples: 512,
  /** Seed of the pivot and pair choices for the estimates. */
  seed: 42,
  /**
   * Betweenness margin the guaranteed estimate is sized for, and its failure probability. ε = 0.02
   * gives one source per 6 people at 50,000 nodes (docs/performance.md, "The large-network estimate":
   * one per 8 already found 90 of the true top 100), one per 12 at 100,000; below about 14,000 nodes
   * one per 2 (the fewest), with a stated margin wider than ε.
   */
  epsilon: 0.02,
  delta: 0.01,
} as const;

type Mapper = (edge: string, attributes: ViewEdgeAttributes) => number;

/** Tie strength as a strength (heavier tie). */
const asStrength: Mapper = (_e, a) => a.weight;

function checkOptions(options: StandingOptions): void {
  if (options.weighted !== undefined && typeof options.weighted !== "boolean")
    throw new Error("standing: option `weighted` must be true or false.");
  if (options.exact !== undefined && typeof options.exact !== "boolean" && options.exact !== "auto")
    throw new Error('standing: option `exact` must be true, false or "auto".');
  if (options.samples !== undefined && !(Number.isInteger(options.samples) && options.samples >= 1))
    throw new Error("standing: option `samples` must be a positive whole number.");
  if (options.autoExactLimit !== undefined && !(Number.isInteger(options.autoExactLimit) && options.autoExactLimit >= 0))
    throw new Error("standing: option `autoExactLimit` must be a whole number, 0 or more.");
  if (options.seed !== undefined && !Number.isFinite(options.seed)) throw new Error("standing: option `seed` must be a number.");
  for (const key of ["epsilon", "delta"] as const) {
    const x = options[key];
    if (x !== undefined && !(x > 0 && x < 1)) throw new Error(`standing: option \`${key}\` must be a number between 0 and 1 (exclusive).`);
  }
}

/**
 * Whether `standing(graph, options)` computes betweenness and closeness exactly (true) or
 * estimates them from sampled sources (false). With `exact: "auto"` (default): exact when the
 * network has at most `autoExactLimit` (default `STANDING_AUTO_EXACT_LIMIT`) nodes. (In the sampled mode, connected
 * components with at most `samples` nodes still get exact values: all their nodes are sources.)
 */
export function isExactStanding(graph: CoalitionGraph, options: StandingOptions = {}): boolean {
  const exact = options.exact ?? STANDING_DEFAULTS.exact;
  if (exact !== "auto") return exact;
  return graph.order <= (options.autoExactLimit ?? STANDING_AUTO_EXACT_LIMIT);
}

/**
 * Standing of every node of the coalition graph, keyed by node id (all nodes, isolates included).
 * Betweenness and closeness are exact or sampled estimates as `isExactStanding` says
 * (see centrality-sampling.ts for the estimators). The compact adjacency (csr.ts) of the
 * positive-tie view is built once per call and shared by every measure that walks it.
 */
export function standing(graph: CoalitionGraph, options: StandingOptions = {}): Record<string, NodeStanding> {
  return standingWithMethod(graph, options).measures;
}

/**
 * How `standing(graph, options)` computes betweenness and closeness: exact, or estimated with the
 * guarantee in plain words (for the report's `summary.standingMethod`). The guaranteed estimate's
 * margins depend on its estimates, so it is computed (the cost of the estimate); use
 * `standingWithMethod` to get the measures and the method from one run.
 */
export function standingMethod(graph: CoalitionGraph, options: StandingOptions = {}): StandingMethod {
  assertCoalitionGraph(graph, "standingMethod");
  checkOptions(options);
  if (options.directed === true || isExactStanding(graph, options)) return EXACT_METHOD;
  const view = options.view ?? positiveView(graph);
  const csr = toCsr(view, asStrength);
  return pathMeasuresMethod(csr, graph, options, options.weighted ?? Boolean(graph.getAttribute("hasStrength")));
}

/** `standing` and `standingMethod` from one run. */
export function standingWithMethod(
  graph: CoalitionGraph,
  options: StandingOptions = {},
): { measures: Record<string, NodeStanding>; method: StandingMethod } {
  assertCoalitionGraph(graph, "standing");
  checkOptions(options);
  const weighted = options.weighted ?? Boolean(graph.getAttribute("hasStrength"));
  const stage = options.onStage ?? (() => undefined);
  stage("adjacency");
  const view = options.view ?? positiveView(graph);
  const result: Record<string, NodeStanding> = {};
  if (view.order === 0) return { measures: result, method: EXACT_METHOD };

  // One CSR, valued with the merged tie strength; lengths (1/strength) and unit weights derive from it.
  const csr = toCsr(view, asStrength);
  const strengths = weighted ? csr : withValues(csr, () => 1);

  // Strength-based measures, on the same compact adjacency (graphology-metrics' procedures, same
  // numbers). They do not need the searches: a runner with threads computes them on this thread
  // while its workers search (`meanwhile`, see SourceRunner); otherwise after the searches.
  const { maxIterations, alpha } = STANDING_DEFAULTS;
  const notConverged = new Float64Array(strengths.nodes.length).fill(Number.NaN);
  type ByStrength = { eigenvector: Float64Array; rank: Float64Array | null; burt: ReturnType<typeof structuralHoles> };
  const measured: ByStrength[] = [];
  const measureStrengths = (withPageRank: boolean): ByStrength => {
    const eigenvector = powerIteration((tolerance) => adjacencyEigenvector(strengths, tolerance, maxIterations), notConverged);
    const rank = withPageRank ? powerIteration((tolerance) => adjacencyPagerank(strengths, alpha, tolerance, maxIterations), notConverged) : null;
    const m = { eigenvector, rank, burt: structuralHoles(strengths) };
    measured.push(m);
    return m;
  };

  // Path-based measures: distance = 1/strength when weighted, else every tie counts 1 (BFS).
  stage("paths");
  const directed = options.directed === true ? directedPathMeasures(graph, weighted) : undefined;
  let method = EXACT_METHOD;
  let betweenness: Record<string, number> = {};
  let closeness: Record<string, number> = {};
  if (directed) ({ betweenness, closeness } = directed);
  else {
    const beside = options.searchesOnly === true ? {} : { meanwhile: () => measureStrengths(true) };
    const paths = pathMeasures(csr, { ...settings(graph, options, weighted), ...beside });
    method = paths.method;
    csr.nodes.forEach((node, i) => {
      betweenness[node] = paths.betweenness[i] ?? 0;
      closeness[node] = paths.closeness[i] ?? 0;
    });
  }
  if (options.searchesOnly === true) return { measures: result, method };

  // The runner did not take them (one thread, a directed network, no search to run): now.
  stage("spectral");
  const pr = directed?.pagerank;
  const { eigenvector, rank: undirectedRank, burt } = measured[0] ?? measureStrengths(!pr);

  const { nodes, starts, values } = strengths;
  nodes.forEach((node, i) => {
    let strength = 0;
    const end = starts[i + 1] ?? 0;
    for (let j = starts[i] ?? 0; j < end; j++) strength += values[j] ?? 0;
    const b = burt.get(node);
    result[node] = {
      degree: view.degree(node),
      strength,
      betweenness: betweenness[node] ?? 0,
      closeness: closeness[node] ?? 0,
      eigenvector: eigenvector[i] ?? Number.NaN,
      pagerank: (undirectedRank ? undirectedRank[i] : pr?.[node]) ?? Number.NaN,
      constraint: b ? b.constraint : null,
      effectiveSize: b ? b.effectiveSize : null,
    };
  });
  return { measures: result, method };
}

/** Whether an estimate carries the stated guarantee: asked for (`exact: false`), given a margin, or set explicitly. */
function isGuaranteed(options: StandingOptions): boolean {
  return options.guaranteed ?? (options.exact === false || options.epsilon !== undefined);
}

/** The runner of the shortest-path searches when `runSources` is not given (see `useSourceRunner`). */
let hostRunner: SourceRunner | undefined;

/**
 * Sets, for this process (or browser worker), the runner of standing's shortest-path searches when
 * an analysis does not pass `runSources`: the host that can start threads says so once (the CLI:
 * `useSourceRunner(threadedSourceRunner())`, src/cli/standing-threads.ts). `undefined` = this
 * thread. The results do not depend on it (see paths/brandes.ts `sourceRanges`), only the time.
 */
export function useSourceRunner(runner: SourceRunner | undefined): void {
  hostRunner = runner;
}

/** The path measures' settings from standing's options. */
function settings(graph: CoalitionGraph, options: StandingOptions, weighted: boolean): PathMeasureSettings {
  const run = options.runSources ?? hostRunner;
  return {
    exact: isExactStanding(graph, options),
    weighted,
    samples: options.samples ?? STANDING_DEFAULTS.samples,
    seed: options.seed ?? STANDING_DEFAULTS.seed,
    epsilon: options.epsilon ?? STANDING_DEFAULTS.epsilon,
    delta: options.delta ?? STANDING_DEFAULTS.delta,
    guaranteed: isGuaranteed(options),
    ...(run ? { run } : {}),
  };
}

/**
 * The estimate's method. The quick estimate's follows from the options; the guaranteed estimate's
 * margins depend on the estimates themselves (a larger score has a wider margin), so it is run.
 */
function pathMeasuresMethod(csr: Csr, graph: CoalitionGraph, options: StandingOptions, weighted: boolean): StandingMethod {
  const samples = options.samples ?? STANDING_DEFAULTS.samples;
  if (csr.components.every((c) => c.length <= samples)) return EXACT_METHOD;
  if (!isGuaranteed(options)) return quickEstimateMethod(samples);
  return pathMeasures(csr, settings(graph, options, weighted)).method;
}

/**
 * Burt's constraint and effective size, as NetworkX `constraint` / `effective_size`
 * (undirected; mutual weight a_uv + a_vu = 2·w_uv, the factor cancels).
 *  - p_uv = w_uv / Σ_x w_ux (normalized mutual weight)
 *  - constraint(u) = Σ_{v ∈ N(u)} (p_uv + Σ_{w ∈ N(u)} p_uw p_wv)²
 *  - effectiveSize(u) = Σ_{v ∈ N(u)} (1 − Σ_{w ∈ N(u)} p_uw m_vw), m_vw = w_vw / max_x w_vx
 *    (unweighted this equals Borgatti's n − 2t/n, which NetworkX uses).
 * `weights` is the CSR with the tie weights as values. Isolates are absent from the map (→ null).
 * O(Σ deg²) time. Typed-array reads use CSR indices, in bounds by construction.
 */
function structuralHoles(weights: Csr): Map<string, { constraint: number; effectiveSize: number }> {
  const { nodes, starts, neighbors, values } = weights;
  const n = nodes.length;
  const sum = new Float64Array(n);
  const max = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const end = starts[u + 1] ?? 0;
    for (let j = starts[u] ?? 0; j < end; j++) {
      const w = values[j] ?? 0;
      sum[u] = (sum[u] ?? 0) + w;
      if (w > (max[u] ?? 0)) max[u] = w;
    }
  }
  // pu[x] = p_ux for x ∈ N(u) (0 otherwise); reset after each u.
  const pu = new Float64Array(n);
  const indirect = new Float64Array(n);
  const redundancy = new Float64Array(n);
  const out = new Map<string, { constraint: number; effectiveSize: number }>();
  nodes.forEach((node, u) => {
    const a = starts[u] ?? 0;
    const b = starts[u + 1] ?? 0;
    if (a === b) return;
    const su = sum[u] ?? 1;
    for (let j = a; j < b; j++) pu[neighbors[j] ?? 0] = (values[j] ?? 0) / su;
    // For each neighbour w of u and each neighbour v of w that is also a neighbour of u:
    // indirect[v] += p_uw · p_wv ; redundancy[w] += p_uv · m_wv.
    for (let j = a; j < b; j++) {
      const w = neighbors[j] ?? 0;
      const puw = pu[w] ?? 0;
      const sw = sum[w] ?? 1;
      const mw = max[w] ?? 1;
      const end = starts[w + 1] ?? 0;
      for (let k = starts[w] ?? 0; k < end; k++) {
        const v = neighbors[k] ?? 0;
        const puv = pu[v] ?? 0;
        if (puv === 0 || v === u) continue;
        const wv = values[k] ?? 0;
        indirect[v] = (indirect[v] ?? 0) + puw * (wv / sw);
        redundancy[w] = (redundancy[w] ?? 0) + puv * (wv / mw);
      }
    }
    let constraint = 0;
    let effectiveSize = 0;
    for (let j = a; j < b; j++) {
      const v = neighbors[j] ?? 0;
      const c = (pu[v] ?? 0) + (indirect[v] ?? 0);
      constraint += c * c;
      effectiveSize += 1 - (redundancy[v] ?? 0);
    }
    for (let j = a; j < b; j++) {
      const v = neighbors[j] ?? 0;
      pu[v] = 0;
      indirect[v] = 0;
      redundancy[v] = 0;
    }
    out.set(node, { constraint, effectiveSize });
  });
  return out;
}
