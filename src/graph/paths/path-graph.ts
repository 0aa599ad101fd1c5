/**
 * Coalition Map — the tie lengths of a compact adjacency, in the form the shortest-path kernels
 * want: every length 1 (BFS), exact integer lengths (Dial's bucket queue), or floating-point
 * lengths (binary-heap Dijkstra).
 *
 * Why integers. Tie lengths are 1/strength, and strengths (summed over merged parallel ties) are
 * usually a few small whole numbers (1–5, sometimes 6–10). With L the least common multiple of the
 * distinct strengths, L/strength is a whole number for every tie, so lengths scaled by L are exact
 * integers: sums of them are exact (no rounding), "two paths of equal length" is an exact test, and a
 * bucket queue (Dial 1969) replaces the heap. Used when every strength is a whole number, the
 * strongest tie is at most `MAX_BUCKETS` times the weakest (the queue's buckets are as wide as the
 * shortest tie, so it needs about that many), and every distance provably stays an exact whole number
 * in 64-bit floating point (L / smallest strength × number of nodes < 2^53); otherwise floating point.
 * L grows fast with the number of distinct strengths (strengths 1–15: 360,360; 1–19, which merged
 * parallel ties reach in a 100,000-node network: 232,792,560), which is why the bound is on the
 * distances and not on L: until stop 11 it was L / smallest ≤ 2^20, and a network with strengths
 * 1–19 fell back to the heap Dijkstra, eight times slower per search.
 *
 * A `PathGraph` holds only typed arrays and numbers, so it can be posted to a worker as is
 * (structured clone, or transfer of its buffers) — see brandes.ts for the parallel hook.
 *
 * Reference: Dial, R. B. (1969). Algorithm 360: shortest-path forest with topological ordering.
 * Communications of the ACM 12(11):632-633.
 */
import type { Csr } from "../csr.js";

/** Largest ratio of strongest to weakest tie for which the bucket queue is used (about its number of buckets). */
export const MAX_BUCKETS = 1 << 20;

/** Whole numbers up to this are exact in 64-bit floating point (2^53). */
const EXACT_WHOLE = 2 ** 53;

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
    let smallest = Infinity;
    let largest = 0;
    for (const s of distinct) {
      if (s < smallest) smallest = s;
      if (s > largest) largest = s;
    }
    // every shortest distance is at most (n − 1) ties of the longest length, L / smallest; a tentative
    // one is a settled one plus one tie: all below n · L / smallest, kept under 2^53
    const scale = largest / smallest <= MAX_BUCKETS ? lcmUpTo(distinct, Math.floor((EXACT_WHOLE / Math.max(1, base.n + 1)) * smallest)) : Infinity;
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
