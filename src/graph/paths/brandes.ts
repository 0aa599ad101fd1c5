/**
 * Coalition Map — betweenness and closeness from one shortest-path search per source (Brandes).
 *
 * `sourceSums(graph, sources, from, to)` is the pure kernel: for each source s in
 * `sources[from … to−1]` one search (BFS for unit lengths, Dial's bucket queue for exact integer
 * lengths, both below, and for floating-point lengths when their spread allows it; the heap Dijkstra
 * of search.ts otherwise) gives the
 * distances, the path counts σ_s, the settle order and each node's shortest-path predecessors (a
 * neighbour v of w with d(s,v) + length(v,w) = d(s,w): exact with unit or integer lengths, the
 * same floating-point comparison as the search otherwise), in one flat stream; then, last settled
 * first, Brandes' dependencies δ_s(v) = Σ_{w: v precedes w} σ_sv/σ_sw · (1 + δ_s(w)) walk that
 * stream only (not every tie again). It returns the sums over those sources of
 * δ_s(v) and d(s,v) per node, and each source's own distance total and reach (its closeness).
 * Nothing is allocated per source. With unit lengths, and with integer lengths whenever every
 * distance provably fits (`wholeNumberSearch`), distances and lengths are 32-bit integers
 * (`breadthFirstInt`, `bucketSearchInt`), and Brandes' accumulation, the per-node sums and the reset
 * share one backward pass (`accumulateInt`): the same distances and path counts as the 64-bit
 * searches (kept for floating-point lengths and for the rare networks whose distances could pass
 * 2^31); Dial's buckets differ (a power of two wide), so nodes of one bucket may settle in another
 * order and a dependency may differ in its last bit (every thread count still gives the same bits).
 * The sums of disjoint source ranges add up (`addInto`), so a
 * caller may split the sources across threads: the inputs are typed arrays and numbers (a
 * `PathGraph` can be posted to a worker), the outputs typed arrays — see `SourceRunner`.
 *
 * A path graph marked by linear-scaling.ts (`linearScaled`) gets Geisberger–Sanders–Schultes
 * dependencies instead (the guaranteed estimate's; same searches, same other sums).
 *
 * Cost: O(V + E) per source with BFS, O(V + E + D) with Dial (D = largest distance in scaled
 * units), O((V + E) log V) with the heap; O(V + E) memory.
 *
 * Reference: Brandes, U. (2001). A faster algorithm for betweenness centrality. J. Math. Sociol.
 * 25(2):163-177.
 */
import type { PathGraph } from "./path-graph.js";
import { isLinearScaled, linearSourceSums } from "./linear-scaling.js";
import { clearSearch, search, searchSpace, type SearchSpace } from "./search.js";
import { wasmSourceSums } from "./wasm-kernel.js";

/** What a range of sources contributes. */
export interface PathSums {
  /** Σ over the range's sources of δ_s(v), per node. */
  dependency: Float64Array;
  /** Σ over the range's sources of d(s, v) (true lengths), per node. */
  distanceSum: Float64Array;
  /** Per source of the range (index i ↔ sources[from + i]): Σ_v d(s, v) (true lengths). */
  farness: Float64Array;
  /** Per source of the range: number of other nodes it reaches. */
  reached: Uint32Array;
}

/**
 * Runs the kernel over all `sources` and returns their sums (`runHere`: in this thread). A caller
 * with threads (the CLI with worker_threads: src/cli/standing-threads.ts; a browser worker pool)
 * runs `sourceSums` on the ranges of `sourceRanges` in any thread and adds the ranges' sums in
 * range order (`addInto`), as `runHere` does: the result is then the same to the last bit whatever
 * the number of threads. `meanwhile` (optional) is other work of the caller that does not need the
 * sums: a runner with threads calls it on this thread once the searches are handed out, so that it
 * runs beside them (`runHere` calls it first); a runner may also ignore it. It is called at most
 * once, and the caller does it afterwards when it was not.
 */
export type SourceRunner = (graph: PathGraph, sources: Uint32Array, meanwhile?: () => void) => PathSums;

/**
 * Everything one thread's searches need, allocated once per `sourceSums` call (O(V + E) memory) and
 * reset after each source only where the search touched it.
 */
export interface Workspace {
  /** Distance from the current source (scaled lengths: whole numbers for "unit" and "integer"); Infinity = not reached. */
  dist: Float64Array;
  /** Number of shortest paths from the current source (σ), set when a node is settled. */
  sigma: Float64Array;
  /** Brandes' dependency of the current source on each node (δ). */
  delta: Float64Array;
  /** Nodes in the order they were settled; `order[0]` is the source. */
  order: Uint32Array;
  /**
   * The shortest-path predecessors of the i-th settled node are `pred[predEnd[i] … predEnd[i+1]−1]`:
   * one flat stream, written in settle order and read backwards (each node has at most its degree).
   */
  pred: Uint32Array;
  predEnd: Uint32Array;
  /** Bucket queue ("integer"): settled flag, first pool entry of each bucket (−1 = empty), the pool. */
  settled: Uint8Array;
  head: Int32Array;
  poolNode: Uint32Array;
  poolNext: Int32Array;
  /** Bucket width W (the shortest tie) and number of buckets (circular). */
  width: number;
  buckets: number;
  /**
   * Whole-number searches ("unit" always; "integer" when every distance provably fits, see
   * `integerBound`): distances in 32-bit integers (`UNREACHED` = not reached) and the scaled lengths
   * as 32-bit integers; the bucket of distance d is `(d >> shift) & mask` (buckets 2^shift wide,
   * 2^shift ≤ the shortest tie, a power-of-two number of them). Empty arrays otherwise.
   */
  idist: Int32Array;
  ilen: Int32Array;
  /** Dial (32-bit): the distance each pool entry was queued with (an entry is stale when it differs from the node's). */
  poolDist: Int32Array;
  shift: number;
  mask: number;
  unreached: number;
}

/** One workspace per path graph and thread, reused by every `sourceSums` call on that graph. */
const workspaces = new WeakMap<PathGraph, Workspace>();

export function workspaceOf(graph: PathGraph): Workspace {
  const known = workspaces.get(graph);
  if (known) return known;
  const made = workspace(graph);
  workspaces.set(graph, made);
  return made;
}

function workspace(graph: PathGraph): Workspace {
  const { n, kind, maxLength, lengths } = graph;
  const entries = graph.neighbors.length;
  let width = Infinity;
  for (const x of lengths) if (x < width) width = x;
  width = Number.isFinite(width) ? width : 1;
  // floating-point lengths: the same bucket queue, buckets half the shortest tie wide (see bucketSearch)
  const floatDial = kind === "float" && maxLength / width <= MAX_FLOAT_RATIO;
  if (floatDial) width /= 2;
  const dial = kind === "integer" || floatDial;
  const buckets = dial ? Math.floor(maxLength / width) + (floatDial ? 3 : 2) : 0;
  const whole = wholeNumberSearch(graph);
  // buckets 2^shift wide (2^shift ≤ W); ⌊maxLength / 2^shift⌋ + 2 of them, rounded up to a power of two
  let shift = 0;
  while (kind === "integer" && 2 ** (shift + 1) <= width) shift++;
  let wrap = 1;
  while (dial && whole && wrap < Math.floor(maxLength / 2 ** shift) + 2) wrap *= 2;
  const head = new Int32Array(whole ? wrap : buckets).fill(-1);
  return {
    dist: new Float64Array(n).fill(Infinity),
    sigma: new Float64Array(n),
    delta: new Float64Array(n),
    order: new Uint32Array(n),
    pred: new Uint32Array(entries),
    predEnd: new Uint32Array(n + 1),
    settled: new Uint8Array(n),
    head,
    poolNode: new Uint32Array(dial ? entries + 1 : 0),
    poolNext: new Int32Array(dial ? entries + 1 : 0),
    width,
    buckets,
    idist: whole ? new Int32Array(n).fill(kind === "unit" ? -1 : INT_LIMIT - maxLength) : new Int32Array(0),
    ilen: whole && dial ? Int32Array.from(lengths) : new Int32Array(0),
    poolDist: new Int32Array(whole && dial ? entries + 1 : 0),
    shift,
    mask: wrap - 1,
    unreached: kind === "unit" ? -1 : INT_LIMIT - maxLength,
  };
}

/**
 * Whether the kernel searches `graph` in 32-bit integers: always with unit lengths; with exact integer
 * lengths when every distance, plus two ties, provably stays below 2^31 − 1 (`integerBound`);
 * otherwise (and for floating-point lengths) distances are 64-bit floating point.
 */
export function wholeNumberSearch(graph: PathGraph): boolean {
  if (graph.kind === "unit") return true;
  return graph.kind === "integer" && integerBound(graph) + 2 * graph.maxLength < INT_LIMIT;
}

/**
 * Floating-point lengths use the bucket queue when the longest tie is at most this many times the
 * shortest (about half the number of buckets); the heap Dijkstra otherwise.
 */
const MAX_FLOAT_RATIO = 1 << 19;

/** Distances of the 32-bit searches stay below this (2^31 − 1), tentative ones and sums with a tie included. */
const INT_LIMIT = 0x7fffffff;

/**
 * An upper bound on every shortest distance of an "integer" path graph, in scaled units: for any node
 * r of a component, d(u, v) ≤ d(u, r) + d(r, v) ≤ 2 · ecc(r), ecc(r) being r's largest distance
 * (triangle inequality). One search per component from its first node (search.ts; exact whole
 * numbers, below 2^53 by construction of the path graph), O(V + E) in all. The 32-bit searches are
 * used when this bound plus two ties stays below 2^31 − 1 (a tentative distance is a settled one plus
 * one tie, and the "not reached" mark plus one tie must not overflow either).
 *
 * Until stop 11 the bound was maxLength · 2 · (ties on the longest fewest-ties route from r): with
 * strengths 1–19 (L = 232,792,560) it passed 2^31 at 100,000 nodes and sent the searches to 64 bits,
 * though shortest routes there run over strong (short) ties and stay well inside 32 bits.
 */
function integerBound(graph: PathGraph): number {
  // a path graph and its linearly scaled twin share their arrays: one search of the network for both
  const known = integerBounds.get(graph.lengths);
  if (known !== undefined && known.neighbors === graph.neighbors) return known.bound;
  const space = searchSpace(graph);
  const seen = new Uint8Array(graph.n);
  let farthest = 0;
  for (let r = 0; r < graph.n; r++) {
    if (seen[r] === 1) continue;
    const count = search(space, r);
    for (let i = 0; i < count; i++) {
      const v = space.order[i] ?? 0;
      seen[v] = 1;
      const d = space.dist[v] ?? 0;
      if (d > farthest) farthest = d;
    }
    clearSearch(space, count);
  }
  integerBounds.set(graph.lengths, { neighbors: graph.neighbors, bound: 2 * farthest });
  return 2 * farthest;
}

/** `integerBound` per length array (and the neighbour array it goes with). */
const integerBounds = new WeakMap<Float64Array, { neighbors: Uint32Array; bound: number }>();

/**
 * Breadth-first search from s (every tie length 1). A node's predecessors are found when it is
 * dequeued (its neighbours one step nearer: all dequeued before it), so σ is final when the node is
 * settled and each tie end is read once. Returns the number of nodes reached (s included).
 */
function breadthFirst(graph: PathGraph, ws: Workspace, s: number): number {
  const { starts, neighbors } = graph;
  const { dist, sigma, order, pred, predEnd } = ws;
  dist[s] = 0;
  order[0] = s;
  predEnd[0] = 0;
  let count = 1;
  let p = 0;
  for (let h = 0; h < count; h++) {
    const w = order[h] ?? 0;
    const dw = dist[w] ?? 0;
    const before = dw - 1;
    const after = dw + 1;
    let paths = 0;
    const end = starts[w + 1] ?? 0;
    for (let j = starts[w] ?? 0; j < end; j++) {
      const u = neighbors[j] ?? 0;
      const du = dist[u] ?? 0;
      if (du === before) {
        paths += sigma[u] ?? 0;
        pred[p++] = u;
      } else if (du === Infinity) {
        dist[u] = after;
        order[count++] = u;
      }
    }
    sigma[w] = h === 0 ? 1 : paths;
    predEnd[h + 1] = p;
  }
  return count;
}

/**
 * Dijkstra's search from s with exact integer lengths and Dial's bucket queue: buckets as wide as the
 * shortest tie W, circular (⌊maxLength/W⌋ + 2 of them), in one flat pool of (node, next) entries
 * (a node whose distance drops is queued again; the stale entry is skipped when popped). Every node
 * of the first non-empty bucket has its final distance (any other route adds at least W), and all of
 * its predecessors lie in earlier buckets, already settled: so, as in `breadthFirst`, σ and the
 * predecessors are taken when the node is settled, from one pass over its ties that also relaxes
 * the others (a neighbour u is a predecessor of w exactly when d(u) + ℓ(u,w) = d(w); integers, so
 * every equal-length path counts). Returns the number of nodes reached (s included).
 *
 * Floating-point lengths (since stop 11; the heap Dijkstra before, still used when the longest tie
 * is over MAX_FLOAT_RATIO times the shortest): the same search with buckets W/2 wide and one more
 * bucket. A relaxation from the current bucket lands at least 2 buckets further in exact arithmetic,
 * so at least 1 further after rounding ⌊d/W'⌋ — never in the bucket being emptied; a node's
 * predecessors are at least W nearer, so settled. The distances are the same floating-point values
 * as the heap's (each the least of the same sums d(u) + ℓ, whatever the order), and the same
 * comparison d(u) + ℓ(u,w) = d(w) picks the predecessors, so σ and the dependencies are the heap's
 * (the order of additions may differ in the last bit).
 */
export function bucketSearch(graph: PathGraph, ws: Workspace, s: number): number {
  const { starts, neighbors, lengths } = graph;
  const { dist, sigma, order, pred, predEnd, settled, head, poolNode, poolNext, width, buckets } = ws;
  dist[s] = 0;
  poolNode[0] = s;
  poolNext[0] = -1;
  head[0] = 0;
  predEnd[0] = 0;
  let pool = 1;
  let pending = 1;
  let count = 0;
  let p = 0;
  let cur = 0; // circular index of the current bucket
  let base = 0; // its absolute number: distances in [base·W, (base + 1)·W)
  while (pending > 0) {
    let e = head[cur] ?? -1;
    while (e === -1) {
      cur = cur + 1 === buckets ? 0 : cur + 1;
      base++;
      e = head[cur] ?? -1;
    }
    head[cur] = -1; // nothing relaxed from this bucket lands in it (every tie is at least W long)
    while (e !== -1) {
      const w = poolNode[e] ?? 0;
      e = poolNext[e] ?? -1;
      pending--;
      if (settled[w] === 1) continue;
      settled[w] = 1;
      order[count] = w;
      const dw = dist[w] ?? 0;
      let paths = 0;
      const end = starts[w + 1] ?? 0;
      for (let j = starts[w] ?? 0; j < end; j++) {
        const u = neighbors[j] ?? 0;
        const du = dist[u] ?? 0;
        const l = lengths[j] ?? 0;
        if (du + l === dw) {
          // settled one tie nearer (only settled nodes can be: the others are at least base·W away)
          paths += sigma[u] ?? 0;
          pred[p++] = u;
        } else {
          const d = dw + l;
          if (d < du) {
            // never true for a settled u; d ≥ (base + 1)·W, and at most maxLength beyond dw
            let b = cur + (Math.floor(d / width) - base);
            if (b >= buckets) b -= buckets;
            poolNode[pool] = u;
            poolNext[pool] = head[b] ?? -1;
            head[b] = pool++;
            pending++;
            dist[u] = d;
          }
        }
      }
      sigma[w] = count === 0 ? 1 : paths;
      predEnd[++count] = p;
    }
  }
  return count;
}

/**
 * Breadth-first search from s in 32-bit integers (`idist`, −1 = not reached): as `breadthFirst`.
 * Returns the number of nodes reached (s included).
 */
export function breadthFirstInt(graph: PathGraph, ws: Workspace, s: number): number {
  const { starts, neighbors } = graph;
  const { idist: dist, sigma, order, pred, predEnd } = ws;
  dist[s] = 0;
  order[0] = s;
  predEnd[0] = 0;
  sigma[s] = 1;
  let count = 1;
  let p = 0;
  // the source: every neighbour is one step away
  let end = starts[s + 1] ?? 0;
  for (let j = starts[s] ?? 0; j < end; j++) {
    const u = neighbors[j] ?? 0;
    if ((dist[u] ?? 0) < 0) {
      dist[u] = 1;
      order[count++] = u;
    }
  }
  predEnd[1] = 0;
  for (let h = 1; h < count; h++) {
    const w = order[h] ?? 0;
    const dw = dist[w] ?? 0;
    const before = dw - 1;
    const after = dw + 1;
    let paths = 0;
    end = starts[w + 1] ?? 0;
    for (let j = starts[w] ?? 0; j < end; j++) {
      const u = neighbors[j] ?? 0;
      const du = dist[u] ?? 0;
      if (du === before) {
        paths += sigma[u] ?? 0;
        pred[p++] = u;
      } else if (du < 0) {
        dist[u] = after;
        order[count++] = u;
      }
    }
    sigma[w] = paths;
    predEnd[h + 1] = p;
  }
  return count;
}

/**
 * Dial's search from s in 32-bit integers (`idist`, `ilen`): as `bucketSearch`, with buckets
 * 2^shift wide and a power-of-two number of them, so a distance's bucket is `(d >> shift) & mask`
 * (no division, no absolute bucket number). Returns the number of nodes reached (s included).
 */
export function bucketSearchInt(graph: PathGraph, ws: Workspace, s: number): number {
  const { starts, neighbors } = graph;
  const { idist: dist, ilen: lengths, sigma, order, pred, predEnd, head, poolNode, poolNext, poolDist, shift, mask } = ws;
  dist[s] = 0;
  poolNode[0] = s;
  poolNext[0] = -1;
  poolDist[0] = 0;
  head[0] = 0;
  predEnd[0] = 0;
  sigma[s] = 1;
  let pool = 1;
  let pending = 1;
  let count = 0;
  let p = 0;
  let cur = 0;
  while (pending > 0) {
    let e = head[cur] ?? -1;
    while (e === -1) {
      cur = (cur + 1) & mask;
      e = head[cur] ?? -1;
    }
    head[cur] = -1; // nothing relaxed from this bucket lands in it (every tie is at least 2^shift long)
    while (e !== -1) {
      const w = poolNode[e] ?? 0;
      const dw = poolDist[e] ?? 0;
      e = poolNext[e] ?? -1;
      pending--;
      // stale: w was queued again nearer since (a node is queued only when its distance drops, so
      // the entry with its final distance is unique and is the one that settles it)
      if (dw !== dist[w]) continue;
      order[count] = w;
      let paths = 0;
      const end = starts[w + 1] ?? 0;
      for (let j = starts[w] ?? 0; j < end; j++) {
        const u = neighbors[j] ?? 0;
        const l = lengths[j] ?? 0;
        const du = dist[u] ?? 0;
        const d = (dw + l) | 0; // no overflow: see wholeNumberSearch (the "| 0" only spares the check)
        if (d < du) {
          // never true for a settled u (du ≤ dw); d lies at most maxLength beyond this bucket
          dist[u] = d;
          const b = (d >> shift) & mask;
          poolNode[pool] = u;
          poolDist[pool] = d;
          poolNext[pool] = head[b] ?? -1;
          head[b] = pool++;
          pending++;
        } else if (((du + l) | 0) === dw) {
          // settled, one tie nearer (an unsettled node is at least this bucket's start away)
          paths += sigma[u] ?? 0;
          pred[p++] = u;
        }
      }
      if (count > 0) sigma[w] = paths;
      predEnd[++count] = p;
    }
  }
  return count;
}

/**
 * Brandes' accumulation after a 32-bit search, last settled first, with the source's sums and the
 * reset of every array the search touched in the same pass: δ(w) is final when w is reached (every
 * node it precedes was settled after it), and nothing reads w's entries afterwards. Sums are added
 * per node in source order and the farness is a sum of whole numbers (exact), so the results are
 * the same as with separate passes.
 */
function accumulateInt(ws: Workspace, out: PathSums, i: number, count: number, unscale: number): void {
  const { idist: dist, sigma, delta, order, pred, predEnd, unreached } = ws;
  const { dependency, distanceSum } = out;
  let total = 0; // scaled: a whole number (exact), divided once
  for (let k = count - 1; k > 0; k--) {
    const w = order[k] ?? 0;
    const dw = dist[w] ?? 0;
    const dl = delta[w] ?? 0;
    const coefficient = (1 + dl) / (sigma[w] ?? 1);
    const end = predEnd[k + 1] ?? 0;
    for (let q = predEnd[k] ?? 0; q < end; q++) {
      const v = pred[q] ?? 0;
      delta[v] = (delta[v] ?? 0) + (sigma[v] ?? 0) * coefficient;
    }
    total += dw;
    distanceSum[w] = (distanceSum[w] ?? 0) + dw * unscale;
    dependency[w] = (dependency[w] ?? 0) + dl;
    dist[w] = unreached;
    sigma[w] = 0;
    delta[w] = 0;
  }
  const s = order[0] ?? 0;
  dist[s] = unreached;
  sigma[s] = 0;
  delta[s] = 0;
  out.farness[i] = total * unscale;
  out.reached[i] = count - 1;
}

/**
 * Heap Dijkstra (floating-point lengths, search.ts), then its predecessors from the settle order into
 * the same stream as the other searches (a neighbour u precedes w when d(u) + ℓ(u,w) = d(w), the
 * search's own floating-point test).
 */
function heapSearch(graph: PathGraph, ws: Workspace, space: SearchSpace, s: number): number {
  const { starts, neighbors, lengths } = graph;
  const count = search(space, s);
  const { dist, sigma, order } = space;
  let p = 0;
  ws.predEnd[0] = 0;
  for (let i = 0; i < count; i++) {
    const w = order[i] ?? 0;
    const dw = dist[w] ?? 0;
    ws.order[i] = w;
    ws.dist[w] = dw;
    ws.sigma[w] = sigma[w] ?? 0;
    const end = starts[w + 1] ?? 0;
    if (i > 0)
      for (let j = starts[w] ?? 0; j < end; j++) {
        const u = neighbors[j] ?? 0;
        if ((dist[u] ?? 0) + (lengths[j] ?? 0) === dw) ws.pred[p++] = u;
      }
    ws.predEnd[i + 1] = p;
  }
  clearSearch(space, count);
  return count;
}

/**
 * The kernel: see the module comment. `sources[from … to−1]` must be node indices of `graph`.
 * `afterSource` (optional) is called after each source with the number of sources done in this call
 * (a worker's heartbeat, a progress bar); it does not change the sums.
 */
export function sourceSums(graph: PathGraph, sources: Uint32Array, from = 0, to = sources.length, afterSource?: (done: number) => void): PathSums {
  // the guaranteed estimate's graphs ask for linearly scaled dependencies (linear-scaling.ts)
  if (isLinearScaled(graph)) return linearSourceSums(graph, sources, from, to, afterSource);
  const ws = workspaceOf(graph);
  // 32-bit searches: in WebAssembly when the host allows it (wasm-kernel.ts; the same sums to the last bit)
  const fast = wasmSourceSums(graph, ws, sources, from, to, false, afterSource);
  if (fast) return fast;
  const n = graph.n;
  const out: PathSums = {
    dependency: new Float64Array(n),
    distanceSum: new Float64Array(n),
    farness: new Float64Array(Math.max(0, to - from)),
    reached: new Uint32Array(Math.max(0, to - from)),
  };
  const { dependency, distanceSum, farness, reached } = out;
  const space = graph.kind === "float" && ws.buckets === 0 ? searchSpace(graph) : null;
  const { dist, sigma, delta, order, pred, predEnd, settled } = ws;
  const unscale = 1 / graph.scale;
  if (ws.idist.length > 0) {
    const unit = graph.kind === "unit";
    for (let i = from; i < to; i++) {
      const s = sources[i] ?? 0;
      const count = unit ? breadthFirstInt(graph, ws, s) : bucketSearchInt(graph, ws, s);
      accumulateInt(ws, out, i - from, count, unscale);
      if (afterSource) afterSource(i - from + 1);
    }
    return out;
  }
  for (let i = from; i < to; i++) {
    const s = sources[i] ?? 0;
    const count =
      graph.kind === "unit" ? breadthFirst(graph, ws, s) : space ? heapSearch(graph, ws, space, s) : bucketSearch(graph, ws, s);
    // Brandes' accumulation, last settled first: δ(v) += σ(v)/σ(w) · (1 + δ(w)) for each predecessor v of w.
    for (let k = count - 1; k > 0; k--) {
      const w = order[k] ?? 0;
      const coefficient = (1 + (delta[w] ?? 0)) / (sigma[w] ?? 1);
      const end = predEnd[k + 1] ?? 0;
      for (let q = predEnd[k] ?? 0; q < end; q++) {
        const v = pred[q] ?? 0;
        delta[v] = (delta[v] ?? 0) + (sigma[v] ?? 0) * coefficient;
      }
    }
    let total = 0; // scaled: a whole number with integer lengths (exact), divided once
    for (let k = 1; k < count; k++) {
      const v = order[k] ?? 0;
      const d = dist[v] ?? 0;
      total += d;
      distanceSum[v] = (distanceSum[v] ?? 0) + d * unscale;
      dependency[v] = (dependency[v] ?? 0) + (delta[v] ?? 0);
    }
    farness[i - from] = total * unscale;
    reached[i - from] = count - 1;
    for (let k = 0; k < count; k++) {
      const v = order[k] ?? 0;
      dist[v] = Infinity;
      sigma[v] = 0;
      delta[v] = 0;
    }
    if (graph.kind !== "unit" && !space) for (let k = 0; k < count; k++) settled[order[k] ?? 0] = 0;
    if (afterSource) afterSource(i - from + 1);
  }
  return out;
}

/**
 * The sources of a run are cut into at most this many consecutive ranges, fixed by their number
 * alone; the ranges' sums are added in range order. Every runner does so (one thread or several,
 * whichever thread runs which range), so the results are the same to the last bit.
 */
export const SOURCE_RANGES = 16;

/**
 * Boundaries of the ranges of `count` sources: range c is `[bounds[c], bounds[c+1])`. With enough
 * sources (at least 136 = 16 + 15 + … + 1), the ranges shrink steadily: range c gets a share
 * 16 − c, so the first holds 12% of the sources and the last 0.7%. Threads take ranges as they
 * finish, and the last ranges, small, end close together: with 16 equal ranges one core could idle
 * for up to a whole range (1/16 of the run: 0.4 s of the 10,000-node exact run, 20 s of the
 * 100,000-node estimate's on two cores) while the other finished its last.
 */
export function sourceRanges(count: number): Uint32Array {
  const k = Math.max(1, Math.min(SOURCE_RANGES, count));
  const bounds = new Uint32Array(k + 1);
  const total = (k * (k + 1)) / 2;
  const shrinking = count >= total;
  for (let c = 0; c <= k; c++) {
    // shares k, k − 1, …, 1: before range c, c·k − c(c − 1)/2 of the total
    bounds[c] = shrinking ? Math.floor((count * (c * k - (c * (c - 1)) / 2)) / total) : Math.floor((c * count) / k);
  }
  return bounds;
}

/** Adds `part` (the sums of one range) into `total`: dependency and distance sums per node. */
export function addInto(total: { dependency: Float64Array; distanceSum: Float64Array }, part: { dependency: Float64Array; distanceSum: Float64Array }): void {
  const { dependency, distanceSum } = total;
  const n = dependency.length;
  for (let v = 0; v < n; v++) {
    dependency[v] = (dependency[v] ?? 0) + (part.dependency[v] ?? 0);
    distanceSum[v] = (distanceSum[v] ?? 0) + (part.distanceSum[v] ?? 0);
  }
}

/** The default runner: every source in this thread, range by range (`sourceRanges`). */
export const runHere: SourceRunner = (graph, sources, meanwhile) => {
  meanwhile?.();
  const bounds = sourceRanges(sources.length);
  const sum: PathSums = {
    dependency: new Float64Array(graph.n),
    distanceSum: new Float64Array(graph.n),
    farness: new Float64Array(sources.length),
    reached: new Uint32Array(sources.length),
  };
  for (let c = 0; c + 1 < bounds.length; c++) {
    const from = bounds[c] ?? 0;
    const part = sourceSums(graph, sources, from, bounds[c + 1] ?? 0);
    addInto(sum, part);
    sum.farness.set(part.farness, from);
    sum.reached.set(part.reached, from);
  }
  return sum;
};

/** Closeness, NetworkX `wf_improved` (Wasserman & Faust): (r / Σd) · (r / (n − 1)); 0 when nothing is reached. */
export function closenessOf(farness: number, reached: number, n: number): number {
  return farness > 0 && n > 1 ? (reached / farness) * (reached / (n - 1)) : 0;
}

/**
 * Exact betweenness (normalized as NetworkX for undirected graphs: Σ_s δ_s(v) / ((n−1)(n−2)))
 * and closeness (NetworkX `wf_improved=True`) of every node, every node a source.
 */
export function exactPathCentralities(graph: PathGraph, run: SourceRunner = runHere, meanwhile?: () => void): { betweenness: Float64Array; closeness: Float64Array } {
  const n = graph.n;
  const sources = new Uint32Array(n);
  for (let v = 0; v < n; v++) sources[v] = v;
  const sums = run(graph, sources, meanwhile);
  const betweenness = sums.dependency;
  if (n > 2) {
    const norm = 1 / ((n - 1) * (n - 2));
    for (let v = 0; v < n; v++) betweenness[v] = (betweenness[v] ?? 0) * norm;
  } else betweenness.fill(0);
  const closeness = new Float64Array(n);
  for (let v = 0; v < n; v++) closeness[v] = closenessOf(sums.farness[v] ?? 0, sums.reached[v] ?? 0, n);
  return { betweenness, closeness };
}
