/**
 * Coalition Map — single-source shortest-path searches for Brandes' algorithm, allocation-free.
 *
 * One `SearchSpace` holds every array a search needs (allocated once per run, O(V) memory); each
 * search fills distances, shortest-path counts σ and the settle order, and `clearSearch` resets
 * only what it touched. Three searches, chosen by the path graph's length kind:
 *  - `unit`: breadth-first search;
 *  - `integer`: Dial's bucket queue with buckets as wide as the shortest tie W (circular,
 *    ⌊maxLength/W⌋ + 2 buckets; bucket of distance d: ⌊d/W⌋). Every node of the first non-empty
 *    bucket has its final distance (any other route adds at least W), and none precedes another on a
 *    shortest path, so they are settled in any order: the settle order is still a topological
 *    order of the shortest-path DAG, which is all Brandes' accumulation needs, and the distances
 *    stay exact integers. Doubly linked lists move a node when its distance drops (each node is
 *    queued once); a bitmap of the non-empty buckets skips empty ones 32 at a time;
 *  - `float`: Dijkstra with the 4-ary heap (utils/min-heap.ts, lazy deletion).
 * Typed-array reads use node and tie indices taken from the path graph itself, always in bounds: the
 * `?? 0` on a read only tells the type checker so.
 *
 * Reference: Brandes, U. (2001). A faster algorithm for betweenness centrality. J. Math. Sociol.
 * 25(2):163-177 (the search records σ and the order; see brandes.ts for the accumulation).
 */
import { MinHeap } from "../utils/min-heap.js";
import type { PathGraph } from "./path-graph.js";

export interface SearchSpace {
  graph: PathGraph;
  /** Distance from the current source (scaled lengths); Infinity = not reached. */
  dist: Float64Array;
  /** Number of shortest paths from the current source (σ). */
  sigma: Float64Array;
  /** Brandes' dependency of the current source on each node (δ). */
  delta: Float64Array;
  /** Nodes in the order they were settled; `order[0]` is the source. */
  order: Uint32Array;
  /** Settled (float) / queued-or-settled state (integer: 0 = new, 1 = queued, 2 = settled). */
  state: Uint8Array;
  /** Bucket queue: first node of each bucket (−1 = empty), and the lists' links. */
  head: Int32Array;
  /** Bucket queue: one bit per bucket, set when it is non-empty (finds the next one 32 at a time). */
  occupied: Uint32Array;
  next: Int32Array;
  prev: Int32Array;
  heap: MinHeap | null;
  /** Bucket queue: width W (the shortest tie) and number of buckets. */
  width: number;
  buckets: number;
  /** Bucket queue: every node queued since `dialStart` (to reset them all when a search is abandoned). */
  touched: Uint32Array;
  touchedCount: number;
  /** Bucket queue, step by step (dialStart / dialTop / dialSettle): nodes queued, settled, current bucket (absolute). */
  queued: number;
  count: number;
  cur: number;
}

export function searchSpace(graph: PathGraph): SearchSpace {
  const { n, kind, maxLength, lengths } = graph;
  let width = Infinity;
  for (const x of lengths) if (x < width) width = x;
  width = Number.isFinite(width) ? width : 1;
  const buckets = kind === "integer" ? Math.floor(maxLength / width) + 2 : 0;
  return {
    graph,
    dist: new Float64Array(n).fill(Infinity),
    sigma: new Float64Array(n),
    delta: new Float64Array(n),
    order: new Uint32Array(n),
    state: new Uint8Array(n),
    head: new Int32Array(buckets).fill(-1),
    occupied: new Uint32Array(Math.ceil(buckets / 32)),
    next: new Int32Array(kind === "integer" ? n : 0),
    prev: new Int32Array(kind === "integer" ? n : 0),
    heap: kind === "float" ? new MinHeap(n) : null,
    touched: new Uint32Array(kind === "integer" ? n : 0),
    touchedCount: 0,
    queued: 0,
    count: 0,
    width,
    buckets,
    cur: 0,
  };
}

/** Search from `s` with the path graph's own kind; returns how many nodes were reached (s included). */
export function search(ws: SearchSpace, s: number): number {
  const kind = ws.graph.kind;
  if (kind === "unit") return bfs(ws, s);
  if (kind === "integer") return dial(ws, s);
  return dijkstra(ws, s);
}

function bfs(ws: SearchSpace, s: number): number {
  const { starts, neighbors } = ws.graph;
  const { dist, sigma, order } = ws;
  let count = 0;
  dist[s] = 0;
  sigma[s] = 1;
  order[count++] = s;
  for (let head = 0; head < count; head++) {
    const v = order[head] ?? 0;
    const dw = (dist[v] ?? 0) + 1;
    const sv = sigma[v] ?? 0;
    const end = starts[v + 1] ?? 0;
    for (let j = starts[v] ?? 0; j < end; j++) {
      const w = neighbors[j] ?? 0;
      const d = dist[w] ?? 0;
      if (d === Infinity) {
        dist[w] = dw;
        sigma[w] = sv;
        order[count++] = w;
      } else if (d === dw) sigma[w] = (sigma[w] ?? 0) + sv;
    }
  }
  return count;
}

/**
 * Circular bucket of a distance: ⌊d/W⌋ mod buckets, in 32-bit integer arithmetic when ⌊d/W⌋ fits
 * (a floating-point `%` is a slow library call).
 */
function bucketOf(d: number, width: number, buckets: number): number {
  const q = Math.floor(d / width);
  return q <= 0x7fffffff ? (q | 0) % buckets : q % buckets;
}

/** Index of the first non-empty bucket at or after `from`, circularly (the queue is not empty). */
function nextBucket(occupied: Uint32Array, from: number): number {
  let word = from >>> 5;
  let bits = (occupied[word] ?? 0) & (-1 << (from & 31));
  while (bits === 0) {
    word = word + 1 === occupied.length ? 0 : word + 1;
    bits = occupied[word] ?? 0;
  }
  return (word << 5) + 31 - Math.clz32(bits & -bits);
}

function dial(ws: SearchSpace, s: number): number {
  dialStart(ws, s);
  while (ws.queued > 0) dialSettle(ws);
  return ws.count;
}

/** Bucket queue, step by step: queue the source s (distance 0, one path). */
export function dialStart(ws: SearchSpace, s: number): void {
  const { dist, sigma, state, head, next, prev, occupied } = ws;
  dist[s] = 0;
  sigma[s] = 1;
  state[s] = 1;
  head[0] = s;
  occupied[0] = (occupied[0] ?? 0) | 1;
  next[s] = -1;
  prev[s] = -1;
  ws.touched[0] = s;
  ws.touchedCount = 1;
  ws.queued = 1;
  ws.count = 0;
  ws.cur = 0;
}

/** A lower bound on the queued nodes' distances (Infinity when none): every node nearer is settled. */
export function dialTop(ws: SearchSpace): number {
  if (ws.queued === 0) return Infinity;
  const { buckets, cur } = ws;
  const from = bucketOf(cur, 1, buckets);
  const b = nextBucket(ws.occupied, from);
  return (cur + (b >= from ? b - from : b + buckets - from)) * ws.width;
}

/** Settle the nearest queued node (appended to `order`), relax its ties; returns it. */
export function dialSettle(ws: SearchSpace): number {
  const { starts, neighbors, lengths } = ws.graph;
  const { dist, sigma, order, state, head, next, prev, occupied, buckets, width } = ws;
  // pop the first node of the first non-empty bucket at or after the current one
  const b = nextBucket(occupied, bucketOf(ws.cur, 1, buckets));
  const v = head[b] ?? 0;
  const after = next[v] ?? -1;
  head[b] = after;
  if (after !== -1) prev[after] = -1;
  else occupied[b >>> 5] = (occupied[b >>> 5] ?? 0) & ~(1 << (b & 31));
  ws.queued--;
  state[v] = 2;
  order[ws.count++] = v;
  const dv = dist[v] ?? 0;
  ws.cur = Math.floor(dv / width);
  const sv = sigma[v] ?? 0;
  const end = starts[v + 1] ?? 0;
  for (let j = starts[v] ?? 0; j < end; j++) {
    const w = neighbors[j] ?? 0;
    const sw = state[w] ?? 0;
    if (sw === 2) continue;
    const d = dv + (lengths[j] ?? 0);
    const dw = dist[w] ?? 0;
    if (d < dw) {
      if (sw === 1) unlink(ws, w, bucketOf(dw, width, buckets));
      else {
        state[w] = 1;
        ws.queued++;
        ws.touched[ws.touchedCount++] = w;
      }
      const nb = bucketOf(d, width, buckets);
      const first = head[nb] ?? -1;
      next[w] = first;
      prev[w] = -1;
      if (first !== -1) prev[first] = w;
      else occupied[nb >>> 5] = (occupied[nb >>> 5] ?? 0) | (1 << (nb & 31));
      head[nb] = w;
      dist[w] = d;
      sigma[w] = sv;
    } else if (d === dw) sigma[w] = (sigma[w] ?? 0) + sv;
  }
  return v;
}

/** Stop a step-by-step search early: empty the queue and reset every node it touched (settled or queued). */
export function dialAbandon(ws: SearchSpace): void {
  const { touched, touchedCount, state, dist, sigma, delta, head, occupied, width, buckets } = ws;
  for (let i = 0; i < touchedCount; i++) {
    const v = touched[i] ?? 0;
    if (state[v] === 1) {
      // every queued node goes: its bucket empties, and so does its word of the bitmap (all its set bits are queued nodes' buckets)
      const b = bucketOf(dist[v] ?? 0, width, buckets);
      head[b] = -1;
      occupied[b >>> 5] = 0;
    }
    dist[v] = Infinity;
    sigma[v] = 0;
    delta[v] = 0;
    state[v] = 0;
  }
  ws.touchedCount = 0;
  ws.queued = 0;
  ws.count = 0;
}

/** Remove queued node w from bucket b. */
function unlink(ws: SearchSpace, w: number, b: number): void {
  const { head, next, prev, occupied } = ws;
  const p = prev[w] ?? -1;
  const q = next[w] ?? -1;
  if (p === -1) {
    head[b] = q;
    if (q === -1) occupied[b >>> 5] = (occupied[b >>> 5] ?? 0) & ~(1 << (b & 31));
  } else next[p] = q;
  if (q !== -1) prev[q] = p;
}

function dijkstra(ws: SearchSpace, s: number): number {
  const { starts, neighbors, lengths } = ws.graph;
  const { dist, sigma, order, state } = ws;
  const heap = ws.heap ?? new MinHeap(ws.graph.n);
  let count = 0;
  dist[s] = 0;
  sigma[s] = 1;
  heap.clear();
  heap.push(s, 0);
  while (heap.size > 0) {
    const v = heap.pop();
    if (state[v]) continue;
    state[v] = 2;
    order[count++] = v;
    const dv = dist[v] ?? 0;
    const sv = sigma[v] ?? 0;
    const end = starts[v + 1] ?? 0;
    for (let j = starts[v] ?? 0; j < end; j++) {
      const w = neighbors[j] ?? 0;
      if (state[w]) continue;
      const d = dv + (lengths[j] ?? 0);
      const dw = dist[w] ?? 0;
      if (d < dw) {
        dist[w] = d;
        sigma[w] = sv;
        heap.push(w, d);
      } else if (d === dw) sigma[w] = (sigma[w] ?? 0) + sv;
    }
  }
  return count;
}

/** Reset what the last search (which reached `count` nodes) touched. */
export function clearSearch(ws: SearchSpace, count: number): void {
  const { dist, sigma, delta, state, order } = ws;
  for (let i = 0; i < count; i++) {
    const v = order[i] ?? 0;
    dist[v] = Infinity;
    sigma[v] = 0;
    delta[v] = 0;
    state[v] = 0;
  }
}
