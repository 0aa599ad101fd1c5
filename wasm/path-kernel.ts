/**
 * Coalition Map — the 32-bit shortest-path kernel in WebAssembly (AssemblyScript source).
 *
 * The same searches and backward passes as src/graph/paths/brandes.ts (`breadthFirstInt`,
 * `bucketSearchInt`, `accumulateInt`) and linear-scaling.ts (`accumulateLinear`), operation for
 * operation in the same order, so the sums are the same to the last bit (tested:
 * test/graph/wasm-kernel.test.ts). Compiled by `npm run build:wasm` (scripts/build-wasm.mjs) into
 * src/graph/paths/path-kernel-wasm.ts; loaded and fed by src/graph/paths/wasm-kernel.ts, which
 * documents the memory layout. Why: V8 runs this loop about twice as fast compiled from WebAssembly
 * as from JavaScript (docs/performance.md, stop 12).
 *
 * Memory: the caller lays out every array in this module's own memory (`reserve` grows it) and
 * passes their byte offsets to `setup`, once per network; `source` then runs one source.
 */

// Byte offsets of the arrays (see wasm-kernel.ts): the network, the search's workspace, the sums.
let STARTS: usize = 0;
let NEIGHBORS: usize = 0;
let LENGTHS: usize = 0;
let DIST: usize = 0;
let SIGMA: usize = 0;
let DELTA: usize = 0;
let ORDER: usize = 0;
let PRED: usize = 0;
let PRED_END: usize = 0;
let HEAD: usize = 0;
let POOL_NODE: usize = 0;
let POOL_NEXT: usize = 0;
let POOL_DIST: usize = 0;
let DEPENDENCY: usize = 0;
let DISTANCE_SUM: usize = 0;
let SHIFT: i32 = 0;
let MASK: i32 = 0;
let UNREACHED: i32 = 0;
/** The number of nodes the last source reached (itself included). */
let COUNT: i32 = 0;

@inline function li(p: usize, i: i32): i32 {
  return load<i32>(p + (<usize>i << 2));
}
@inline function si(p: usize, i: i32, v: i32): void {
  store<i32>(p + (<usize>i << 2), v);
}
@inline function lf(p: usize, i: i32): f64 {
  return load<f64>(p + (<usize>i << 3));
}
@inline function sf(p: usize, i: i32, v: f64): void {
  store<f64>(p + (<usize>i << 3), v);
}

/** Grows the memory to at least `bytes` bytes; false when the host refuses. */
export function reserve(bytes: f64): bool {
  const have = <f64>memory.size() * 65536;
  if (bytes <= have) return true;
  return memory.grow(<i32>Math.ceil((bytes - have) / 65536)) >= 0;
}

/** The arrays' offsets and the bucket queue's shape (brandes.ts `Workspace`). */
export function setup(
  starts: usize, neighbors: usize, lengths: usize, dist: usize, sigma: usize, delta: usize, order: usize,
  pred: usize, predEnd: usize, head: usize, poolNode: usize, poolNext: usize, poolDist: usize,
  dependency: usize, distanceSum: usize, shift: i32, mask: i32, unreached: i32,
): void {
  STARTS = starts;
  NEIGHBORS = neighbors;
  LENGTHS = lengths;
  DIST = dist;
  SIGMA = sigma;
  DELTA = delta;
  ORDER = order;
  PRED = pred;
  PRED_END = predEnd;
  HEAD = head;
  POOL_NODE = poolNode;
  POOL_NEXT = poolNext;
  POOL_DIST = poolDist;
  DEPENDENCY = dependency;
  DISTANCE_SUM = distanceSum;
  SHIFT = shift;
  MASK = mask;
  UNREACHED = unreached;
}

/** The number of nodes the last `source` call reached, itself included. */
export function reachedCount(): i32 {
  return COUNT;
}

/** brandes.ts `breadthFirstInt`: every tie length 1, distances −1 = not reached. */
function breadthFirst(s: i32): i32 {
  si(DIST, s, 0);
  si(ORDER, 0, s);
  si(PRED_END, 0, 0);
  sf(SIGMA, s, 1);
  let count = 1;
  let p = 0;
  let end = li(STARTS, s + 1);
  for (let j = li(STARTS, s); j < end; j++) {
    const u = li(NEIGHBORS, j);
    if (li(DIST, u) < 0) {
      si(DIST, u, 1);
      si(ORDER, count++, u);
    }
  }
  si(PRED_END, 1, 0);
  for (let h = 1; h < count; h++) {
    const w = li(ORDER, h);
    const dw = li(DIST, w);
    const before = dw - 1;
    const after = dw + 1;
    let paths: f64 = 0;
    end = li(STARTS, w + 1);
    for (let j = li(STARTS, w); j < end; j++) {
      const u = li(NEIGHBORS, j);
      const du = li(DIST, u);
      if (du == before) {
        paths += lf(SIGMA, u);
        si(PRED, p++, u);
      } else if (du < 0) {
        si(DIST, u, after);
        si(ORDER, count++, u);
      }
    }
    sf(SIGMA, w, paths);
    si(PRED_END, h + 1, p);
  }
  return count;
}

/** brandes.ts `bucketSearchInt`: Dial's bucket queue, buckets 2^SHIFT wide, MASK + 1 of them. */
function bucketSearch(s: i32): i32 {
  si(DIST, s, 0);
  si(POOL_NODE, 0, s);
  si(POOL_NEXT, 0, -1);
  si(POOL_DIST, 0, 0);
  si(HEAD, 0, 0);
  si(PRED_END, 0, 0);
  sf(SIGMA, s, 1);
  let pool = 1;
  let pending = 1;
  let count = 0;
  let p = 0;
  let cur = 0;
  while (pending > 0) {
    let e = li(HEAD, cur);
    while (e == -1) {
      cur = (cur + 1) & MASK;
      e = li(HEAD, cur);
    }
    si(HEAD, cur, -1);
    while (e != -1) {
      const w = li(POOL_NODE, e);
      const dw = li(POOL_DIST, e);
      e = li(POOL_NEXT, e);
      pending--;
      if (dw != li(DIST, w)) continue;
      si(ORDER, count, w);
      let paths: f64 = 0;
      const end = li(STARTS, w + 1);
      for (let j = li(STARTS, w); j < end; j++) {
        const u = li(NEIGHBORS, j);
        const l = li(LENGTHS, j);
        const du = li(DIST, u);
        const d = dw + l;
        if (d < du) {
          si(DIST, u, d);
          const b = (d >> SHIFT) & MASK;
          si(POOL_NODE, pool, u);
          si(POOL_DIST, pool, d);
          si(POOL_NEXT, pool, li(HEAD, b));
          si(HEAD, b, pool);
          pool++;
          pending++;
        } else if (du + l == dw) {
          paths += lf(SIGMA, u);
          si(PRED, p++, u);
        }
      }
      if (count > 0) sf(SIGMA, w, paths);
      count++;
      si(PRED_END, count, p);
    }
  }
  return count;
}

/** brandes.ts `accumulateInt`: Brandes' dependencies, the sums, and the reset. Returns Σ d(s, v) (scaled). */
function accumulate(count: i32, unscale: f64): f64 {
  let total: f64 = 0;
  for (let k = count - 1; k > 0; k--) {
    const w = li(ORDER, k);
    const dw = li(DIST, w);
    const dl = lf(DELTA, w);
    const coefficient = (1 + dl) / lf(SIGMA, w);
    const end = li(PRED_END, k + 1);
    for (let q = li(PRED_END, k); q < end; q++) {
      const v = li(PRED, q);
      sf(DELTA, v, lf(DELTA, v) + lf(SIGMA, v) * coefficient);
    }
    total += <f64>dw;
    sf(DISTANCE_SUM, w, lf(DISTANCE_SUM, w) + <f64>dw * unscale);
    sf(DEPENDENCY, w, lf(DEPENDENCY, w) + dl);
    si(DIST, w, UNREACHED);
    sf(SIGMA, w, 0);
    sf(DELTA, w, 0);
  }
  const s = li(ORDER, 0);
  si(DIST, s, UNREACHED);
  sf(SIGMA, s, 0);
  sf(DELTA, s, 0);
  return total;
}

/** linear-scaling.ts `accumulateLinear`: γ in DELTA, 2·d(s,w)·γ(w) into the dependency sums. */
function accumulateLinear(count: i32, unscale: f64): f64 {
  let total: f64 = 0;
  for (let k = count - 1; k > 0; k--) {
    const w = li(ORDER, k);
    const dw = li(DIST, w);
    const g = lf(DELTA, w);
    const coefficient = (1 / <f64>dw + g) / lf(SIGMA, w);
    const end = li(PRED_END, k + 1);
    for (let q = li(PRED_END, k); q < end; q++) {
      const v = li(PRED, q);
      sf(DELTA, v, lf(DELTA, v) + lf(SIGMA, v) * coefficient);
    }
    total += <f64>dw;
    sf(DISTANCE_SUM, w, lf(DISTANCE_SUM, w) + <f64>dw * unscale);
    sf(DEPENDENCY, w, lf(DEPENDENCY, w) + 2 * <f64>dw * g);
    si(DIST, w, UNREACHED);
    sf(SIGMA, w, 0);
    sf(DELTA, w, 0);
  }
  const s = li(ORDER, 0);
  si(DIST, s, UNREACHED);
  sf(SIGMA, s, 0);
  sf(DELTA, s, 0);
  return total;
}

/**
 * One source s: the search (`unit`: breadth-first, else Dial's), then the backward pass (`linear`:
 * linearly scaled dependencies). Adds into the dependency and distance sums; returns the source's
 * distance total in scaled units (`reachedCount()`: how many nodes it reached, itself included).
 */
export function source(s: i32, unit: bool, linear: bool, unscale: f64): f64 {
  const count = unit ? breadthFirst(s) : bucketSearch(s);
  COUNT = count;
  return linear ? accumulateLinear(count, unscale) : accumulate(count, unscale);
}
