/**
 * Coalition Map — exact k-way structural-balance partition by branch and bound.
 *
 * Minimizes the Doreian & Mrvar criterion P(C) = α·(negative inside) + (1 − α)·(positive
 * across) over all partitions into at most k clusters (see `signed-partition-problem.ts`).
 *
 * Search: nodes are placed in a fixed order (the most tied node first, then repeatedly the node
 * with most ties to those already placed); a node goes to an open cluster or opens the next one
 * (restricted-growth strings: each partition is met once, whatever the cluster names). Placing a
 * node costs α·(its negative weight to its own cluster) + (1 − α)·(its positive weight to placed
 * nodes elsewhere), updated incrementally. Lower bound of a partial assignment = its cost
 * + Σ over unplaced nodes of their cheapest placement against the placed nodes
 * + the optimum of the subproblem on the unplaced nodes alone. Those suffix optima come from
 * Russian-doll search (Verfaillie, Lemaître & Schiex 1996): the subproblems on the last 1, 2, …,
 * n nodes are solved in turn, each bounded by the previous ones; the last one is the answer.
 * Branches are tried cheapest first and cut when the bound reaches the best known cost (the
 * caller's start, e.g. the relocation heuristic's answer), so the first optimum found is kept.
 *
 * The search counts the branches it opens and gives up past `budget`, returning null: the caller
 * then keeps the heuristic answer and says it is not proven (deterministic: no clock involved).
 *
 * References: Doreian, P. & Mrvar, A. (1996). A partitioning approach to structural balance.
 * Social Networks 18(2):149–168. Verfaillie, G., Lemaître, M. & Schiex, T. (1996). Russian doll
 * search for solving constraint optimization problems. AAAI-96, 181–187.
 */
import { COST_TOLERANCE, type SignedProblem } from "./signed-partition-problem.js";

export interface ExactResult {
  /** Cluster per node (indices of the problem), restricted-growth numbering. */
  cluster: Int32Array;
  frustration: number;
  /** Branches opened. */
  steps: number;
}

/** Static search order: most tied node first, then most ties to the placed ones (ties: index). */
function searchOrder(p: SignedProblem): number[] {
  const strength = (v: number): number => p.nbr[v]!.reduce((s, _u, t) => s + p.neg[v]![t]! + p.pos[v]![t]!, 0);
  const degree = Array.from({ length: p.n }, (_x, v) => strength(v));
  const toPlaced = new Float64Array(p.n);
  const placed = new Uint8Array(p.n);
  const order: number[] = [];
  for (let step = 0; step < p.n; step++) {
    let best = -1;
    for (let v = 0; v < p.n; v++) {
      if (placed[v]) continue;
      if (best < 0 || toPlaced[v]! > toPlaced[best]! || (toPlaced[v] === toPlaced[best] && degree[v]! > degree[best]!)) best = v;
    }
    placed[best] = 1;
    order.push(best);
    const list = p.nbr[best]!;
    for (let t = 0; t < list.length; t++) toPlaced[list[t]!]! += p.neg[best]![t]! + p.pos[best]![t]!;
  }
  return order;
}

/** Position-indexed adjacency towards later positions: [q, α·neg, (1 − α)·pos]. */
type Later = { q: Int32Array; cn: Float64Array; cp: Float64Array }[];

function laterLists(p: SignedProblem, order: number[]): Later {
  const at = new Int32Array(p.n);
  order.forEach((v, i) => (at[v] = i));
  return order.map((v, i) => {
    const rows: [number, number, number][] = [];
    const list = p.nbr[v]!;
    for (let t = 0; t < list.length; t++) {
      const q = at[list[t]!]!;
      if (q > i) rows.push([q, p.alpha * p.neg[v]![t]!, (1 - p.alpha) * p.pos[v]![t]!]);
    }
    rows.sort((x, y) => x[0] - y[0]);
    return {
      q: Int32Array.from(rows.map((r) => r[0])),
      cn: Float64Array.from(rows.map((r) => r[1])),
      cp: Float64Array.from(rows.map((r) => r[2])),
    };
  });
}

/**
 * Branch and bound on positions start..n−1. `bound[i]` = optimum on positions i..n−1 (known for
 * i > start; bound[n] = 0). Returns the best assignment (by position) costing less than
 * `initialCost`, or the given `initial` when none does; null when the budget runs out.
 */
function solveSuffix(
  n: number,
  k: number,
  later: Later,
  start: number,
  bound: Float64Array,
  initial: Int32Array,
  initialCost: number,
  budget: { left: number },
): { assign: Int32Array; cost: number } | null {
  const a = new Float64Array(n * k); // a[q·k + c] = α·neg − (1 − α)·pos from q to placed nodes in c
  const pa = new Float64Array(n); // (1 − α)·pos from q to placed nodes
  const assign = new Int32Array(n).fill(-1);
  let best = initialCost;
  let bestAssign = initial;
  const optCost = new Float64Array(n * (k + 1)); // placement cost of each choice, per depth
  const optOrder = new Int32Array(n * (k + 1)); // choices sorted by that cost, per depth
  const dfs = (pos: number, open: number, cost: number): boolean => {
    if (--budget.left < 0) return false;
    if (pos === n) {
      if (cost < best - COST_TOLERANCE) {
        best = cost;
        bestAssign = assign.slice();
      }
      return true;
    }
    const base = pos * (k + 1);
    const choices = Math.min(open + 1, k);
    for (let c = 0; c < choices; c++) {
      const x = pa[pos]! + (c < open ? a[pos * k + c]! : 0);
      optCost[base + c] = x;
      // Insertion sort: cheapest first, ties by cluster index.
      let t = c;
      while (t > 0 && optCost[base + optOrder[base + t - 1]!]! > x) {
        optOrder[base + t] = optOrder[base + t - 1]!;
        t--;
      }
      optOrder[base + t] = c;
    }
    const { q, cn, cp } = later[pos]!;
    for (let o = 0; o < choices; o++) {
      const c = optOrder[base + o]!;
      const next = cost + optCost[base + c]!;
      if (next + bound[pos + 1]! >= best - COST_TOLERANCE) break;
      assign[pos] = c;
      for (let t = 0; t < q.length; t++) {
        a[q[t]! * k + c]! += cn[t]! - cp[t]!;
        pa[q[t]!]! += cp[t]!;
      }
      const nextOpen = Math.max(open, c + 1);
      // Bound: each unplaced node at its cheapest cluster against the placed ones.
      let lb = next + bound[pos + 1]!;
      for (let r = pos + 1; r < n && lb < best - COST_TOLERANCE; r++) {
        let mn = nextOpen < k ? 0 : Infinity;
        for (let d = 0; d < nextOpen; d++) if (a[r * k + d]! < mn) mn = a[r * k + d]!;
        lb += pa[r]! + mn;
      }
      const ok = lb < best - COST_TOLERANCE ? dfs(pos + 1, nextOpen, next) : true;
      for (let t = 0; t < q.length; t++) {
        a[q[t]! * k + c]! -= cn[t]! - cp[t]!;
        pa[q[t]!]! -= cp[t]!;
      }
      assign[pos] = -1;
      if (!ok) return false;
    }
    return true;
  };
  return dfs(start, 0, 0) ? { assign: bestAssign, cost: best } : null;
}

/**
 * Proven minimum of the criterion over partitions into at most k clusters, or null when more
 * than `budget.left` branches would be needed (the budget is shared: it is decreased). `upper` is a known partition (node-indexed, values
 * in 0..k−1), e.g. the heuristic's answer; it is returned when nothing beats it.
 */
export function exactPartition(
  p: SignedProblem,
  k: number,
  upper: Int32Array,
  upperCost: number,
  budget: { left: number },
): ExactResult | null {
  const n = p.n;
  if (n === 0) return { cluster: new Int32Array(0), frustration: 0, steps: 0 };
  if (budget.left <= 0) return null;
  const order = searchOrder(p);
  const later = laterLists(p, order);
  const bound = new Float64Array(n + 1);
  const before = budget.left;
  let prev: Int32Array = new Int32Array(n).fill(-1); // best assignment of the previous suffix, by position
  for (let start = n - 1; start >= 0; start--) {
    // Initial solution for the suffix: the previous one plus `start` placed where it costs least.
    let init: Int32Array;
    let initCost: number;
    if (start === 0) {
      init = new Int32Array(n);
      order.forEach((v, i) => (init[i] = upper[v]!));
      initCost = upperCost;
    } else {
      const costIn = new Float64Array(k + 1);
      let open = 0;
      for (let r = start + 1; r < n; r++) open = Math.max(open, prev[r]! + 1);
      const { q, cn, cp } = later[start]!;
      let pAll = 0;
      for (let t = 0; t < q.length; t++) pAll += cp[t]!;
      for (let c = 0; c <= Math.min(open, k - 1); c++) costIn[c] = pAll;
      for (let t = 0; t < q.length; t++) costIn[prev[q[t]!]!]! += cn[t]! - cp[t]!;
      let bestC = 0;
      for (let c = 1; c <= Math.min(open, k - 1); c++) if (costIn[c]! < costIn[bestC]!) bestC = c;
      init = prev.slice();
      init[start] = bestC;
      initCost = bound[start + 1]! + costIn[bestC]!;
    }
    const solved = solveSuffix(n, k, later, start, bound, init, initCost, budget);
    if (solved === null) return null;
    bound[start] = solved.cost;
    prev = solved.assign;
  }
  const cluster = new Int32Array(n);
  order.forEach((v, i) => (cluster[v] = prev[i]!));
  return { cluster, frustration: bound[0]!, steps: before - budget.left };
}
