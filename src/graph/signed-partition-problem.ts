/**
 * Coalition Map — the internal form of a k-way structural-balance problem, shared by the exact
 * search (`signed-partition-exact.ts`) and the relocation heuristic
 * (`signed-partition-relocation.ts`). Not part of the public API: see `signed-partition.ts`.
 *
 * Nodes are indexed 0..n−1 (ids in `compareIds` order). Each signed pair {i, j} carries a
 * negative weight (0 when the pair has no negative tie) and a positive weight (0 when it has no
 * positive tie); a pair with ties of both signs carries both, as in `conflicts.ts`. With
 * α ∈ [0, 1], the Doreian & Mrvar (1996) criterion of a partition is
 *
 *   P(C) = α · Σ_{negative pairs inside a cluster} negative weight
 *        + (1 − α) · Σ_{positive pairs across clusters} positive weight.
 *
 * Writing w(i, j) = α·neg(i, j) − (1 − α)·pos(i, j), P(C) = (1 − α)·Σ pos + Σ_{same cluster} w:
 * the heuristic works with w, the exact search with the non-negative form above.
 */

/** Comparisons of criterion values allow this much floating-point noise. */
export const COST_TOLERANCE = 1e-9;

export interface SignedProblem {
  n: number;
  alpha: number;
  /** Neighbours of each node (sorted ascending), and per neighbour the raw weights. */
  nbr: number[][];
  neg: number[][];
  pos: number[][];
  /** w(i, j) = α·neg − (1 − α)·pos, aligned with `nbr`. */
  w: number[][];
  /** (1 − α) · total positive weight, so that P(C) = positiveCost + Σ_{same cluster} w. */
  positiveCost: number;
}

/** Builds the problem from pairs (i < j) with merged weights. */
export function buildProblem(n: number, alpha: number, pairs: readonly (readonly [number, number, number, number])[]): SignedProblem {
  const nbr: number[][] = Array.from({ length: n }, () => []);
  const neg: number[][] = Array.from({ length: n }, () => []);
  const pos: number[][] = Array.from({ length: n }, () => []);
  const w: number[][] = Array.from({ length: n }, () => []);
  let positiveTotal = 0;
  // pairs: [i, j, negWeight, posWeight], sorted by i then j, each pair once.
  const push = (a: number, b: number, ng: number, ps: number): void => {
    nbr[a]!.push(b);
    neg[a]!.push(ng);
    pos[a]!.push(ps);
    w[a]!.push(alpha * ng - (1 - alpha) * ps);
  };
  for (const [i, j, ng, ps] of pairs) {
    push(i, j, ng, ps);
    push(j, i, ng, ps);
    positiveTotal += ps;
  }
  // Keep neighbour lists ascending (pairs arrive sorted by i, so lists of j < i come first).
  for (let i = 0; i < n; i++) {
    const idx = nbr[i]!.map((_x, t) => t).sort((a, b) => nbr[i]![a]! - nbr[i]![b]!);
    nbr[i] = idx.map((t) => nbr[i]![t]!);
    neg[i] = idx.map((t) => neg[i]![t]!);
    pos[i] = idx.map((t) => pos[i]![t]!);
    w[i] = idx.map((t) => w[i]![t]!);
  }
  return { n, alpha, nbr, neg, pos, w, positiveCost: (1 - alpha) * positiveTotal };
}

export interface PartitionScore {
  frustration: number;
  negativeInside: number;
  positiveAcross: number;
}

/** The criterion and its raw parts for a cluster assignment (cluster index per node). */
export function scorePartition(p: SignedProblem, cluster: ArrayLike<number>): PartitionScore {
  let negativeInside = 0;
  let positiveAcross = 0;
  for (let i = 0; i < p.n; i++) {
    const list = p.nbr[i]!;
    for (let t = 0; t < list.length; t++) {
      const j = list[t]!;
      if (j <= i) continue;
      if (cluster[i] === cluster[j]) negativeInside += p.neg[i]![t]!;
      else positiveAcross += p.pos[i]![t]!;
    }
  }
  return {
    frustration: p.alpha * negativeInside + (1 - p.alpha) * positiveAcross,
    negativeInside,
    positiveAcross,
  };
}

/** Renumbers clusters 0, 1, 2 … in order of first appearance (node 0 first). */
export function canonicalLabels(cluster: ArrayLike<number>): Int32Array {
  const out = new Int32Array(cluster.length);
  const map = new Map<number, number>();
  for (let i = 0; i < cluster.length; i++) {
    const c = cluster[i]!;
    let m = map.get(c);
    if (m === undefined) {
      m = map.size;
      map.set(c, m);
    }
    out[i] = m;
  }
  return out;
}
