/**
 * Coalition Map — the power iterations of standing (eigenvector, PageRank) on the compact adjacency,
 * and a wrapper that never lets one crash a report.
 */

/** The tight tolerance of the first attempt (converged values, 1e-6 agreement with NetworkX). */
export const STANDING_TOLERANCE = 1e-10;

/**
 * Run a power iteration at the tight tolerance; if it fails to converge, retry at graphology's default
 * tolerance (1e-6); if that fails too, give `fallback` (NaN scores: never crash a report).
 */
export function powerIteration<T>(run: (tolerance: number) => T, fallback: T): T {
  for (const tolerance of [STANDING_TOLERANCE, 1e-6]) {
    try {
      return run(tolerance);
    } catch (err) {
      if (!(err instanceof Error && /converge/.test(err.message))) throw err;
    }
  }
  return fallback;
}

/** Euclidean norm, scaled against overflow exactly as graphology-metrics' `safeVariadicHypot`. */
function hypot(x: Float64Array): number {
  let max = 0;
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    const n = Math.abs(x[i] ?? 0);
    if (n > max) {
      s *= (max / n) * (max / n);
      max = n;
    }
    s += n === 0 && max === 0 ? 0 : (n / max) * (n / max);
  }
  return max === Infinity ? 1 : max * Math.sqrt(s);
}

/** A compact adjacency whose values are tie weights (csr.ts), as far as the power iterations need it. */
interface WeightedAdjacency {
  starts: Uint32Array;
  neighbors: Uint32Array;
  values: Float64Array;
}

/**
 * Eigenvector centrality on a compact adjacency: graphology-metrics' `eigenvectorCentrality` (and so
 * NetworkX's procedure: power iteration on A + I from 1/N, unit Euclidean norm, stop when the L1
 * change is below N·tolerance) step for step, in the same order of additions — the same numbers to the
 * last bit — without graphology's per-call index or an array per iteration. Throws "failed to
 * converge" after `maxIterations`, as graphology does (see `powerIteration`).
 */
export function adjacencyEigenvector(graph: WeightedAdjacency, tolerance: number, maxIterations: number): Float64Array {
  const { starts, neighbors, values } = graph;
  const n = starts.length - 1;
  let x = new Float64Array(n).fill(1 / n);
  let last = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    [last, x] = [x, last];
    x.set(last);
    for (let i = 0; i < n; i++) {
      const end = starts[i + 1] ?? 0;
      const xi = last[i] ?? 0;
      for (let j = starts[i] ?? 0; j < end; j++) {
        const v = neighbors[j] ?? 0;
        x[v] = (x[v] ?? 0) + xi * (values[j] ?? 0);
      }
    }
    const norm = hypot(x);
    for (let i = 0; i < n; i++) x[i] = (x[i] ?? 0) / norm;
    let error = 0;
    for (let i = 0; i < n; i++) error += Math.abs((x[i] ?? 0) - (last[i] ?? 0));
    if (error < n * tolerance) return x;
  }
  throw new Error("eigenvector centrality: failed to converge.");
}

/**
 * PageRank on a compact adjacency (undirected: each tie both ways): graphology-metrics' `pagerank`
 * step for step (damping `alpha`, start 1/N, a node without ties spreads its rank uniformly, stop when
 * the L1 change is below N·tolerance), the same numbers to the last bit. Throws "failed to converge"
 * after `maxIterations`.
 */
export function adjacencyPagerank(graph: WeightedAdjacency, alpha: number, tolerance: number, maxIterations: number): Float64Array {
  const { starts, neighbors, values } = graph;
  const n = starts.length - 1;
  const p = 1 / n;
  const normalized = new Float64Array(values.length);
  const dangling: number[] = [];
  for (let i = 0; i < n; i++) {
    const end = starts[i + 1] ?? 0;
    let d = 0;
    for (let j = starts[i] ?? 0; j < end; j++) d += values[j] ?? 0;
    if (d === 0) dangling.push(i);
    for (let j = starts[i] ?? 0; j < end; j++) normalized[j] = (values[j] ?? 0) / d;
  }
  let x = new Float64Array(n).fill(p);
  let last = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    [last, x] = [x, last];
    x.fill(0);
    let dangleSum = 0;
    for (const i of dangling) dangleSum += last[i] ?? 0;
    dangleSum *= alpha;
    for (let i = 0; i < n; i++) {
      const end = starts[i + 1] ?? 0;
      const xi = last[i] ?? 0;
      for (let j = starts[i] ?? 0; j < end; j++) {
        const v = neighbors[j] ?? 0;
        x[v] = (x[v] ?? 0) + alpha * xi * (normalized[j] ?? 0);
      }
      x[i] = (x[i] ?? 0) + (dangleSum * p + (1 - alpha) * p);
    }
    let error = 0;
    for (let i = 0; i < n; i++) error += Math.abs((x[i] ?? 0) - (last[i] ?? 0));
    if (error < n * tolerance) return x;
  }
  throw new Error("pagerank: failed to converge.");
}
