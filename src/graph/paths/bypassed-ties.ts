/**
 * Coalition Map — the ties no shortest route can use, left out before the searches.
 *
 * A tie between u and w whose two ends are joined by a strictly shorter route (weak tie, length 1,
 * beside a chain of strong ones: 1/5 + 1/5 + 1/5 < 1) is on no shortest route from any source: a
 * part of a shortest route is itself a shortest route. Brandes' searches still read it at both ends,
 * every source, and it never counts (it is never a predecessor: d(s,u) + ℓ(u,w) > d(s,w)). On the
 * bench networks (strengths 1–5, planted groups of 50) about one tie in six is such a tie.
 *
 * Leaving these ties out changes nothing the kernels compute, to the last bit: every distance and
 * path count stays; the settle order stays (a bypassed tie never gives a node its final distance, so
 * the sequence of final queue entries, which orders each bucket, is the same); each node's
 * predecessors come in the same order. Only stale queue entries and reads are saved.
 *
 * Only exact whole-number lengths ("integer") are pruned: there "strictly shorter" is an exact test.
 * With unit lengths no tie is ever bypassed; with floating-point lengths a sum that is shorter only by
 * rounding could disagree with the search's own comparison, so those graphs are left as they are.
 *
 * Cost: one search per node, bounded by its longest tie to a later node (each tie is tested from its
 * lower end) and by `BALL` settled nodes: 0.1 s at 10,000 nodes, 0.9 s at 100,000 (one thread), about
 * 1% of the exact searches at 10,000 nodes; the searches then cost 5–10% less (see docs/performance.md,
 * "Stop 16").
 */
import { PAIR_BASE, PairTable } from "../utils/pair-table.js";
import type { PathGraph } from "./path-graph.js";

/**
 * Each node's search stops after this many nodes are settled; a tie it has not decided is kept. On the
 * 10,000-node bench network 32 finds 15.0% of the tie ends (all: 16.5%) in a third of the time
 * (91 against 302 ms; 8: 9.0%, 16: 12.4%, 64: 16.1%).
 */
const BALL = 32;

/**
 * `graph` without the ties whose two ends are joined by a strictly shorter route found within the
 * `ball` nodes nearest to the tie's lower end (see the module comment), or `graph` itself when there
 * are none, its lengths are not exact whole numbers, or it has loops or repeated pairs. The remaining
 * ties keep their order in each node's list. Missing a bypassed tie only costs time: it is kept.
 */
export function withoutBypassedTies(graph: PathGraph, ball = BALL): PathGraph {
  const { n, starts, neighbors, lengths, kind } = graph;
  const entries = neighbors.length;
  if (kind !== "integer" || entries === 0 || n >= PAIR_BASE || !simple(graph)) return graph;
  let width = Infinity;
  for (const x of lengths) if (x < width) width = x;
  // Dial's buckets, as wide as the shortest tie: a relaxation always lands in a later bucket
  const buckets = Math.floor(graph.maxLength / width) + 2;
  const head = new Int32Array(buckets).fill(-1);
  const dist = new Float64Array(n).fill(Infinity);
  const touched = new Uint32Array(n);
  const poolNode = new Uint32Array(entries + 1);
  const poolDist = new Float64Array(entries + 1);
  const poolNext = new Int32Array(entries + 1);
  const bypassed = new Uint8Array(entries);
  /** The bypassed ties as pairs (lower end first), to find their other ends. */
  const found = new PairTable();
  let dropped = 0;

  for (let u = 0; u < n; u++) {
    const first = starts[u] ?? 0;
    const last = starts[u + 1] ?? 0;
    let radius = 0;
    for (let j = first; j < last; j++) if ((neighbors[j] ?? 0) > u && (lengths[j] ?? 0) > radius) radius = lengths[j] ?? 0;
    if (radius === 0) continue;
    // every node nearer to u than `radius`, with its distance (whole numbers: exact)
    dist[u] = 0;
    touched[0] = u;
    let reached = 1;
    poolNode[0] = u;
    poolDist[0] = 0;
    poolNext[0] = -1;
    head[0] = 0;
    let pool = 1;
    let pending = 1;
    let settled = 0;
    let stop = false;
    for (let b = 0; !stop && pending > 0 && b * width < radius; b++) {
      const slot = b % buckets;
      let e = head[slot] ?? -1;
      head[slot] = -1;
      while (e !== -1) {
        const v = poolNode[e] ?? 0;
        const dv = poolDist[e] ?? 0;
        e = poolNext[e] ?? -1;
        pending--;
        if (dv !== dist[v]) continue; // stale: queued again nearer since
        if (settled++ === ball) {
          stop = true; // the ball is full: ties not decided yet are kept
          break;
        }
        const end = starts[v + 1] ?? 0;
        for (let j = starts[v] ?? 0; j < end; j++) {
          if (bypassed[j] === 1) continue; // on no shortest route: distances are the same without it
          const x = neighbors[j] ?? 0;
          const d = dv + (lengths[j] ?? 0);
          const dx = dist[x] ?? 0;
          if (d < radius && d < dx) {
            if (dx === Infinity) touched[reached++] = x;
            dist[x] = d;
            const to = Math.floor(d / width) % buckets;
            poolNode[pool] = x;
            poolDist[pool] = d;
            poolNext[pool] = head[to] ?? -1;
            head[to] = pool++;
            pending++;
          }
        }
      }
    }
    for (let j = first; j < last; j++) {
      const w = neighbors[j] ?? 0;
      if (w > u && (dist[w] ?? 0) < (lengths[j] ?? 0)) {
        bypassed[j] = 1;
        found.set(u * PAIR_BASE + w, 1);
        dropped++;
      }
    }
    for (let i = 0; i < reached; i++) dist[touched[i] ?? 0] = Infinity;
    if (stop || pending > 0) for (let e = 0; e < pool; e++) head[Math.floor((poolDist[e] ?? 0) / width) % buckets] = -1;
  }
  if (dropped === 0) return graph;

  // the other end of each bypassed tie: the entry of u in w's list (u < w)
  for (let w = 0; w < n; w++)
    for (let j = starts[w] ?? 0; j < (starts[w + 1] ?? 0); j++) {
      const u = neighbors[j] ?? 0;
      if (u < w && found.get(u * PAIR_BASE + w) >= 0) bypassed[j] = 1;
    }

  const kept = entries - 2 * dropped;
  const keptStarts = new Uint32Array(n + 1);
  const keptNeighbors = new Uint32Array(kept);
  const keptLengths = new Float64Array(kept);
  let k = 0;
  let maxLength = 0;
  for (let v = 0; v < n; v++) {
    keptStarts[v] = k;
    for (let j = starts[v] ?? 0; j < (starts[v + 1] ?? 0); j++) {
      if (bypassed[j] === 1) continue;
      keptNeighbors[k] = neighbors[j] ?? 0;
      const l = lengths[j] ?? 0;
      keptLengths[k++] = l;
      if (l > maxLength) maxLength = l;
    }
  }
  keptStarts[n] = k;
  return { ...graph, starts: keptStarts, neighbors: keptNeighbors, lengths: keptLengths, maxLength };
}

/** Whether every tie joins two different nodes and no two ties join the same pair (the merged views). */
function simple(graph: PathGraph): boolean {
  const { n, starts, neighbors } = graph;
  const seen = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++)
    for (let j = starts[v] ?? 0; j < (starts[v + 1] ?? 0); j++) {
      const w = neighbors[j] ?? 0;
      if (w === v || seen[w] === v) return false;
      seen[w] = v;
    }
  return true;
}
