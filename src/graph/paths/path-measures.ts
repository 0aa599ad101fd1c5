/**
 * Coalition Map — standing's path-based measures (betweenness, closeness), exact or estimated, and
 * the plain-words description of the method used (the report's `summary.standingMethod`).
 *
 *  - exact: every node a source of Brandes' search (brandes.ts);
 *  - estimate: betweenness from sampled shortest paths with the Riondato–Kornaropoulos guarantee
 *    (pair-sampling.ts); closeness from `samples` seeded pivot sources per connected component
 *    (Eppstein & Wang 2004, centrality-sampling.ts). Hoeffding's inequality with a union bound
 *    over the n nodes: each node's mean distance to its component is estimated within ±ξ·Δ
 *    (Δ: the component's diameter) for every node at once with probability ≥ 1 − δ when
 *    ξ = √(ln(2n/δ) / (2k)), k pivots. Components with at most `samples` nodes use all their
 *    nodes as sources: their betweenness and closeness are exact.
 *
 * Reference: Eppstein, D. & Wang, J. (2004). Fast approximation of centrality. J. Graph
 * Algorithms Appl. 8(1):39-45 (Theorem 1).
 */
import { estimatePathCentralities } from "../centrality-sampling.js";
import type { Csr } from "../csr.js";
import { exactPathCentralities, runHere, type SourceRunner } from "./brandes.js";
import { pairSampledBetweenness } from "./pair-sampling.js";
import { pathGraph } from "./path-graph.js";

export interface PathMeasureSettings {
  exact: boolean;
  weighted: boolean;
  /** Closeness pivots per component (estimate). */
  samples: number;
  seed: number;
  /** Betweenness margin ε (fraction of pairs) and failure probability δ (estimate). */
  epsilon: number;
  delta: number;
  /**
   * Estimate only: `true` = betweenness from sampled shortest paths with the stated guarantee
   * (Riondato–Kornaropoulos; slower); `false` = the quick estimate from the pivot sources alone
   * (Brandes–Pich; no per-score guarantee, the default above the exact limit, for responsiveness).
   */
  guaranteed: boolean;
  /** Runs the exact or pivot searches (one thread by default; see brandes.ts). */
  run?: SourceRunner;
}

/** How standing's betweenness and closeness were computed, for the report. */
export interface StandingMethod {
  /** "exact", or "estimate" (sampled, with the guarantee below). */
  kind: "exact" | "estimate";
  /** In plain words, with the guarantee when estimated. */
  description: string;
  /** Estimate: every betweenness within ± this (NetworkX's normalized scale) … */
  betweennessMargin?: number;
  /** … with at least this probability (1 − δ). */
  confidence?: number;
  /** Estimate: sampled shortest paths (pairs) for betweenness, pivot sources for closeness. */
  pairs?: number;
  pivots?: number;
  /** Estimate: each node's mean distance within ± this fraction of its component's diameter (same confidence). */
  closenessMargin?: number;
}

export const EXACT_METHOD: StandingMethod = {
  kind: "exact",
  description: "Betweenness and closeness are exact (every shortest path between every pair).",
};

const percent = (x: number): string => `${Number((100 * x).toPrecision(3))}%`;
const plain = (x: number): string => Number(x.toPrecision(2)).toString();

/** The quick estimate's description: sampled sources only, no per-score guarantee. */
export function quickEstimateMethod(pivots: number): StandingMethod {
  return {
    kind: "estimate",
    description:
      `Betweenness and closeness are estimated from ${pivots.toLocaleString("en-US")} sampled people per group of connected people ` +
      `(Brandes & Pich 2007; Eppstein & Wang 2004): the ranking of brokers is approximate and no score carries a guarantee. ` +
      `For scores within a stated margin use --estimate (slower), or --exact.`,
    pivots,
  };
}

/** The estimate's description from its numbers. */
export function estimateMethod(n: number, pairs: number, margin: number, pivots: number, delta: number): StandingMethod {
  const closenessMargin = Math.min(1, Math.sqrt(Math.log((2 * Math.max(n, 1)) / delta) / (2 * Math.max(pivots, 1))));
  return {
    kind: "estimate",
    description:
      `Betweenness is estimated from ${pairs.toLocaleString("en-US")} sampled shortest paths: every score is within ` +
      `±${plain(margin)} of its exact value with ${percent(1 - delta)} confidence (Riondato & Kornaropoulos 2016). ` +
      `Closeness is estimated from distances to ${pivots.toLocaleString("en-US")} sampled people per group of connected people: ` +
      `each person's average distance to the others is within ±${percent(closenessMargin)} of the network's widest span ` +
      `with the same confidence (Eppstein & Wang 2004).`,
    betweennessMargin: margin,
    confidence: 1 - delta,
    pairs,
    pivots,
    closenessMargin,
  };
}

/**
 * Betweenness (NetworkX's undirected normalization) and closeness (`wf_improved`) of every node of
 * `strengths` (a CSR whose values are merged tie strengths; lengths are 1/strength when weighted),
 * indexed like `strengths.nodes`, and the method used.
 */
export function pathMeasures(
  strengths: Csr,
  settings: PathMeasureSettings,
): { betweenness: Float64Array; closeness: Float64Array; method: StandingMethod } {
  const graph = pathGraph(strengths, settings.weighted);
  const run = settings.run ?? runHere;
  if (settings.exact) return { ...exactPathCentralities(graph, run), method: EXACT_METHOD };
  const { samples, seed, epsilon, delta } = settings;
  const pivots = estimatePathCentralities(graph, strengths.components, { samples, seed }, run);
  if (pivots.exact) return { betweenness: pivots.betweenness, closeness: pivots.closeness, method: EXACT_METHOD };
  if (!settings.guaranteed) return { betweenness: pivots.betweenness, closeness: pivots.closeness, method: quickEstimateMethod(samples) };
  const sampled = pairSampledBetweenness(graph, strengths.components, strengths.nodes, { epsilon, delta, seed });
  // Components no larger than `samples` were fully enumerated by the pivots: keep their exact values.
  const betweenness = sampled.betweenness;
  for (const component of strengths.components) {
    if (component.length > samples) continue;
    for (const v of component) betweenness[v] = pivots.betweenness[v] ?? 0;
  }
  const method = estimateMethod(graph.n, sampled.pairs, sampled.margin, samples, delta);
  return { betweenness, closeness: pivots.closeness, method };
}
