/**
 * Coalition Map — the tie lengths of a compact adjacency, in the form the shortest-path kernels
 * want: every length 1 (BFS), exact integer lengths (Dial's bucket queue), or floating-point
 * lengths (binary-heap Dijkstra).
 *
 * Why integers. Tie lengths are 1/strength, and strengths (summed over merged parallel ties) are
 * usually a few small whole numbers (1–5, sometimes 6–10). With L the least common multiple of the
 * distinct strengths, L/strength is a whole number for every tie, so lengths scaled by L are exact
 * integers: sums of them are exact (no rounding), "two paths of equal length" is an exact test, and a
 * bucket queue (Dial 1969) replaces the heap. Used when every strength is a whole number and the
 * longest scaled tie (L / smallest strength) is at most `MAX_BUCKETS`; otherwise floating point.
 *
 * A `PathGraph` holds only typed arrays and numbers, so it can be posted to a worker as is
 * (structured clone, or transfer of its buffers) — see brandes.ts for the parallel hook.
 *
 * Reference: Dial, R. B. (1969). Algorithm 360: shortest-path forest with topological ordering.
 * Communications of the ACM 12(11):632-633.
 */
import type { Csr } from "../csr.js";

/** Largest scaled tie length for which the bucket queue is used (its number of buckets − 1). */
export const MAX_BUCKETS = 1 << 20;

/** How the lengths are given. */
export type LengthKind = "unit" | "integer" | "float";

/** Adjacency + lengths for the shortest-path kernels (plain typed arrays: transferable). */
export interface PathGraph {
  /** Number of nodes. */
  n: number;
  starts: Uint32Array;
  neighbors: Uint32Array;
  kind: LengthKind;
  /**
   * Per tie end: the length, scaled by `scale` when `kind` is "integer" (then a whole number);
   * all 1 when "unit".
   */
  lengths: Float64Array;
  /** True length = lengths[j] / scale (1 for "unit" and "float"). */
  scale: number;
  /** Largest value of `lengths` (the bucket queue's span). */
  maxLength: number;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** Least common multiple of whole numbers, or Infinity once it exceeds `limit`. */
function lcmUpTo(values: Iterable<number>, limit: number): number {
  let l = 1;
  for (const v of values) {
    l = (l / gcd(l, v)) * v;
    if (l > limit) return Infinity;
  }
  return l;
}

/**
 * The path graph of a CSR whose values are tie STRENGTHS: unit lengths when `weighted` is false,
 * otherwise length = 1/strength — as exact integers L/strength when possible (see the module comment).
 */
export function pathGraph(strengths: Pick<Csr, "nodes" | "starts" | "neighbors" | "values">, weighted: boolean): PathGraph {
  const { starts, neighbors, values } = strengths;
  const base = { n: strengths.nodes.length, starts, neighbors };
  if (!weighted) return { ...base, kind: "unit", lengths: new Float64Array(values.length).fill(1), scale: 1, maxLength: 1 };
  const distinct = new Set<number>();
  let whole = true;
  for (const s of values) {
    if (!(s > 0) || !Number.isFinite(s)) throw new Error(`pathGraph: tie strength ${s} is not a positive number.`);
    if (!Number.isInteger(s)) whole = false;
    distinct.add(s);
  }
  if (whole && distinct.size > 0) {
    const smallest = Math.min(...distinct);
    const scale = lcmUpTo(distinct, MAX_BUCKETS * smallest);
    if (Number.isFinite(scale)) {
      const lengths = values.map((s) => scale / s);
      return { ...base, kind: "integer", lengths, scale, maxLength: scale / smallest };
    }
  }
  const lengths = values.map((s) => 1 / s);
  let maxLength = 0;
  for (const x of lengths) if (x > maxLength) maxLength = x;
  return { ...base, kind: "float", lengths, scale: 1, maxLength };
}

/** A path graph with the given lengths used as they are (floating point; e.g. a directed in-arc list). */
export function floatPathGraph(csr: Pick<Csr, "nodes" | "starts" | "neighbors" | "values">): PathGraph {
  let maxLength = 0;
  for (const x of csr.values) if (x > maxLength) maxLength = x;
  return { n: csr.nodes.length, starts: csr.starts, neighbors: csr.neighbors, kind: "float", lengths: csr.values, scale: 1, maxLength };
}
