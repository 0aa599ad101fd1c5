/**
 * Coalition Map — factions: a k-way structural-balance partition of a signed network.
 *
 * In the organizer's words: people with bad history fall into factions — allies together,
 * rivals apart — and there may be more than two. We find the factions that explain the most
 * ties, say how many ties they leave unexplained, and why that number of factions was chosen.
 *
 * Precise definition (generalized structural balance, Doreian & Mrvar 1996). Input: node ids and
 * signed pairs {u, v} (sign −1 or +1). Pairs are counted once: the same pair given twice with the
 * same sign counts once (unweighted, the default) or with its summed weight (`weighted: true`); a
 * pair with ties of both signs counts as a negative pair and as a positive pair, as in
 * `conflicts.ts`. For a partition C of the nodes into clusters and α ∈ [0, 1] (default 0.5):
 *
 *   frustration P(C) = α · negativeInside + (1 − α) · positiveAcross,
 *
 * negativeInside = negative pairs (their weights) within a cluster, positiveAcross = positive
 * pairs between clusters. With α = 0.5, P(C) is half the classic count of unexplained ties
 * (Harary 1959's frustration index when there are two clusters). A partition with P(C) = 0 is
 * k-balanced — "clusterable" in Davis (1967)'s sense: allies inside, enemies between, any number
 * of clusters.
 *
 * For each k = 1..K (K = `maxClusters`, default 6, at most the number of nodes with a pair) we
 * minimize P over partitions into at most k clusters, so P never rises with k. The answer is the
 * SMALLEST k reaching the lowest P over all k tried: one more faction only when it explains more
 * ties — and, in a network of W ≥ 1/`minGain` signed pairs (weights), at least `minGain` · W more
 * (default 1%): without that floor, noise in a large network lets every extra faction "explain" a
 * stray tie or two, and the answer drifts to the largest k tried. Measured on planted networks (3
 * factions, 90 nodes, 10% of signs flipped): without the floor 4 factions were chosen for a gain of
 * one tie; with it, the planted 3. Once some k reaches P = 0 the larger ones are not tried. Every k
 * tried is reported.
 *  - Up to `exactLimit` nodes (default 22): exact branch and bound (`signed-partition-exact.ts`)
 *    started from the heuristic's answer; `exact` says it is proven. Measured (whole call, k = 1..6,
 *    heuristic included; Node 22 on a shared 2-core machine) on the hardest inputs we tried,
 *    random signed graphs with half the ties negative, 5 graphs per size: pair density 0.6 —
 *    16 nodes ≤ 0.04 s, 20 nodes 0.11–0.31 s, 22 nodes 0.13–0.48 s, 24 nodes 0.9–13 s (hence the
 *    limit); density 0.3 is faster (22 nodes ≤ 0.13 s). Gahuku-Gama (16 nodes) and Sampson (18)
 *    take 0.01–0.15 s, mostly the heuristic's restarts. The search also stops after
 *    `exactSteps` branches over all k (default 200,000; the 22-node graphs above needed ≤ 82,000,
 *    the 24-node ones 120,000–965,000): the heuristic answer is then kept and marked not proven.
 *  - Above: Doreian & Mrvar's relocation heuristic (`signed-partition-relocation.ts`: moves of
 *    one node, swaps of two, until nothing lowers P) from a greedy signed colouring, from the
 *    best partition with one cluster fewer, and from `restarts` (default 50) random partitions
 *    drawn with `rng` (default mulberry32(42)). Not guaranteed optimal.
 * Ties between equally good partitions are broken by the search order, which depends only on the
 * sorted ids, the pairs and the random numbers: the same input in any order gives the same answer.
 *
 * Output: clusters larger first (ties: the one holding the smallest id), ids sorted by
 * `compareIds`; nodes without any pair are not partitioned and are listed in `unplaced`.
 *
 * References: Doreian, P. & Mrvar, A. (1996). A partitioning approach to structural balance.
 * Social Networks 18(2):149–168. Doreian, P. & Mrvar, A. (2009). Partitioning signed social
 * networks. Social Networks 31(1):1–11. Davis, J. A. (1967). Clustering and structural balance
 * in graphs. Human Relations 20(2):181–187. Harary, F. (1959). On the measurement of structural
 * balance. Behavioral Science 4(4):316–323.
 */
import { exactPartition } from "./signed-partition-exact.js";
import {
  buildProblem,
  COST_TOLERANCE,
  scorePartition,
  type PartitionScore,
  type SignedProblem,
} from "./signed-partition-problem.js";
import { relocationPartition } from "./signed-partition-relocation.js";
import { compareIds } from "./utils/compare-ids.js";
import { mulberry32 } from "./utils/mulberry32.js";

/** One signed tie between two distinct nodes; direction is ignored. */
export interface SignedPair {
  u: string;
  v: string;
  sign: 1 | -1;
  /** A strength > 0, used only with `weighted: true`. */
  weight?: number;
}

export interface SignedPartitionOptions {
  /** Largest number of clusters tried (K). Default 6. */
  maxClusters?: number;
  /** Weight of negative pairs inside clusters against positive pairs across, in [0, 1]. Default 0.5. */
  alpha?: number;
  /** Use pair weights (summed over duplicates). Default false: each distinct signed pair counts 1. */
  weighted?: boolean;
  /** Largest number of nodes (with a pair) solved exactly. Default 22, at most 40. */
  exactLimit?: number;
  /** Branches the exact search may open (all k together) before giving up. Default 200,000. */
  exactSteps?: number;
  /**
   * Share of the signed pairs (their weights) one more cluster must explain to be kept, once that
   * share is at least one pair: in [0, 1). Default 0.01.
   */
  minGain?: number;
  /** Random starts of the relocation heuristic per k. Default 50. */
  restarts?: number;
  /** Random numbers in [0, 1). Default mulberry32(seed). */
  rng?: () => number;
  /** Seed of the default rng. Default 42. */
  seed?: number;
}

export const SIGNED_PARTITION_DEFAULTS = {
  maxClusters: 6,
  alpha: 0.5,
  weighted: false,
  exactLimit: 22,
  exactSteps: 200_000,
  restarts: 50,
  seed: 42,
  minGain: 0.01,
} as const;

/** The best partition found with at most k clusters. */
export interface SignedPartitionTry extends PartitionScore {
  k: number;
  /** Proven minimum for this k. */
  exact: boolean;
}

export interface SignedPartitionResult {
  /** The number of clusters chosen (= clusters.length). */
  k: number;
  /** Larger first (ties: smallest id first), ids sorted. */
  clusters: string[][];
  /** α · negativeInside + (1 − α) · positiveAcross. */
  frustration: number;
  /** Negative pairs (or their summed weights) inside a cluster. */
  negativeInside: number;
  /** Positive pairs (or their summed weights) between clusters. */
  positiveAcross: number;
  /** True when every k tried was solved exactly: the answer and the choice of k are proven. */
  exact: boolean;
  method: "exact" | "relocation";
  alpha: number;
  /** Every k tried, ascending: why k was chosen. */
  tried: SignedPartitionTry[];
  /** Nodes without any pair (not partitioned), sorted. */
  unplaced: string[];
}

const NAME = "signedPartition";

function resolveOptions(options: SignedPartitionOptions) {
  // Options given as undefined keep their default.
  const given = Object.fromEntries(Object.entries(options ?? {}).filter(([, x]) => x !== undefined)) as SignedPartitionOptions;
  const o = { ...SIGNED_PARTITION_DEFAULTS, ...given };
  const int = (key: keyof typeof o, min: number, max: number): void => {
    const x = o[key];
    if (typeof x !== "number" || !Number.isInteger(x) || x < min || x > max)
      throw new Error(`${NAME}: option \`${key}\` must be a whole number from ${min} to ${max}.`);
  };
  int("maxClusters", 1, 1000);
  int("exactLimit", 0, 40);
  int("exactSteps", 0, Number.MAX_SAFE_INTEGER);
  int("restarts", 0, 1_000_000);
  int("seed", -(2 ** 31), 2 ** 32 - 1);
  if (typeof o.alpha !== "number" || !(o.alpha >= 0 && o.alpha <= 1)) throw new Error(`${NAME}: option \`alpha\` must be a number from 0 to 1.`);
  if (typeof o.minGain !== "number" || !(o.minGain >= 0 && o.minGain < 1)) throw new Error(`${NAME}: option \`minGain\` must be a number from 0 to just under 1.`);
  if (typeof o.weighted !== "boolean") throw new Error(`${NAME}: option \`weighted\` must be true or false.`);
  const rng = given.rng ?? mulberry32(o.seed);
  if (typeof rng !== "function") throw new Error(`${NAME}: option \`rng\` must be a function returning numbers in [0, 1).`);
  return { ...o, rng };
}

/** Checks the input and merges pairs: [i, j, negative weight, positive weight], i < j, sorted. */
function mergePairs(nodes: readonly string[], pairs: readonly SignedPair[], weighted: boolean): { ids: string[]; merged: [number, number, number, number][] } {
  if (!Array.isArray(nodes)) throw new Error(`${NAME}: expected an array of node ids.`);
  if (!Array.isArray(pairs)) throw new Error(`${NAME}: expected an array of signed pairs.`);
  const ids = nodes.slice().sort(compareIds);
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    if (typeof id !== "string") throw new Error(`${NAME}: node ids must be strings.`);
    if (index.has(id)) throw new Error(`${NAME}: node "${id}" is listed twice.`);
    index.set(id, i);
  });
  const byKey = new Map<number, [number, number, number, number]>();
  pairs.forEach((pair, t) => {
    const i = index.get(pair?.u);
    const j = index.get(pair?.v);
    if (i === undefined || j === undefined) throw new Error(`${NAME}: pair ${t} names a node that is not in the node list.`);
    if (i === j) throw new Error(`${NAME}: pair ${t} joins "${pair.u}" to itself.`);
    if (pair.sign !== 1 && pair.sign !== -1) throw new Error(`${NAME}: pair ${t} has sign ${String(pair.sign)}; expected 1 or -1.`);
    let wt = 1;
    if (weighted) {
      wt = pair.weight ?? 1;
      if (typeof wt !== "number" || !Number.isFinite(wt) || wt <= 0) throw new Error(`${NAME}: pair ${t} has weight ${String(pair.weight)}; expected a number > 0.`);
    }
    const [a, b] = i < j ? [i, j] : [j, i];
    const key = a * ids.length + b;
    const row = byKey.get(key) ?? [a, b, 0, 0];
    const slot = pair.sign < 0 ? 2 : 3;
    row[slot] = weighted ? row[slot] + wt : 1;
    byKey.set(key, row);
  });
  const merged = [...byKey.values()].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return { ids, merged };
}

/** Best partition for one k: heuristic, then (small sets) the exact search from its answer. */
function solveK(
  problem: SignedProblem,
  k: number,
  previous: Int32Array | undefined,
  o: ReturnType<typeof resolveOptions>,
  budget: { left: number },
): { cluster: Int32Array; score: PartitionScore; exact: boolean } {
  if (k === 1) {
    const cluster = new Int32Array(problem.n);
    return { cluster, score: scorePartition(problem, cluster), exact: true };
  }
  const heuristic = relocationPartition(problem, k, o.restarts, o.rng, previous ? [previous] : []);
  if (problem.n > o.exactLimit) return { ...heuristic, exact: false };
  const proven = exactPartition(problem, k, heuristic.cluster, heuristic.score.frustration, budget);
  if (proven === null) return { ...heuristic, exact: false };
  return { cluster: proven.cluster, score: scorePartition(problem, proven.cluster), exact: true };
}

/**
 * Factions of a signed network: the partition into k clusters minimizing Doreian & Mrvar's
 * criterion, k chosen as the smallest reaching the lowest criterion (see the module comment).
 */
export function signedPartition(nodes: readonly string[], pairs: readonly SignedPair[], options: SignedPartitionOptions = {}): SignedPartitionResult {
  const o = resolveOptions(options);
  const { ids, merged } = mergePairs(nodes, pairs, o.weighted);
  // Only nodes with a pair are partitioned.
  const local = new Int32Array(ids.length).fill(-1);
  const placed: string[] = [];
  for (const [i, j] of merged) for (const x of [i, j]) if (local[x]! < 0) local[x] = 1;
  ids.forEach((id, i) => {
    if (local[i]! >= 0) {
      local[i] = placed.length;
      placed.push(id);
    }
  });
  const unplaced = ids.filter((_id, i) => local[i]! < 0);
  const problem = buildProblem(
    placed.length,
    o.alpha,
    merged.map(([i, j, ng, ps]) => [local[i]!, local[j]!, ng, ps] as const),
  );
  const K = Math.min(o.maxClusters, placed.length);
  const tried: SignedPartitionTry[] = [];
  const solutions: Int32Array[] = [];
  const budget = { left: o.exactSteps };
  for (let k = 1; k <= K; k++) {
    const best = solveK(problem, k, solutions[k - 2], o, budget);
    solutions.push(best.cluster);
    tried.push({ k, ...best.score, exact: best.exact });
    if (best.score.frustration <= COST_TOLERANCE) break;
  }
  // One more cluster is kept only when it lowers P by more than the floor (see the module comment).
  // P counts an unexplained pair about ½ (α ≈ ½), so `minGain` · W pairs is `minGain` · W / 2 of P.
  const totalWeight = merged.reduce((sum, [, , ng, ps]) => sum + ng + ps, 0);
  const floor = o.minGain * totalWeight >= 1 ? (o.minGain * totalWeight) / 2 : COST_TOLERANCE;
  let chosen = 0;
  for (let t = 1; t < tried.length; t++) if (tried[t]!.frustration < tried[chosen]!.frustration - floor) chosen = t;
  const cluster = solutions[chosen] ?? new Int32Array(0);
  const groups = new Map<number, string[]>();
  placed.forEach((id, i) => {
    const c = cluster[i]!;
    const list = groups.get(c);
    if (list) list.push(id);
    else groups.set(c, [id]);
  });
  const clusters = [...groups.values()]
    .map((g) => g.sort(compareIds))
    .sort((a, b) => b.length - a.length || compareIds(a[0]!, b[0]!));
  const score = tried[chosen] ?? { frustration: 0, negativeInside: 0, positiveAcross: 0, exact: true, k: 0 };
  const exact = tried.every((t) => t.exact);
  return {
    k: clusters.length,
    clusters,
    frustration: score.frustration,
    negativeInside: score.negativeInside,
    positiveAcross: score.positiveAcross,
    exact,
    method: exact ? "exact" : "relocation",
    alpha: o.alpha,
    tried,
    unplaced,
  };
}
