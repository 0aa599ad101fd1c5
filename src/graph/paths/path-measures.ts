/**
 * Coalition Map — standing's path-based measures (betweenness, closeness), exact or estimated, and
 * the plain-words description of the method used (the report's `summary.standingMethod`).
 *
 *  - exact: every node a source of Brandes' search (brandes.ts);
 *  - the guaranteed estimate (`guaranteed`): betweenness and closeness from the searches of one
 *    source per block of m people along a line that keeps close-knit circles together
 *    (source-sampling.ts), m the largest block size whose stated margin stays within ε for every
 *    score up to ε (`blockSizeFor`), at least 2 (half the searches of the exact values); the margins
 *    come from Bernstein's (betweenness) and Hoeffding's (closeness) inequalities with a union bound
 *    over the nodes, and are stated as computed — wider than ε when even m = 2 is too coarse for it
 *    (below about 14,000 nodes at the defaults);
 *  - the quick estimate (not `guaranteed`): `samples` seeded pivot sources per connected component
 *    (Brandes & Pich 2007 for betweenness, Eppstein & Wang 2004 for closeness,
 *    centrality-sampling.ts), no per-score guarantee.
 * Components with at most `samples` nodes use all their nodes as sources: their values are exact.
 *
 * Reference: Eppstein, D. & Wang, J. (2004). Fast approximation of centrality. J. Graph
 * Algorithms Appl. 8(1):39-45 (Theorem 1).
 */
import { withoutBypassedTies } from "./bypassed-ties.js";
import { estimatePathCentralities } from "../centrality-sampling.js";
import type { Csr } from "../csr.js";
import { exactPathCentralities, runHere, type SourceRunner } from "./brandes.js";
import { pathGraph, type PathGraph } from "./path-graph.js";
import { blockSizeFor, sourceSampledPaths } from "./source-sampling.js";

export interface PathMeasureSettings {
  exact: boolean;
  weighted: boolean;
  /** Closeness pivots per component (estimate). */
  samples: number;
  seed: number;
  /** Betweenness margin ε (NetworkX's normalized scale) the sample is sized for, and failure probability δ (estimate). */
  epsilon: number;
  delta: number;
  /**
   * Estimate only: `true` = the estimate with the stated guarantee (source-sampling.ts; the default
   * above the exact limit); `false` = the quick estimate from `samples` pivot sources per component
   * (Brandes–Pich; no per-score guarantee; for a first picture at once).
   */
  guaranteed: boolean;
  /** Runs the exact or pivot searches (one thread by default; see brandes.ts). */
  run?: SourceRunner;
  /** Other work handed to the runner of the exact or the guaranteed estimate's searches, to run beside them (`SourceRunner`). */
  meanwhile?: () => void;
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
  /** Quick estimate: pivot sources per component. */
  pivots?: number;
  /** Guaranteed estimate: people whose shortest routes were followed (searches), one per `blockSize` people of each large group. */
  sources?: number;
  blockSize?: number;
  /** Guaranteed estimate: the margin of a betweenness estimated 0 (the smallest margin; higher scores have wider ones, up to `betweennessMargin`). */
  smallestMargin?: number;
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

/** The guaranteed estimate's description from its numbers. */
export function estimateMethod(e: {
  sources: number;
  blockSize: number;
  margin: number;
  smallestMargin: number;
  closenessMargin: number;
  delta: number;
}): StandingMethod {
  const { sources, blockSize, margin, smallestMargin, closenessMargin, delta } = e;
  // Said only when it is news: at 100,000 people the smallest margin rounds to the largest.
  const lower = plain(smallestMargin) === plain(margin) ? "" : ` (lower scores within less, down to ±${plain(smallestMargin)})`;
  return {
    kind: "estimate",
    description:
      `Betweenness and closeness are estimated from the shortest routes of ${sources.toLocaleString("en-US")} people, one picked at random ` +
      `from every ${blockSize.toLocaleString("en-US")} (close-knit circles kept together so that each gets its share): every betweenness score ` +
      `is within ±${plain(margin)} of its exact value, all at once, with ${percent(1 - delta)} confidence${lower}; each person's average distance to the others is within ±${percent(closenessMargin)} of ` +
      `the network's widest span with the same confidence (each route's credit shared between its two ends by distance, Geisberger, Sanders & Schultes ` +
      `2008; Bernstein's and Hoeffding's inequalities).`,
    betweennessMargin: margin,
    confidence: 1 - delta,
    sources,
    blockSize,
    smallestMargin,
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
  const run = settings.run ?? runHere;
  const full = pathGraph(strengths, settings.weighted);
  const graph = prunedWhenWorth(full, strengths.components, settings);
  if (settings.exact) return { ...exactPathCentralities(graph, run, settings.meanwhile), method: EXACT_METHOD };
  const { samples, seed, epsilon, delta } = settings;
  if (!settings.guaranteed) {
    const pivots = estimatePathCentralities(graph, strengths.components, { samples, seed }, run);
    if (pivots.exact) return { betweenness: pivots.betweenness, closeness: pivots.closeness, method: EXACT_METHOD };
    return { betweenness: pivots.betweenness, closeness: pivots.closeness, method: quickEstimateMethod(samples) };
  }
  const blockSize = guaranteedBlockSize(strengths.components, samples, epsilon, delta);
  if (blockSize === 1) return { ...exactPathCentralities(graph, run, settings.meanwhile), method: EXACT_METHOD }; // every component small
  const est = sourceSampledPaths(graph, strengths.components, { blockSize, small: samples, seed, delta, circles: full }, run, settings.meanwhile);
  const method = estimateMethod({
    sources: est.wholeSources + est.sampledSources,
    blockSize,
    margin: est.margin,
    smallestMargin: est.zeroMargin,
    closenessMargin: est.closenessMargin,
    delta,
  });
  return { betweenness: est.betweenness, closeness: est.closeness, method };
}

/**
 * `graph` without the ties no shortest route uses (bypassed-ties.ts: the same sums, fewer reads)
 * when the run searches from every node or from the guaranteed estimate's thousands of sources; as
 * it is for the quick estimate's few hundred (there the pruning would cost more than it saves). The
 * map refines a quick estimate's path graphs to exact with the pruned graph too (refine.ts
 * `capturingRunner`), so the refined analysis finds its searches done.
 */
function prunedWhenWorth(graph: PathGraph, components: readonly number[][], settings: PathMeasureSettings): PathGraph {
  const searchesAll = settings.exact || settings.guaranteed || components.every((c) => c.length <= settings.samples);
  return searchesAll ? withoutBypassedTies(graph) : graph;
}

/**
 * The block size m of the guaranteed estimate (source-sampling.ts `blockSizeFor`) for the largest
 * component with more than `samples` nodes, at least 2 (an estimate asked for samples at most half
 * the sources; when even that is too coarse for ε, the wider margin is stated); 1 (exact) when every
 * component has at most `samples` nodes.
 */
export function guaranteedBlockSize(components: readonly number[][], samples: number, epsilon: number, delta: number): number {
  const n = components.reduce((s, c) => s + c.length, 0);
  let largest = 0;
  let estimated = 0;
  for (const c of components)
    if (c.length > samples) {
      largest = Math.max(largest, c.length);
      estimated += c.length;
    }
  return largest === 0 ? 1 : Math.max(2, blockSizeFor(epsilon, delta, largest, n, estimated));
}
