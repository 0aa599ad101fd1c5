/**
 * Coalition Map — Doreian & Mrvar's relocation heuristic for k-way structural balance.
 *
 * From a start partition into at most k clusters, repeat until nothing lowers the criterion
 * P(C) = α·(negative inside) + (1 − α)·(positive across) (see `signed-partition-problem.ts`):
 *  - moves: one node to another cluster (possibly an empty one), nodes in index order, each to
 *    the cluster that lowers P(C) most (ties: the lowest cluster index);
 *  - swaps: two nodes of different clusters exchange clusters. When no single move helps, a swap
 *    can only help if the two nodes share a pair with w = α·neg − (1 − α)·pos > 0 (its gain is
 *    the two move gains, both ≥ 0, plus 2w), so only those pairs are tried, in index order.
 * The procedure is run from several starts (a greedy start, the caller's starts, then seeded
 * random partitions) and the best local optimum kept (the first one on ties), so the answer
 * depends only on the problem, k, the number of restarts and the random numbers drawn.
 *
 * Reference: Doreian, P. & Mrvar, A. (1996). A partitioning approach to structural balance.
 * Social Networks 18(2):149–168 (the relocation algorithm, section 4). Doreian, P. & Mrvar, A.
 * (2009). Partitioning signed social networks. Social Networks 31(1):1–11.
 */
import { COST_TOLERANCE, scorePartition, type PartitionScore, type SignedProblem } from "./signed-partition-problem.js";

/**
 * Improves `cluster` in place (values in 0..k−1) by moves and swaps until neither lowers the
 * criterion. O(n·k + m) per pass.
 */
export function relocate(p: SignedProblem, k: number, cluster: Int32Array): void {
  const { n, nbr, w } = p;
  // m[v·k + c] = Σ w(v, u) over the neighbours u of v in cluster c: the cost of v sitting in c.
  const m = new Float64Array(n * k);
  for (let v = 0; v < n; v++) {
    const list = nbr[v]!;
    for (let t = 0; t < list.length; t++) m[v * k + cluster[list[t]!]!]! += w[v]![t]!;
  }
  const move = (v: number, from: number, to: number): void => {
    cluster[v] = to;
    const list = nbr[v]!;
    for (let t = 0; t < list.length; t++) {
      const u = list[t]!;
      m[u * k + from]! -= w[v]![t]!;
      m[u * k + to]! += w[v]![t]!;
    }
  };
  for (;;) {
    let improved = false;
    for (let v = 0; v < n; v++) {
      const a = cluster[v]!;
      let best = a;
      let bestDelta = -COST_TOLERANCE;
      for (let c = 0; c < k; c++) {
        if (c === a) continue;
        const d = m[v * k + c]! - m[v * k + a]!;
        if (d < bestDelta) {
          bestDelta = d;
          best = c;
        }
      }
      if (best !== a) {
        move(v, a, best);
        improved = true;
      }
    }
    if (improved) continue;
    for (let u = 0; u < n; u++) {
      const list = nbr[u]!;
      for (let t = 0; t < list.length; t++) {
        const v = list[t]!;
        if (v <= u || w[u]![t]! <= 0) continue;
        const a = cluster[u]!;
        const b = cluster[v]!;
        if (a === b) continue;
        const d = m[u * k + b]! - m[u * k + a]! + m[v * k + a]! - m[v * k + b]! - 2 * w[u]![t]!;
        if (d < -COST_TOLERANCE) {
          move(u, a, b);
          move(v, b, a);
          improved = true;
        }
      }
    }
    if (!improved) return;
  }
}

/**
 * Greedy start, a k-way signed colouring: nodes in breadth-first order (from the lowest index,
 * neighbours through negative pairs first, then by index), each placed in the cluster where it
 * costs least given the nodes already placed; a new cluster (while fewer than k are open) costs 0.
 * Ties: the lowest existing cluster. On a balanced network with k ≥ 2 this is the signed
 * 2-colouring of the classic structural-balance algorithm (Harary & Kabell 1980).
 */
export function greedyStart(p: SignedProblem, k: number): Int32Array {
  const { n, nbr, w } = p;
  const cluster = new Int32Array(n).fill(-1);
  const seen = new Uint8Array(n);
  const cost = new Float64Array(k);
  let open = 0;
  for (let root = 0; root < n; root++) {
    if (seen[root]) continue;
    seen[root] = 1;
    const queue = [root];
    for (let q = 0; q < queue.length; q++) {
      const v = queue[q]!;
      cost.fill(0);
      const list = nbr[v]!;
      for (let t = 0; t < list.length; t++) {
        const c = cluster[list[t]!]!;
        if (c >= 0) cost[c]! += w[v]![t]!;
      }
      let best = 0;
      for (let c = 1; c < Math.max(open, 1); c++) if (cost[c]! < cost[best]! - COST_TOLERANCE) best = c;
      if (open === 0) open = 1;
      else if (open < k && cost[best]! > COST_TOLERANCE) best = open++;
      cluster[v] = best;
      const order = list
        .map((u, t) => [u, w[v]![t]!] as const)
        .filter(([u]) => !seen[u])
        .sort((x, y) => Number(y[1] > 0) - Number(x[1] > 0) || x[0] - y[0]);
      for (const [u] of order) {
        seen[u] = 1;
        queue.push(u);
      }
    }
  }
  return cluster;
}

export interface RelocationResult {
  cluster: Int32Array;
  score: PartitionScore;
}

/**
 * Best local optimum over the starts: `greedyStart`, then `extraStarts` (e.g. the best partition
 * found with one cluster fewer, so the criterion never rises with k), then `restarts` uniform
 * random partitions drawn with `rng`.
 */
export function relocationPartition(
  p: SignedProblem,
  k: number,
  restarts: number,
  rng: () => number,
  extraStarts: readonly Int32Array[] = [],
): RelocationResult {
  let best: RelocationResult | undefined;
  const consider = (start: Int32Array): void => {
    relocate(p, k, start);
    const score = scorePartition(p, start);
    if (best === undefined || score.frustration < best.score.frustration - COST_TOLERANCE) best = { cluster: start, score };
  };
  consider(greedyStart(p, k));
  for (const s of extraStarts) consider(s.slice());
  for (let r = 0; r < restarts; r++) {
    const start = new Int32Array(p.n);
    for (let v = 0; v < p.n; v++) start[v] = Math.min(k - 1, Math.floor(rng() * k));
    consider(start);
  }
  return best!;
}
